/**
 * npm run signals:git -- <path-to-clone>... --quarter 2026-Q4
 * Counts cross-team commits and co-authored commits in local clones of code repositories
 * (each with its CODEOWNERS) for one quarter, and writes content/signals/<quarter>.yaml,
 * keeping the reviews `signals:reviews` wrote. Reads only `git log`; no network.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCodeowners } from './lib/signals/codeowners.ts';
import { handbookOf, signalsArgs, writeSignals } from './lib/signals/cli.ts';
import { countCommits } from './lib/signals/count.ts';
import { readCommits } from './lib/signals/git-log.ts';

const run = signalsArgs('Usage: npm run signals:git -- <path-to-clone>... --quarter 2026-Q4 [--content <folder>]', 'local clone');
const handbook = await handbookOf(run);
const repositories = [];
for (const repo of run.inputs) {
  const codeowners = await Promise.any(['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'].map((file) => readFile(path.join(repo, file), 'utf8'))).catch(
    () => undefined,
  );
  if (codeowners === undefined)
    console.warn(`${repo}: no CODEOWNERS (.github/, the root or docs/): its files have no owning team, only co-authored commits count`);
  repositories.push({ rules: parseCodeowners(codeowners ?? ''), commits: readCommits(repo, run.first, run.last) });
}
const { pairs, unknownAuthors } = countCommits(handbook, repositories);
const names = run.inputs.map((repo) => path.basename(path.resolve(repo))).join(', ');
const file = await writeSignals(run, `git: ${names} (${run.first} to ${run.last})`, pairs, ['commits', 'coAuthored']);
console.log(`Wrote ${file}: ${pairs.length} pairs of teams from ${repositories.reduce((sum, repo) => sum + repo.commits.length, 0)} commits.`);
if (unknownAuthors.length)
  console.log(`Not counted, no one in the handbook (add their address to \`emails\` in content/people/): ${unknownAuthors.join(', ')}`);
