/**
 * What `send:digest` and `send:chat` share: the clock, the state file, the site's
 * links, and how a failure or a refusal is reported (on GitHub Actions also as an
 * annotation, so a failed Friday run says why on the run's page).
 */
import path from 'node:path';
import { config } from '../../../src/config.ts';
import { routes } from '../../../src/lib/routes.ts';
import { todayIn } from '../../../src/lib/time/today.ts';
import { projectRoot } from '../../../src/project-root.ts';
import { siteUrl } from '../../../src/queries/site-url.ts';
import type { ChatLinks } from './chat/summary.ts';
import type { EventLinks } from './chat/events.ts';
import type { Clock } from './digest-source.ts';
import { SendError } from './failure.ts';
import { DEFAULT_STATE_FILE } from './sent-state.ts';

/** The build's clock: now, and today in the handbook's time zone. */
export function realClock(): Clock {
  const now = new Date();
  return { now, today: todayIn(config.defaultTimezone, now) };
}

/** `--state`, else ATRIUM_SEND_STATE, else `.cache/atrium-sent.json` in the project. */
export function stateFile(flag: string | undefined): string {
  return path.resolve(projectRoot, flag ?? process.env.ATRIUM_SEND_STATE ?? DEFAULT_STATE_FILE);
}

export const siteLinks: ChatLinks & EventLinks = {
  adr: (id) => siteUrl(routes.adr(id)),
  dependency: (id) => siteUrl(routes.dependency(id)),
  team: (id) => siteUrl(routes.team(id)),
  digest: (week) => siteUrl(routes.digest(week)),
  digests: () => siteUrl(routes.digests()),
};

const annotation = (level: 'error' | 'notice', text: string) => `::${level}::${text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`;

/** A refusal that leaves the run green: the thing was done before. */
export function notice(text: string): void {
  console.log(process.env.GITHUB_ACTIONS ? annotation('notice', text) : text);
}

/** Runs a command; a SendError is printed as it is and exits 1, anything else keeps its stack. */
export async function runCommand(command: () => Promise<void>): Promise<void> {
  try {
    await command();
  } catch (error) {
    if (!(error instanceof SendError)) throw error;
    console.error(process.env.GITHUB_ACTIONS ? annotation('error', error.message) : error.message);
    process.exitCode = 1;
  }
}

export { config, projectRoot };
