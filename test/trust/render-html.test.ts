/**
 * The hostile handbook as built: what authors wrote in Markdown and MDX bodies reaches
 * pages only through the allow-list, while Atrium's own diagrams, highlighting,
 * footnotes and tables come through whole; damaged diagram cache entries are rendered
 * again rather than inlined.
 */
import { describe, expect, inject, test } from 'vitest';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { diagramKey } from '../../src/lib/diagrams/cache.ts';
import { CUT_SHORT_DIAGRAM, EMPTY_DIAGRAM } from './render-fixture.ts';
import { dangers, elements } from './render-inspect.ts';
import type { Element, Root } from 'hast';

const page = (route: string) => readFile(path.join(inject('trustDist'), route, 'index.html'), 'utf8');

/** The rendered body of an entry page (its `.prose` element), without Atrium's diagrams when asked. */
async function body(route: string, { diagrams = true } = {}): Promise<string> {
  const tree = fromHtml(await page(route));
  let prose: Element | undefined;
  const find = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element' || prose) continue;
      if ((child.properties.className as string[] | undefined)?.includes('prose')) prose = child;
      else find(child);
    }
  };
  find(tree);
  expect(prose, `${route} has a .prose body`).toBeDefined();
  const html = toHtml(prose!);
  return diagrams ? html : html.replace(/<figure class="diagram"[\s\S]*?<\/figure>/g, '');
}

const links = (html: string) =>
  elements(html)
    .filter((e) => e.tagName === 'a')
    .map((a) => [String(a.children.map((c) => ('value' in c ? c.value : '')).join('')), a.properties.href ?? null]);

describe.each([
  ['a team page', 'teams/checkout'],
  ['an ADR page', 'adrs/0002-use-postgres-with-timescale'],
  ['a talk page', 'talks/2026-11-06-timescale-in-production'],
  ['an update page', 'updates/2026-11-20-platform'],
])('%s', (_name, route) => {
  test('carries none of the body’s scripts, handlers, frames, forms, styles or script links, and keeps the harmless rest', async () => {
    const html = await body(route, { diagrams: false });
    expect(dangers(html)).toEqual([]);
    expect(html).not.toContain('window.__pwned');
    expect(html).not.toContain('display: none');
    // Links without a safe target stay as text; the safe ones keep theirs.
    expect(
      links(html).filter(([text]) => ['Click me', 'shouting', 'spaced', 'data', 'an apostrophe link', 'mail', 'a relative link'].includes(text as string)),
    ).toEqual([
      ['Click me', null],
      ['shouting', null],
      ['spaced', null],
      ['data', null],
      ['an apostrophe link', "https://example.com/it's-fine"],
      ['mail', 'mailto:team@example.com'],
      ['a relative link', '../../teams/platform/'],
    ]);
    expect(html).toContain('<details><summary>Still here</summary>');
    expect(html).toContain('<kbd>Ctrl</kbd>');
    expect(html).toContain('<img src="x.png" alt="a picture">');
    expect(html).toContain('<span>Hover me</span>');
  });
});

describe('an MDX page', () => {
  test('HTML written as JSX that the check lets through is sanitised like Markdown; its diagram is kept', async () => {
    const html = await body('talks/2026-11-05-hostile-mdx');
    expect(dangers(await body('talks/2026-11-05-hostile-mdx', { diagrams: false }))).toEqual([]);
    expect(html).toMatch(/<div[^>]*>A div with a class and an id<\/div>/);
    // The author's id cannot clobber the page's own ids.
    expect(html).not.toContain('id="toc"');
    // The author's one safe link, and Atrium's own link to the diagram's full-size page.
    expect(links(html)).toEqual([
      ['a safe one', 'https://example.com/mdx'],
      ['View full size', expect.stringMatching(/^\/diagrams\/[0-9a-f]{32}\/$/)],
    ]);
    expect(html.match(/<figure class="diagram" data-diagram="svg">/g)).toHaveLength(1);
    expect(html).toContain('aria-label="MDX diagram"');
  });
});

describe("Atrium's own markup in a hostile body", () => {
  test('diagrams (with their styles), highlighted code, footnotes and aligned tables come through whole; names stay text', async () => {
    const html = await page('adrs/0002-use-postgres-with-timescale');
    const figures = [...html.matchAll(/<figure class="diagram" data-diagram="svg">([\s\S]*?)<\/figure>/g)].map((m) => m[1]!);
    expect(figures).toHaveLength(2);
    for (const figure of figures) {
      expect(figure.match(/<svg\b/g)).toHaveLength(1);
      expect(figure.match(/<\/svg>/g)).toHaveLength(1);
      expect(figure).toContain('<style>');
    }
    // Shiki's colours survive (it runs after the sanitiser). Under load Shiki may stop tokenizing a
    // line early and colour the rest as one token, so only the first token is compared.
    expect(html).toMatch(
      /<pre class="astro-code github-dark" style="[^"]+" tabindex="0" data-language="ts"><code><span class="line"><span style="color:#F97583">const/,
    );
    expect(html).toContain('<a href="#user-content-fn-why" id="user-content-fnref-why"');
    expect(html).toContain('<li id="user-content-fn-why">');
    expect(html).toContain('<th style="text-align: right">Right</th>');
    // Names written as markup are text.
    expect(html).toContain('Alan &lt;img src=x onerror=alert(1)&gt; Turing');
    expect(html).not.toContain('<img src=x onerror');
  });
});

describe('the diagram cache', () => {
  test('a cut-short and an empty entry are rendered again, not inlined or left to a missing script', async () => {
    const html = await page('adrs/0002-use-postgres-with-timescale');
    expect(html).not.toContain('data-diagram="client"');
    for (const label of ['Cut short in the cache', 'Empty in the cache'])
      expect(html.match(new RegExp(`role="img" aria-label="${label}"`, 'g')), label).toHaveLength(1);
    // Every script the page loads is in the build.
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)].map((m) => m[1]!);
    for (const script of scripts) await access(path.join(inject('trustDist'), script));
    expect(inject('trustBuildOutput')).toMatch(
      /Diagrams: rendered \d+ SVGs .*2 cache entries were damaged \(cut short, empty or another diagram's\) and rendered again\./,
    );
    expect(inject('trustBuildOutput')).not.toMatch(/all \d+ from the cache/);
    // The cache now holds whole SVGs for both.
    for (const key of [diagramKey(CUT_SHORT_DIAGRAM), diagramKey(EMPTY_DIAGRAM)]) {
      const svg = await readFile(path.join(inject('trustCache'), `${key}.svg`), 'utf8');
      expect([svg.startsWith(`<svg id="m${key}"`), svg.endsWith('</svg>'), svg.length > 1000]).toEqual([true, true, true]);
    }
  });
});
