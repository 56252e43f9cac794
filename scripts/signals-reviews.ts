/**
 * npm run signals:reviews -- <export.json>... --quarter 2026-Q4
 * Counts cross-team pull-request reviews in exports of the GitHub API (the README gives
 * the `gh api` command) and writes content/signals/<quarter>.yaml, keeping the commits
 * `signals:git` wrote. Reads only the files given; no network.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { handbookOf, signalsArgs, writeSignals } from './lib/signals/cli.ts';
import { countReviews, pullRequestsOf } from './lib/signals/reviews.ts';

const run = signalsArgs('Usage: npm run signals:reviews -- <export.json>... --quarter 2026-Q4 [--content <folder>]', 'export file');
const handbook = await handbookOf(run);
const pulls = [];
for (const file of run.inputs) {
  try {
    pulls.push(...pullRequestsOf(JSON.parse(await readFile(file, 'utf8'))));
  } catch (error) {
    console.error(`${file}: ${(error as Error).message}`);
    process.exit(1);
  }
}
const { pairs, unknownLogins } = countReviews(handbook, pulls, run.first, run.last);
const names = run.inputs.map((file) => path.basename(file)).join(', ');
const file = await writeSignals(run, `reviews: ${names} (${run.first} to ${run.last})`, pairs, ['reviews']);
console.log(`Wrote ${file}: ${pairs.length} pairs of teams from ${pulls.length} pull requests.`);
if (unknownLogins.length)
  console.log(`Not counted, no one in the handbook has these GitHub logins (set \`github\` in content/people/): ${unknownLogins.join(', ')}`);
