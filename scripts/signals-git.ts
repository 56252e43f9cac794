/**
 * npm run signals:git -- <path-to-clone>... --quarter 2026-Q4
 * Counts cross-team commits and co-authored commits in local clones of code repositories
 * (each with its CODEOWNERS) for one quarter, and writes content/signals/<quarter>.yaml,
 * keeping the reviews `signals:reviews` wrote. Reads only `git log`; no network.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { config } from '../src/config.ts';
import { loadHandbook } from '../src/lib/content/load.ts';
import { quarterStart, shiftQuarter } from '../src/lib/time/quarters.ts';
import { addDays } from '../src/lib/time/dates.ts';
import { QUARTER_ID } from '../src/schemas/quarter.ts';
import { parseArgsOrExit } from './lib/cli/args.ts';
import { parseCodeowners } from './lib/signals/codeowners.ts';
import { countCommits } from './lib/signals/count.ts';
import { readCommits } from './lib/signals/git-log.ts';
import { mergeSignals } from './lib/signals/write.ts';

const USAGE = 'Usage: npm run signals:git -- <path-to-clone>... --quarter 2026-Q4 [--content <folder>]';
const { values, positionals } = parseArgsOrExit({ options: { quarter: { type: 'string' }, content: { type: 'string' } }, allowPositionals: true }, USAGE);
const quarter = values.quarter?.toUpperCase();
if (!quarter || !QUARTER_ID.test(quarter) || positionals.length === 0) {
  console.error(
    `${!quarter || !QUARTER_ID.test(quarter) ? '--quarter: write the quarter to count, e.g. 2026-Q4' : 'name at least one local clone'}\n\n${USAGE}`,
  );
  process.exit(1);
}
const contentDir = path.resolve(values.content ?? config.contentDir);
const { handbook } = await loadHandbook(path.dirname(contentDir), contentDir);
const first = quarterStart(quarter);
const last = addDays(quarterStart(shiftQuarter(quarter, 1)), -1);

const repositories = [];
for (const repo of positionals) {
  const codeowners = await Promise.any(['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'].map((file) => readFile(path.join(repo, file), 'utf8'))).catch(
    () => undefined,
  );
  if (codeowners === undefined)
    console.warn(`${repo}: no CODEOWNERS (.github/, the root or docs/): its files have no owning team, only co-authored commits count`);
  repositories.push({ rules: parseCodeowners(codeowners ?? ''), commits: readCommits(repo, first, last) });
}
const { pairs, unknownAuthors } = countCommits(handbook, repositories);
const file = path.join(contentDir, 'signals', `${quarter.toLowerCase()}.yaml`);
const existing = await readFile(file, 'utf8').catch(() => undefined);
const source = `git: ${positionals.map((repo) => path.basename(path.resolve(repo))).join(', ')} (${first} to ${last})`;
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, mergeSignals(existing, quarter, source, pairs, ['commits', 'coAuthored']));
console.log(
  `Wrote ${path.relative(process.cwd(), file)}: ${pairs.length} pairs of teams from ${repositories.reduce((sum, repo) => sum + repo.commits.length, 0)} commits.`,
);
if (unknownAuthors.length) {
  console.log(`Not counted, no one in the handbook (add their address to \`emails\` in content/people/): ${unknownAuthors.join(', ')}`);
}
