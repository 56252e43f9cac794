import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { damage } from '../../src/lib/diagrams/cache.ts';
import { truncateTree } from '../../src/lib/feeds/truncate.ts';
import { sanitizeHtml, sanitizeTree } from '../../src/lib/html/sanitize.ts';
import { contentSecurityPolicy, inlineScripts, scriptHash, withContentSecurityPolicy } from '../../src/lib/security/csp.ts';
import { withoutBidiControls } from '../../src/lib/text/bidi.ts';

describe('Content-Security-Policy', () => {
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>x</title><script>a()</script><script type="application/ld+json">{}</script></head><body><script type="module" src="/x.js"></script><script type="module">b()</script></body></html>`;

  test('allows exactly the inline scripts that run, by hash', () => {
    expect(inlineScripts(page)).toEqual(['a()', 'b()']);
    expect(scriptHash('a()')).toBe("'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='");
    expect(contentSecurityPolicy(inlineScripts(page))).toContain(`script-src 'self' 'wasm-unsafe-eval' ${scriptHash('a()')} ${scriptHash('b()')};`);
  });

  test('goes right after the charset, replacing an earlier policy; a document without a head is left alone', () => {
    const secured = withContentSecurityPolicy(page);
    expect(secured.indexOf('http-equiv="Content-Security-Policy"')).toBe(
      secured.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length + '<meta '.length,
    );
    expect(withContentSecurityPolicy(secured)).toBe(secured);
    expect(withContentSecurityPolicy('<p>fragment</p>')).toBe('<p>fragment</p>');
  });
});

describe('sanitising', () => {
  test('keeps what GitHub allows in Markdown, and nothing that runs', () => {
    expect(
      sanitizeHtml(
        '<p onclick="x()">a <a href="javascript:x()">b</a> <a href="../c/">c</a> <a href="mailto:d@e.f">d</a> <a href="ftp://g">g</a></p><script>x()</script><style>p{}</style><iframe src="https://e"></iframe><form><input name="p"></form><details><summary>s</summary><kbd>k</kbd></details>',
      ),
    ).toMatchInlineSnapshot(
      `"<p>a <a>b</a> <a href="../c/">c</a> <a href="mailto:d@e.f">d</a> <a>g</a></p><details><summary>s</summary><kbd>k</kbd></details>"`,
    );
  });

  test('on pages, footnote ids keep one prefix and other ids get it, so they cannot clobber the site’s own; feeds keep ids as the page has them', () => {
    const html = '<sup><a href="#user-content-fn-1" id="user-content-fnref-1">1</a></sup><h2 id="search-dialog">x</h2>';
    expect(toHtml(sanitizeTree(fromHtml(html, { fragment: true })))).toBe(
      '<sup><a href="#user-content-fn-1" id="user-content-fnref-1">1</a></sup><h2 id="user-content-search-dialog">x</h2>',
    );
    expect(sanitizeHtml(html)).toBe(html);
  });

  test('bidi controls are taken out of text and fields', () => {
    expect(sanitizeHtml('<p>Ada \u202ELovelace\u2066x\u2069 \u200F</p>')).toBe('<p>Ada Lovelacex \u200F</p>');
    const when = new Date('2026-01-01');
    expect(withoutBidiControls({ name: 'A\u202Eb', tags: ['c\u202Dd'], when, n: 1 })).toEqual({ name: 'Ab', tags: ['cd'], when, n: 1 });
  });
});

describe('diagram cache entries', () => {
  const key = 'abc';
  test.each([
    ['', 'the file is empty'],
    ['<?xml version="1.0"?><svg id="mabc"></svg>', 'it does not start with <svg'],
    ['<svg id="mabc"><g><rect', 'it does not end with </svg> (cut short?)'],
    ['<svg id="mabc"><svg><g></g></svg>', 'it opens <svg> 2 times and closes it 1 times'],
    ['<svg id="mother"><g></g></svg>', 'it was rendered for another diagram (id mother)'],
    ['<svg width="1"><g></g></svg>', 'it was rendered for another diagram (id missing)'],
    ['<svg id="mabc" width="1"><g></g></svg>\n', undefined],
  ])('%j → %s', (svg, reason) => {
    expect(damage(svg, key)).toBe(reason);
  });
});

describe('feed item size', () => {
  const page = 'https://x.example/a/';
  const paragraphs = (count: number) => Array.from({ length: count }, (_, i) => `<p>Paragraph ${i + 1} with some words.</p>`).join('');

  test('a short item is left as it is', () => {
    const tree = fromHtml(paragraphs(3), { fragment: true });
    expect(toHtml(truncateTree(tree, 1000, page))).toBe(paragraphs(3));
  });

  test('a long one ends at the last whole element that fits, then links to the page', () => {
    const html = toHtml(truncateTree(fromHtml(`<h2>Notes</h2>${paragraphs(100)}`, { fragment: true }), 200, page));
    // 13 bytes of heading and 34 of each paragraph: five fit in 200.
    expect(html).toBe(`<h2>Notes</h2>${paragraphs(5)}\n<p><a href="${page}">Read the rest on the handbook page</a></p>`);
  });

  test('an element too large on its own is cut inside, at a word', () => {
    const html = toHtml(truncateTree(fromHtml(`<p>${'word '.repeat(100)}</p>`, { fragment: true }), 40, page));
    expect(html).toBe(`<p>${'word '.repeat(6).trim()}…</p>\n<p><a href="${page}">Read the rest on the handbook page</a></p>`);
  });
});
