/** Related work across teams for pages and the digest: computed once per build, with the dismissals in content/. */
import path from 'node:path';
import { config } from '../config.ts';
import { dismissedPairs, loadDismissals } from '../lib/related/dismissals.ts';
import { relatedWork as findRelatedWork, type RelatedWork } from '../lib/related/work.ts';
import { projectRoot } from '../project-root.ts';
import { today } from './clock.ts';
import { handbook } from './handbook.ts';

let work: Promise<RelatedWork> | undefined;

export function relatedWork(): Promise<RelatedWork> {
  work ??= (async () => {
    // The content check has reported any problem in the file already; here only the valid dismissals matter.
    const { dismissals } = await loadDismissals(projectRoot, path.resolve(projectRoot, config.contentDir));
    return findRelatedWork(await handbook(), today, dismissedPairs(dismissals));
  })();
  return work;
}
