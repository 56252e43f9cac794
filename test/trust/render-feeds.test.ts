/**
 * The hostile handbook's feeds and digest email: bodies pass the same allow-list as the
 * pages, fields are text however they are written, links keep their apostrophes, and a
 * huge entry does not make a huge feed.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { FEED_CONTENT_MAX_BYTES } from '../../src/lib/feeds/truncate.ts';
import { readRss, type RssItem } from '../helpers/feeds.ts';
import { LONG_UPDATE_PARAGRAPHS, MARKUP_NAME } from './render-fixture.ts';
import { dangers, elements } from './render-inspect.ts';

const SITE = 'https://northwind-labs.github.io/';
const read = (file: string) => readFile(path.join(inject('trustDist'), file), 'utf8');

async function feed(file: string) {
  const xml = await read(file);
  const { feed: rss, problems } = readRss(xml);
  expect(problems, file).toEqual([]);
  return { xml, items: rss.items };
}

const itemOf = (items: RssItem[], route: string) => {
  const item = items.find((i) => i.link === `${SITE}${route}`);
  expect(item, route).toBeDefined();
  return item!;
};

describe.each(['rss.xml', 'adrs/rss.xml', 'talks/rss.xml', 'updates/rss.xml', 'teams/platform/rss.xml'])('%s', (file) => {
  test('full text passes the allow-list: no script, handler, frame, form, style or script link; safe links whole', async () => {
    const { items } = await feed(file);
    const hostile = items.filter((item) => item.content.includes('Still here'));
    expect(hostile.length, 'items with a hostile body').toBeGreaterThan(0);
    for (const item of items) {
      expect(dangers(item.content), item.title).toEqual([]);
      expect(item.content, item.title).not.toContain('window.__pwned');
    }
    for (const item of hostile) {
      const hrefs = Object.fromEntries(
        elements(item.content)
          .filter((e) => e.tagName === 'a')
          .map((a) => [(a.children[0] as { value?: string })?.value, a.properties.href ?? null]),
      );
      expect([hrefs['Click me'], hrefs['an apostrophe link'], hrefs['mail'], hrefs['a relative link']], item.title).toEqual([
        null,
        "https://example.com/it's-fine",
        'mailto:team@example.com',
        `${SITE}teams/platform/`,
      ]);
    }
  });
});

describe('fields in feeds', () => {
  test('titles and descriptions made from fields are text to a feed reader and in the digest email, however they are written', async () => {
    const { xml, items } = await feed('talks/rss.xml');
    // In the XML they are HTML (what readers render) with the markup escaped …
    const mdx = itemOf(items, 'talks/2026-11-05-hostile-mdx/');
    expect(mdx.title).toBe('Talk: Hostile &lt;b&gt;MDX&lt;/b&gt;');
    expect(mdx.description).toBe('Talk given by Alan &lt;img src=x onerror=alert(1)&gt; Turing (Platform), Thu, 5 Nov 2026, 17:00 UTC.');
    for (const item of items) expect(`${item.title} ${item.description}`).not.toMatch(/<(?:img|b)\b/);
    // … so a feed parser reads back the text as the author wrote it.
    const parsed = parseFeed(xml).items.find((item) => item.url === `${SITE}talks/2026-11-05-hostile-mdx/`)!;
    expect([parsed.title, parsed.description]).toEqual(['Talk: Hostile <b>MDX</b>', `Talk given by ${MARKUP_NAME} (Platform), Thu, 5 Nov 2026, 17:00 UTC.`]);
    // The digest email, too, shows names and shipped items as text and carries no script.
    const email = await read('digest/2026-w47/email.html');
    expect(email).toContain('Pooler &lt;img src=x onerror=alert(1)&gt; in staging');
    expect(dangers(email.slice(email.indexOf('<body'), email.indexOf('</body>')))).toEqual([]);
  });
});

describe('a huge entry', () => {
  test('is cut at an element in every feed, with a link to the page, which keeps it whole', async () => {
    const route = 'updates/2026-11-13-platform/';
    for (const file of ['rss.xml', 'updates/rss.xml', 'teams/platform/rss.xml']) {
      const { xml, items } = await feed(file);
      const item = itemOf(items, route);
      expect(Buffer.byteLength(item.content), file).toBeLessThanOrEqual(FEED_CONTENT_MAX_BYTES + 200);
      expect(item.content.trimEnd().endsWith(`<p><a href="${SITE}${route}">Read the rest on the handbook page</a></p>`), file).toBe(true);
      // Whole paragraphs only: the last one kept is complete.
      const paragraphs = [...item.content.matchAll(/<p>Paragraph (\d+) of the retrospective, with enough words to weigh about a hundred bytes\.<\/p>/g)].map(
        (m) => Number(m[1]),
      );
      expect(paragraphs.length, file).toBeGreaterThan(100);
      expect(paragraphs.length, file).toBeLessThan(LONG_UPDATE_PARAGRAPHS);
      expect(paragraphs, file).toEqual(Array.from({ length: paragraphs.length }, (_, i) => i + 1));
      // The whole body alone would weigh about 80 KB: the feed, with every other item, stays below it.
      expect(Buffer.byteLength(xml), file).toBeLessThan(LONG_UPDATE_PARAGRAPHS * 100);
    }
    const html = await read(`${route}index.html`);
    expect(html.match(/<p>Paragraph \d+ of the retrospective/g)).toHaveLength(LONG_UPDATE_PARAGRAPHS);
  });
});
