/**
 * Builds that go wrong: a failed build leaves the previous site byte for byte; a
 * diagram past its budget stops the build with its file, fence line and what to do;
 * and the no-Chromium fallback still renders diagrams under the Content-Security-Policy.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from '../../src/lib/diagrams/chromium.ts';
import { prerenderDiagrams } from '../../src/lib/diagrams/prerender.ts';
import { launchBrowser } from '../../scripts/lib/dev/browser.ts';
import { serveSite } from '../../scripts/lib/dev/static-server.ts';
import { copyHandbook, validFixture } from '../helpers/fixtures.ts';
import { buildSite } from '../helpers/site.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'atrium-trust-build-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Every file under `dir` with the SHA-256 of its bytes, sorted. */
async function fingerprint(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const lines = await Promise.all(
    files.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return `${path.relative(dir, file)} ${createHash('sha256')
        .update(await readFile(file))
        .digest('hex')}`;
    }),
  );
  return lines.sort();
}

describe('a build that fails', () => {
  test('leaves the previous site as it was, byte for byte, and no half-built folder beside it', async () => {
    const dist = inject('trustDist');
    const before = await fingerprint(dist);
    expect(before.length).toBeGreaterThan(50);
    // Passes the schemas, then fails while pages are being rendered: a component nobody provides.
    const broken = await copyHandbook(inject('trustRoot'));
    try {
      await writeFile(
        path.join(broken, 'content/talks/2026-11-07-broken.mdx'),
        '---\ntitle: Broken\ndate: 2026-11-07T17:00:00Z\nspeakers: [alan-turing]\nteam: platform\ndurationMinutes: 30\n---\nUses a component nobody provides: <Missing />\n',
      );
      const result = await buildSite({ outDir: dist, env: { ATRIUM_CONTENT_DIR: path.join(broken, 'content'), ATRIUM_DIAGRAM_CACHE: inject('trustCache') } });
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toMatch(/Missing/);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
    expect(await fingerprint(dist)).toEqual(before);
    expect((await readdir(path.dirname(dist))).filter((name) => name.includes(path.basename(dist)) && name !== path.basename(dist))).toEqual([]);
  }, 300_000);
});

/**
 * A flowchart where each of `nodes` nodes links to every other: its layout grows with
 * the square of the nodes. 31 nodes make 465 edges (Mermaid refuses more than 500) in 6.5 KB.
 */
function fullyConnected(nodes: number): string {
  const lines = ['flowchart LR'];
  for (let a = 0; a < nodes; a++) for (let b = a + 1; b < nodes; b++) lines.push(`  n${a} --> n${b}`);
  return lines.join('\n');
}

describe('diagram budgets', () => {
  test('a diagram past its time or source budget fails the build with its file, fence line and what to do', async () => {
    const ADR = 'content/adrs/0002-use-postgres-with-timescale.md';
    const huge = `flowchart TD\n${Array.from({ length: 1500 }, (_, i) => `  step${i}[Step ${i}] --> step${i + 1}`).join('\n')}`;
    const root = await copyHandbook(validFixture, {
      [ADR]: (text) =>
        `${text}\n## Everything talks to everything\n\n\`\`\`mermaid\n${fullyConnected(31)}\n\`\`\`\n\n## Every step\n\n\`\`\`mermaid\n${huge}\n\`\`\`\n`,
    });
    try {
      const result = await buildSite({
        outDir: path.join(work, 'budget'),
        env: { ATRIUM_CONTENT_DIR: path.join(root, 'content'), ATRIUM_DIAGRAM_CACHE: path.join(work, 'budget-cache') },
      });
      expect(result.code).not.toBe(0);
      const lines = (await readFile(path.join(root, ADR), 'utf8')).split('\n');
      const fences = lines.flatMap((line, index) => (line === '```mermaid' ? [index + 1] : []));
      const file = `${path.relative(process.cwd(), path.join(root, ADR))}`;
      expect(result.output).toContain('2 diagrams could not be rendered; nothing was built.');
      expect(result.output).toContain(
        `${file}:${fences[0]}  mermaid  diagram took longer than 10 s to render, so the build stopped it — split it into smaller diagrams (a graph where every node links to every other grows with the square of its nodes), or raise diagramTimeoutMs in src/config.ts`,
      );
      expect(result.output).toMatch(
        new RegExp(
          `${file.replace(/[.]/g, '\\.')}:${fences[1]}  mermaid  diagram source is \\d+ KB, more than the 20 KB a diagram may have — split it into smaller diagrams .*, or raise diagramMaxSourceBytes in src/config.ts`,
        ),
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 300_000);

  test('a diagram whose SVG is larger than the budget is a problem, and is not cached', async () => {
    const chromium = findChromium();
    if (!chromium.found) throw new Error(chromium.reason);
    const cacheDir = path.join(work, 'svg-budget-cache');
    const report = await prerenderDiagrams([{ source: 'flowchart LR\n  A[One] --> B[Two]', origin: { file: 'content/adrs/0009-x.md', line: 12 } }], {
      cacheDir,
      chromium,
      budget: { timeoutMs: 30_000, maxSvgBytes: 2_000, maxSourceBytes: 20_000 },
    });
    expect(report.problems.map((p) => `${p.file}:${p.line}  ${p.field}  ${p.message}`)).toEqual([
      expect.stringMatching(/^content\/adrs\/0009-x\.md:12 {2}mermaid {2}diagram renders to \d+ KB of SVG, more than the 2 KB a page may carry per diagram$/),
    ]);
    expect(report.problems[0]!.fix).toBe(
      'split it into smaller diagrams (a graph where every node links to every other grows with the square of its nodes), or raise diagramMaxSvgBytes in src/config.ts',
    );
    expect(report.rendered).toBe(0);
    expect(await readdir(cacheDir).catch(() => [])).toEqual([]);
  });
});

describe('the browser fallback', () => {
  test('without Chromium at build time, diagrams render in the reader’s browser under the Content-Security-Policy', async () => {
    const outDir = path.join(work, 'fallback');
    const result = await buildSite({
      outDir,
      env: {
        ATRIUM_CONTENT_DIR: path.join(validFixture, 'content'),
        ATRIUM_DIAGRAM_CACHE: path.join(work, 'no-cache'),
        CHROMIUM_PATH: path.join(work, 'no-such-browser'),
      },
    });
    expect(result.code, result.output).toBe(0);
    const html = await readFile(path.join(outDir, 'teams/platform/index.html'), 'utf8');
    expect(html).toContain('data-diagram="client"');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    const [browser, site] = await Promise.all([launchBrowser(), serveSite(outDir)]);
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`),
        ),
      );
      await page.goto(`${site.url}teams/platform/`);
      const figures = await page.locator('figure[data-diagram="client"]').count();
      expect(figures).toBeGreaterThan(0);
      await page.waitForFunction((count) => document.querySelectorAll('figure[data-diagram="client"] svg').length >= count, figures, { timeout: 60_000 });
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
    }
  }, 300_000);
});
