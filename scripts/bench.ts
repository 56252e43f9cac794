/**
 * npm run bench [-- --size 1000] [--teams 200] [--out bench/results.md]
 * Builds synthetic handbooks with Atrium and, side by side, with plain Astro (the
 * baseline in bench/baseline), and reports time, peak memory, rebuilds, diagrams,
 * page weight and search transfer as a Markdown table. Measures; never fails on a number.
 */
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateHandbook } from './lib/bench/generate.ts';
import { measure, type Measured } from './lib/bench/measure.ts';
import { heaviestPages, pageWeight, type PageWeight } from './lib/bench/page-weight.ts';
import { relatedCost } from './lib/bench/related-cost.ts';
import { profileTable, readProfile } from './lib/bench/profile.ts';
import { HTML_BUDGET_BYTES, kb, table, type Row } from './lib/bench/report.ts';
import { FIRST_QUERY, laterQueries } from './lib/bench/search-queries.ts';
import { searchTransfer } from './lib/bench/search-transfer.ts';
import { findChromium } from '../src/lib/diagrams/chromium.ts';
import { PROFILE_FILE } from '../src/integrations/atrium.ts';

const { values } = parseArgs({
  options: { size: { type: 'string', multiple: true }, teams: { type: 'string' }, out: { type: 'string', default: 'bench/results.md' } },
});
const sizes = (values.size ?? ['100', '1000', '5000']).flatMap((s) => s.split(',')).map(Number);
const root = process.cwd();
const astro = path.join(root, 'node_modules/.bin/astro');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const work = path.join(root, '.cache/bench');
const { NODE_ENV: _unused, ...baseEnv } = process.env;
/** The pages whose weight the table shows. */
const WEIGHED_PAGES = {
  'team page': 'teams/team-001/',
  'ADR page': 'adrs/0020-decision-20/',
  'talk page': 'talks/2026-12-12-talk-1/',
  'home page': '',
  'decision log (/adrs/)': 'adrs/',
  'weekly updates (/updates/)': 'updates/',
  'dependencies (/dependencies/)': 'dependencies/',
  'connections (/connections/)': 'connections/',
} as const;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const env = { ...baseEnv, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

function assertBuilt(run: Measured, what: string): Measured {
  if (run.code !== 0) throw new Error(`${what} failed:\n${run.output.slice(-3000)}`);
  return run;
}

async function benchSize(size: number): Promise<Row> {
  const dir = path.join(work, String(size));
  await rm(dir, { recursive: true, force: true });
  const content = path.join(dir, 'content');
  for (const file of generateHandbook(size, 42, { teams: values.teams ? Number(values.teams) : undefined })) {
    await mkdir(path.dirname(path.join(content, file.path)), { recursive: true });
    await writeFile(path.join(content, file.path), file.text);
  }
  console.log(`${size} entries: related work and experts…`);
  const related = await relatedCost(dir, content);
  // A browser that counts its launches, so "no browser on a warm cache" is measured.
  const chromium = findChromium();
  if (!chromium.found) throw new Error(`The bench renders diagrams and measures search in Chromium: ${chromium.reason}`);
  const launches = path.join(dir, 'launches.log');
  const wrapper = path.join(dir, 'chromium');
  await writeFile(wrapper, `#!/bin/sh\necho launch >> "${launches}"\nexec "${chromium.path}" "$@"\n`);
  await chmod(wrapper, 0o755);
  const launchCount = async () => (await readFile(launches, 'utf8').catch(() => '')).split('\n').filter(Boolean).length;

  const atriumEnv = (astroCache: string, diagramCache: string) => ({
    ...env,
    ATRIUM_CONTENT_DIR: content,
    ATRIUM_ASTRO_CACHE_DIR: path.join(dir, astroCache),
    ATRIUM_DIAGRAM_CACHE: path.join(dir, diagramCache),
    CHROMIUM_PATH: wrapper,
  });
  const build = (outDir: string, buildEnv: NodeJS.ProcessEnv, cwd = root) =>
    measure(astro, ['build', '--outDir', path.join(dir, outDir)], { cwd, env: buildEnv });
  // Atrium is built as its users build it, `npm run build` (scripts/build.ts), which keeps a site whose inputs did not change.
  // Its profile is removed first, so a build that was skipped shows no steps rather than the last build's.
  const buildAtrium = async (outDir: string, astroCache: string) => {
    await rm(path.join(dir, astroCache, PROFILE_FILE), { force: true });
    const run = await measure(tsx, [path.join(root, 'scripts/build.ts'), '--outDir', path.join(dir, outDir)], {
      cwd: root,
      env: atriumEnv(astroCache, 'mermaid'),
    });
    return { run, profile: await readProfile(path.join(dir, astroCache)) };
  };

  console.log(`\n${size} entries: baseline (plain Astro)…`);
  const baseline = assertBuilt(
    await build(
      'baseline-dist',
      { ...env, BENCH_CONTENT_DIR: content, ATRIUM_ASTRO_CACHE_DIR: path.join(dir, 'baseline-cache') },
      path.join(root, 'bench/baseline'),
    ),
    'The baseline build',
  );
  console.log(`${size} entries: Atrium, cold…`);
  const coldBuild = await buildAtrium('dist', 'astro-cache');
  const cold = assertBuilt(coldBuild.run, 'The cold Atrium build');
  const coldLaunches = await launchCount();
  const renderedLine = /rendered (\d+) SVGs .* \((\d+) ms each\)/.exec(cold.output);
  console.log(`${size} entries: Atrium, cold content cache with the diagram cache warm…`);
  const warmBuild = await buildAtrium('dist-warm-diagrams', 'astro-cache-2');
  const warmDiagrams = assertBuilt(warmBuild.run, 'The build with warm diagrams');
  const warmLaunches = (await launchCount()) - coldLaunches;
  // Measured against the build just before it, whose diagram cache was warm too: what a rebuild saves beyond diagrams.
  console.log(`${size} entries: Atrium, no-change rebuild…`);
  const rebuildBuild = await buildAtrium('dist-warm-diagrams', 'astro-cache-2');
  const rebuild = assertBuilt(rebuildBuild.run, 'The no-change rebuild');
  // And the rebuild a merge usually is: one entry's text changed, so the site is built again with every cache warm.
  console.log(`${size} entries: Atrium, rebuild after one ADR changed…`);
  const adrFile = path.join(content, 'adrs', (await readdir(path.join(content, 'adrs'))).sort()[0]!);
  await writeFile(adrFile, `${await readFile(adrFile, 'utf8')}\nOne more sentence, added for the rebuild.\n`);
  const changedBuild = await buildAtrium('dist-warm-diagrams', 'astro-cache-2');
  const changed = assertBuilt(changedBuild.run, 'The rebuild after one change');
  const profiles = [
    { name: `cold (${s(cold.seconds)})`, profile: coldBuild.profile },
    { name: `diagrams warm (${s(warmDiagrams.seconds)})`, profile: warmBuild.profile },
    { name: `no-change rebuild (${s(rebuild.seconds)})`, profile: rebuildBuild.profile },
    { name: `one ADR changed (${s(changed.seconds)})`, profile: changedBuild.profile },
  ];
  console.log(`${size} entries: where the time went\n${profileTable(profiles)}`);

  const pages = Number(/(\d+) page\(s\) built/.exec(cold.output)?.[1] ?? 0);
  const outDir = path.join(dir, 'dist');
  // An entry of each kind, and the pages that list or measure the whole organization.
  const weights: Record<string, PageWeight> = {};
  for (const [kind, page] of Object.entries(WEIGHED_PAGES)) weights[kind] = await pageWeight(outDir, page);
  const heaviest = await heaviestPages(outDir, HTML_BUDGET_BYTES);
  const search = await searchTransfer(outDir, FIRST_QUERY, laterQueries(size));
  console.log(
    `${size} entries: search transfer, first query "${search.first.query}" ${kb(search.first.bytes)}; later queries ${search.later.map((q) => `"${q.query}" ${kb(q.bytes)}`).join(', ')}`,
  );
  return {
    size,
    pages,
    baseline,
    cold,
    warmDiagrams,
    rebuild,
    changed,
    profiles,
    diagrams: { rendered: Number(renderedLine?.[1] ?? 0), msEach: Number(renderedLine?.[2] ?? 0), coldLaunches, warmLaunches },
    weights,
    heaviest,
    search,
    related,
  };
}

const rows: Row[] = [];
for (const size of sizes) rows.push(await benchSize(size));
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const report = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}.`,
  '',
  table(rows),
  '',
  ...rows.flatMap((row) => [
    `Where the time went, ${row.size} entries (wall time of each step; steps run inside the numbered phases):`,
    '',
    profileTable(row.profiles),
    '',
  ]),
].join('\n');
await mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
await writeFile(values.out, report);
console.log(`\n${report}\nWritten to ${values.out}.`);
