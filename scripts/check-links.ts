/**
 * tsx scripts/check-links.ts [--dist dist] [--base /] [--site https://…] [--format github]
 * Checks every internal link, stylesheet, script and image in the built site, after
 * `astro build`. Exits 1 when any points at a page, file or fragment that was not built.
 * Base and site default to the handbook's settings, so they match the build.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { config } from '../src/config.ts';
import { checkSite, formatLinkProblem, githubAnnotation, readSite } from './lib/links/check-links.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: config.base },
    site: { type: 'string', default: config.site },
    format: { type: 'string', default: 'text' },
  },
});

const outDir = path.resolve(values.dist);
// Relative to the working directory when inside it, so paths are clickable in editors and match the repository in CI.
const shownOutDir = path.relative(process.cwd(), outDir).startsWith('..') ? outDir : path.relative(process.cwd(), outDir) || '.';

// Accepts `--base handbook` as well as `/handbook/`: links are compared against the form Astro serves.
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

const { pages, files } = await readSite(outDir);
if (pages.size === 0) {
  console.error(`No HTML pages in ${shownOutDir}: run \`astro build\` first, or pass --dist <folder>.`);
  process.exit(1);
}
const { problems, linksChecked, pagesChecked } = checkSite(pages, { base, siteOrigin: values.site, files });

for (const problem of problems) {
  if (values.format === 'github') console.log(githubAnnotation(problem, shownOutDir));
  console.log(formatLinkProblem(problem, shownOutDir));
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
if (problems.length === 0) {
  console.log(`Checked ${plural(linksChecked, 'link')} on ${plural(pagesChecked, 'page')}: no broken links.`);
} else {
  const pagesWithProblems = new Set(problems.map((problem) => problem.page)).size;
  console.log(`Found ${plural(problems.length, 'broken link')} on ${plural(pagesWithProblems, 'page')}.`);
  process.exitCode = 1;
}
