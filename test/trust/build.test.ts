/**
 * The check and the build agree, on a real build of one small handbook: every entry
 * the check publishes has its page and no other entry page exists (cases 3 and 10);
 * a CRLF file with a byte-order mark keeps its diagram (case 7); MDX gets Atrium's
 * components (case 1). And a hostile MDX file stops the build before any MDX is
 * compiled: its code never runs (case 1).
 */
import { access, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS, hasEntryPages } from '../../src/lib/collections.ts';
import { loadHandbook } from '../../src/lib/content/load.ts';
import { publishedHandbook } from '../../src/lib/handbook/published.ts';
import { routes } from '../../src/lib/routes.ts';
import { copyHandbook, replaceOnce, validFixture } from '../helpers/fixtures.ts';
import { buildSite } from '../helpers/site.ts';
import { FRONT, put } from './helpers.ts';

const CRLF_TEAM = 'content/teams/platform.md';

let work: string;
let root: string;
let dist: string;
let output: string;
let code: number;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'atrium-trust-'));
  root = await copyHandbook(validFixture, {
    // Saved on Windows: CRLF line endings and a byte-order mark, with a diagram.
    [CRLF_TEAM]: (text) =>
      `\uFEFF${`${text}\n## How requests flow\n\n\`\`\`mermaid\nflowchart LR\n  accTitle: Request flow\n  A[Client] --> B[Pooler]\n\`\`\`\n`.replace(/\n/g, '\r\n')}`,
    'content/updates/2026-11-20-platform.md': replaceOnce('---\nteam', '---\ndraft: true\nteam'),
  });
  await put(root, 'content/people/katherine-johnson.yml', 'name: Katherine Johnson\nteam: checkout\nrole: Engineer\ntimezone: UTC\n');
  await put(
    root,
    'content/talks/2026-11-13-components.mdx',
    `${FRONT.talk.replace('A talk', 'Components')}\n<Callout type="warning" title="Before you deploy">Run the **migration** first.</Callout>\n\n<Video url="https://www.youtube.com/watch?v=abc123" title="Rollout demo" />\n`,
  );
  dist = path.join(work, 'dist');
  ({ code, output } = await buildSite({
    outDir: dist,
    env: {
      ATRIUM_CONTENT_DIR: path.join(root, 'content'),
      ATRIUM_DIAGRAM_CACHE: path.join(work, 'diagrams'),
      ATRIUM_ASTRO_CACHE_DIR: path.join(work, 'astro'),
    },
  }));
}, 300_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(root, { recursive: true, force: true });
});

/** Entry pages built under a collection's index route: its sub-folders that hold an index.html. */
async function builtIds(index: string): Promise<string[]> {
  const entries = await readdir(path.join(dist, index), { withFileTypes: true }).catch(() => []);
  const ids: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    if (
      await access(path.join(dist, index, entry.name, 'index.html')).then(
        () => true,
        () => false,
      )
    )
      ids.push(entry.name);
  }
  return ids.sort();
}

describe('a handbook that passes the check', () => {
  test('builds, with one page for exactly each entry the check publishes', async () => {
    expect(code, output).toBe(0);
    const published = publishedHandbook((await loadHandbook(root)).handbook, false);
    const counts: Record<string, [number, number]> = {};
    for (const collection of COLLECTION_NAMES.filter(hasEntryPages)) {
      const { index, entry: pageOf } = COLLECTIONS[collection].route;
      // An entry's page, below its index: its id, or (kudos) the month whose page shows it.
      const folder = (id: string) =>
        pageOf(id)
          .slice(index().length)
          .replace(/\/(#.*)?$/, '');
      const expected = [...new Set(published[collection].map((entry) => folder(entry.id)))].sort();
      // The weekly review agenda (/dependencies/review/) is the one page beside the entries of a collection's folder.
      const built = (await builtIds(index())).filter((id) => `${index()}${id}/` !== routes.dependencyReview());
      expect(built, collection).toEqual(expected);
      counts[collection] = [expected.length, built.length];
    }
    expect(counts).toEqual({
      teams: [2, 2],
      people: [4, 4],
      adrs: [3, 3],
      talks: [2, 2],
      guilds: [1, 1],
      dependencies: [1, 1],
      updates: [0, 0],
      rotations: [1, 1],
      mentorships: [1, 1],
      pairings: [1, 1],
      kudos: [1, 1],
      awards: [1, 1],
      retros: [1, 1],
      asks: [1, 1],
    });
  });

  test('a CRLF file with a byte-order mark keeps its fields and its diagram', async () => {
    const html = await readFile(path.join(dist, 'teams/platform/index.html'), 'utf8');
    expect(html).toContain('<h1>Platform</h1>');
    expect(html).toMatch(/<figure class="diagram" data-diagram="svg">[\s\S]*?aria-label="Request flow"/);
    expect(html).not.toContain('flowchart LR');
  });

  test("MDX renders Atrium's components", async () => {
    const html = await readFile(path.join(dist, 'talks/2026-11-13-components/index.html'), 'utf8');
    expect(html).toMatch(
      /<aside class="callout callout--warning" aria-label="Before you deploy"[^>]*><p class="callout__title"[^>]*>Before you deploy<\/p>Run the <strong>migration<\/strong> first\.<\/aside>/,
    );
    expect(html).toContain('data-embed="https://www.youtube-nocookie.com/embed/abc123?autoplay=1"');
  });
});

test('hostile MDX stops the build before its code runs, naming the file and line', async () => {
  const hostile = await copyHandbook(validFixture);
  const marker = path.join(work, 'the-mdx-ran');
  await put(
    hostile,
    'content/talks/2026-11-13-hostile.mdx',
    `${FRONT.talk}\nimport { writeFileSync } from 'node:fs'\nexport const ran = writeFileSync(${JSON.stringify(marker)}, 'ran')\n\nHello.\n`,
  );
  try {
    const result = await buildSite({
      outDir: path.join(work, 'hostile-dist'),
      env: {
        ATRIUM_CONTENT_DIR: path.join(hostile, 'content'),
        ATRIUM_DIAGRAM_CACHE: path.join(work, 'diagrams'),
        ATRIUM_ASTRO_CACHE_DIR: path.join(work, 'astro-hostile'),
      },
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("The handbook's content has errors; nothing was built.");
    expect(result.output).toContain("2026-11-13-hostile.mdx:8  -  has code (import { writeFileSync } from 'node:fs'), which would run when the site is built");
    expect(
      await access(marker).then(
        () => 'the MDX ran',
        () => 'it did not run',
      ),
    ).toBe('it did not run');
  } finally {
    await rm(hostile, { recursive: true, force: true });
  }
}, 300_000);
