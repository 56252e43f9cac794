/**
 * Mermaid in real builds: every diagram type becomes one inline SVG that follows the
 * theme, a warm rebuild launches no browser, a build without Chromium (or with one that
 * will not start) falls back to the reader's browser, and a broken fence fails the
 * build with its file and line.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { access, chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findChromium } from '../../src/lib/diagrams/chromium.ts';
import { prerenderDiagrams } from '../../src/lib/diagrams/prerender.ts';
import { copyHandbook, replaceOnce, validFixture } from '../helpers/fixtures.ts';
import { buildSite, projectRoot } from '../helpers/site.ts';
import { launchBrowser } from '../../scripts/lib/dev/browser.ts';
import { serveSite } from '../../scripts/lib/dev/static-server.ts';

const DIAGRAM_TYPES = ['flowchart', 'sequence', 'class', 'stateDiagram', 'er', 'gantt', 'timeline', 'mindmap', 'gitGraph', 'pie'];
const ADR = 'content/adrs/0002-use-postgres-with-timescale.md';
const fixtureFile = (name: string) => readFile(path.join(projectRoot, 'test/fixtures/diagrams', name), 'utf8');

let work: string;
let root: string;
let launches: string;
let env: Record<string, string>;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'atrium-diagrams-'));
  const everyType = await fixtureFile('every-type.md');
  root = await copyHandbook(validFixture, {
    [ADR]: (text) => text.slice(0, text.indexOf('## Context')) + everyType,
    // Generated graphs must survive labels with quotes, brackets, HTML and #.
    'content/dependencies/checkout-needs-pooler.yaml': replaceOnce('deliverable: Fast checkout', `deliverable: 'Fast "checkout" <b>v2</b> [beta] #1 {x}'`),
  });
  await writeFile(path.join(root, 'content/talks/2026-11-06-diagrams-in-mdx.mdx'), await fixtureFile('talk.mdx'));
  // A browser that counts its own launches, so "no browser" is measured, not inferred from a log line.
  const chromium = findChromium();
  if (!chromium.found) throw new Error(chromium.reason);
  launches = path.join(work, 'launches.log');
  const wrapper = path.join(work, 'chromium');
  await writeFile(wrapper, `#!/bin/sh\necho launch >> "${launches}"\nexec "${chromium.path}" "$@"\n`);
  await chmod(wrapper, 0o755);
  env = { ATRIUM_CONTENT_DIR: path.join(root, 'content'), ATRIUM_DIAGRAM_CACHE: path.join(work, 'cache'), CHROMIUM_PATH: wrapper };
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(root, { recursive: true, force: true });
});

const launchCount = () =>
  readFile(launches, 'utf8').then(
    (text) => text.split('\n').filter(Boolean).length,
    () => 0,
  );

describe('with Chromium', () => {
  let html: string;
  let output: string;

  beforeAll(async () => {
    const result = await buildSite({ outDir: path.join(work, 'cold'), env });
    output = result.output;
    expect(result.code, result.output).toBe(0);
    html = await readFile(path.join(work, 'cold/adrs/0002-use-postgres-with-timescale/index.html'), 'utf8');
  }, 300_000);

  test('renders each of the ten diagram types as one inline SVG that follows the theme, in one browser', async () => {
    expect(await launchCount()).toBe(1);
    expect(output).toMatch(/Diagrams: rendered \d+ SVGs .* in one browser/);
    expect(output).toMatch(/diagrams: (\d+)\/\1\n/);
    const figures = [...html.matchAll(/<figure class="diagram" data-diagram="svg">([\s\S]*?)<\/figure>/g)].map((m) => m[1]!);
    expect(figures).toHaveLength(10);
    figures.forEach((figure, index) => {
      const svgs = [...figure.matchAll(/<svg\b[^>]*>/g)].map((m) => m[0]);
      expect(svgs.length, DIAGRAM_TYPES[index]).toBe(1);
      expect(figure, DIAGRAM_TYPES[index]).toMatch(/var\(--(text|surface|accent)/);
      expect(figure, DIAGRAM_TYPES[index]).not.toMatch(/#fc0[0-9a-f]{3}\b/i);
      expect(svgs[0]).toMatch(/role="img" aria-label="[^"]+"/);
    });
    expect(html.includes('```mermaid'), 'a fence was left as code').toBe(false);
    expect(/<script[^>]*mermaid/.test(html), 'the page loads Mermaid').toBe(false);
  });

  test('names each diagram after its own title or the heading above it', () => {
    const labels = [...html.matchAll(/<svg[^>]*role="img" aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(labels).toContain('Rollout plan');
    expect(labels).toContain('Platform history');
    expect(labels).toContain('Where the time goes');
    expect(labels).toContain('Diagram: Checkout sequence');
  });

  test('markup in labels cannot run (securityLevel strict)', () => {
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main.includes('onerror'), 'an onerror handler reached the page').toBe(false);
    expect(main.includes('<script'), 'a script reached the page').toBe(false);
  });

  test('generated dependency graphs render, whatever the deliverable names hold', async () => {
    const team = await readFile(path.join(work, 'cold/teams/checkout/index.html'), 'utf8');
    expect(team).toContain('data-diagram="svg"');
    expect(team).toContain('Fast "checkout" &lt;b&gt;v2&lt;/b&gt; [beta] #1 {x}');
  });

  test('renders fences in MDX too', async () => {
    const mdx = await readFile(path.join(work, 'cold/talks/2026-11-06-diagrams-in-mdx/index.html'), 'utf8');
    expect(mdx).toContain('data-diagram="svg"');
    expect(mdx).toContain('aria-label="MDX diagram"');
  });

  test('a second build with a warm cache launches no browser and gives the same pages', async () => {
    const result = await buildSite({ outDir: path.join(work, 'warm'), env });
    expect(result.code, result.output).toBe(0);
    expect(await launchCount()).toBe(1);
    expect(result.output).toMatch(/Diagrams: all \d+ from the cache, no browser launched/);
    const warm = await readFile(path.join(work, 'warm/adrs/0002-use-postgres-with-timescale/index.html'), 'utf8');
    expect(warm === html, 'the warm build gives the same page').toBe(true);
  }, 300_000);
});

describe('without Chromium', () => {
  test('the build warns once, passes, and the reader’s browser renders the diagrams', async () => {
    const outDir = path.join(work, 'fallback');
    const result = await buildSite({
      outDir,
      env: { ...env, ATRIUM_DIAGRAM_CACHE: path.join(work, 'empty-cache'), CHROMIUM_PATH: path.join(work, 'no-such-browser') },
    });
    expect(result.code, result.output).toBe(0);
    expect(result.output.match(/CHROMIUM_PATH is set to .*no-such-browser, which does not exist/g)).toHaveLength(1);
    const html = await readFile(path.join(outDir, 'adrs/0002-use-postgres-with-timescale/index.html'), 'utf8');
    expect(html.match(/data-diagram="client"/g)).toHaveLength(10);
    await access(path.join(outDir, '_atrium/mermaid/render.js'));
    // Pages without a diagram load no Mermaid.
    const person = await readFile(path.join(outDir, 'people/ada-lovelace/index.html'), 'utf8');
    expect(person.includes('_atrium/mermaid'), 'a page without diagrams loads Mermaid').toBe(false);

    const [browser, site] = await Promise.all([launchBrowser(), serveSite(outDir)]);
    try {
      const page = await browser.newPage();
      await page.goto(`${site.url}adrs/0002-use-postgres-with-timescale/`);
      await page.waitForFunction(() => document.querySelectorAll('figure[data-diagram="client"] svg').length === 10, undefined, { timeout: 60_000 });
    } finally {
      await browser.close();
      await site.close();
    }
  }, 300_000);
});

describe('the render page', () => {
  test('reaches nothing outside Mermaid’s own files, whatever a label asks for', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const source = `flowchart LR\n  A["<img src='http://127.0.0.1:${port}/img'> a"] --> B["<a href='http://127.0.0.1:${port}/link'>b</a>"]`;
      const report = await prerenderDiagrams([{ source, origin: { file: 'content/adrs/x.md', line: 3 } }], {
        cacheDir: path.join(work, 'network-cache'),
        chromium: findChromium(),
      });
      expect([report.rendered, report.problems]).toEqual([1, []]);
      expect(requests).toEqual([]);
    } finally {
      server.close();
    }
  }, 120_000);
});

describe('with a Chromium that will not start', () => {
  test('the build warns once, passes, and leaves the diagrams to the reader’s browser', async () => {
    const broken = path.join(work, 'broken-chromium');
    await writeFile(broken, '#!/bin/sh\necho "cannot open display" >&2\nexit 1\n');
    await chmod(broken, 0o755);
    const outDir = path.join(work, 'broken-browser');
    const result = await buildSite({ outDir, env: { ...env, ATRIUM_DIAGRAM_CACHE: path.join(work, 'broken-browser-cache'), CHROMIUM_PATH: broken } });
    expect(result.code, result.output).toBe(0);
    expect(
      result.output.match(
        /Diagrams: the browser at .*broken-chromium was found but did not start \(.+\)\. \d+ diagrams will be rendered in readers' browsers instead/g,
      ),
    ).toHaveLength(1);
    const html = await readFile(path.join(outDir, 'adrs/0002-use-postgres-with-timescale/index.html'), 'utf8');
    expect(html.match(/data-diagram="client"/g)).toHaveLength(10);
    await access(path.join(outDir, '_atrium/mermaid/render.js'));
  }, 300_000);
});

describe('a broken diagram', () => {
  test('fails the build with the file, the fence line and Mermaid’s message', async () => {
    const broken = await copyHandbook(root, {
      [ADR]: replaceOnce(
        'flowchart LR\n  A["Client <img src=x onerror=alert(1)> app"] --> B{"Gateway (v2)"} --> C[(Orders DB)]',
        'flowchart LR\n  A --> B -->',
      ),
    });
    try {
      const result = await buildSite({
        outDir: path.join(work, 'broken'),
        env: { ...env, ATRIUM_CONTENT_DIR: path.join(broken, 'content') },
      });
      expect(result.code).not.toBe(0);
      const fenceLine = (await readFile(path.join(broken, ADR), 'utf8')).split('\n').indexOf('```mermaid') + 1;
      expect(result.output).toContain('1 diagram could not be rendered; nothing was built.');
      expect(result.output).toMatch(
        new RegExp(`content/adrs/0002-use-postgres-with-timescale\\.md:${fenceLine}  mermaid  diagram does not render: .*(Parse error|Expecting)`),
      );
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  }, 300_000);
});
