/** The weekly digests for pages, emails and the digest feed, built once per build. */
import { timed } from '../lib/build-profile.ts';
import { buildDigests, type Digest } from '../lib/digest/assemble.ts';
import { now, today } from './clock.ts';
import { digestOptions } from './digest-context.ts';
import { relatedWork } from './related.ts';
import { handbook } from './handbook.ts';

export { adrStatusDates, digestEmailContext, digestHtmlContext } from './digest-context.ts';

let digestList: Promise<Digest[]> | undefined;

/** Every digest week up to the current one, newest first. */
export function digests(): Promise<Digest[]> {
  digestList ??= Promise.all([handbook(), relatedWork()]).then(([h, related]) =>
    timed('digest (every week assembled)', () => buildDigests(h, digestOptions(h, { today, now }, related))),
  );
  return digestList;
}
