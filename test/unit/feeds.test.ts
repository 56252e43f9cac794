import { describe, expect, test } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { adrStatusDate } from '../../src/lib/adr-status-date.ts';
import { buildDigests } from '../../src/lib/digest/assemble.ts';
import { allFeeds, feedCatalog, feedsForRoute, selectFeedItems } from '../../src/lib/feeds/catalog.ts';
import { absolutizeHtml, portableHtml, resolveUrl } from '../../src/lib/feeds/html.ts';
import { absoluteUrl } from '../../src/lib/routes.ts';
import { feedItems, type FeedContext } from '../../src/lib/feeds/items.ts';
import { renderRss } from '../../src/lib/feeds/rss.ts';
import type { HandbookIndexes } from '../../src/lib/handbook/indexes.ts';
import { extractLinks } from '../../scripts/lib/links/check-links.ts';
import { adr, handbookOf, talk, update } from '../helpers/handbook-builder.ts';

const SITE = 'https://hb.example.com';
const BASE = '/handbook/';
const page = `${SITE}${BASE}adrs/0002-b/`;

describe('absolute URLs', () => {
  test('routes become absolute under the base path', () => {
    expect(absoluteUrl(SITE, BASE, 'teams/alpha/')).toBe('https://hb.example.com/handbook/teams/alpha/');
    expect(absoluteUrl(SITE, '/', '')).toBe('https://hb.example.com/');
    expect(absoluteUrl(`${SITE}/`, '/handbook', '/rss.xml')).toBe('https://hb.example.com/handbook/rss.xml');
  });

  test.each([
    ['../0001-a/', 'https://hb.example.com/handbook/adrs/0001-a/'],
    ['diagram.png', 'https://hb.example.com/handbook/adrs/0002-b/diagram.png'],
    ['#context', 'https://hb.example.com/handbook/adrs/0002-b/#context'],
    ['?tab=1', 'https://hb.example.com/handbook/adrs/0002-b/?tab=1'],
    ['/handbook/teams/alpha/', 'https://hb.example.com/handbook/teams/alpha/'],
    // Written for a site at the root: the base is added, as the handbook's own links have it.
    ['/teams/alpha/', 'https://hb.example.com/handbook/teams/alpha/'],
    ['//cdn.example.com/x.png', 'https://cdn.example.com/x.png'],
    ['https://example.org/a?b=1&c=2', 'https://example.org/a?b=1&c=2'],
    ['mailto:team@example.com', 'mailto:team@example.com'],
    ['data:image/png;base64,AAAA', 'data:image/png;base64,AAAA'],
  ])('%s → %s', (url, expected) => {
    expect(resolveUrl(url, { pageUrl: page, base: BASE })).toBe(expected);
  });

  test('rewrites links, images, sources, srcsets and posters, and leaves scripts, styles and comments alone', () => {
    const html = [
      '<p><a href="../0001-a/" title="a > b">ADR 1</a> and <a href=\'#decision\'>below</a> and <a href=/teams/alpha/>Alpha</a></p>',
      '<img src="img/a.png" srcset="img/a.png 1x, img/a@2x.png 2x" alt="A">',
      '<video poster="poster.jpg"><source src="talk.webm" type="video/webm"></video>',
      '<a href="https://example.org/?a=1&amp;b=2">external</a>',
      '<!-- <a href="comment/"> -->',
      '<script>const a = \'<a href="script/">\';</script><style>a[href="style/"]{}</style>',
    ].join('\n');
    expect(absolutizeHtml(html, { pageUrl: page, base: BASE })).toMatchInlineSnapshot(`
      "<p><a href="https://hb.example.com/handbook/adrs/0001-a/" title="a > b">ADR 1</a> and <a href="https://hb.example.com/handbook/adrs/0002-b/#decision">below</a> and <a href="https://hb.example.com/handbook/teams/alpha/">Alpha</a></p>
      <img src="https://hb.example.com/handbook/adrs/0002-b/img/a.png" srcset="https://hb.example.com/handbook/adrs/0002-b/img/a.png 1x, https://hb.example.com/handbook/adrs/0002-b/img/a@2x.png 2x" alt="A">
      <video poster="https://hb.example.com/handbook/adrs/0002-b/poster.jpg"><source src="https://hb.example.com/handbook/adrs/0002-b/talk.webm" type="video/webm"></video>
      <a href="https://example.org/?a=1&amp;b=2">external</a>
      <!-- <a href="comment/"> -->
      <script>const a = '<a href="script/">';</script><style>a[href="style/"]{}</style>"
    `);
  });

  test('portable HTML has no script and links to the page instead of its two-theme diagrams', () => {
    const figure =
      '<figure class="diagram" data-diagram="svg"><div class="diagram__theme diagram__theme--light"><svg role="img" aria-label="Diagram: Outbox flow"><use href="#m"/></svg></div><div class="diagram__theme diagram__theme--dark"><svg role="img" aria-label="Diagram: Outbox flow"></svg></div></figure>';
    const fallback =
      '<figure class="diagram" data-diagram="client"><pre class="mermaid-fallback" role="img" aria-label="Diagram">graph TD</pre><script type="module" src="/handbook/_atrium/mermaid/render.js"></script></figure>';
    const html = portableHtml(`<h2>Flow</h2>${figure}<p>Then</p>${fallback}<script>alert(1)</script>`, { pageUrl: page, base: BASE });
    expect(html).toMatchInlineSnapshot(
      `"<h2>Flow</h2><p><a href="https://hb.example.com/handbook/adrs/0002-b/">Diagram: Outbox flow</a> (a diagram: see it on the handbook page)</p><p>Then</p><p><a href="https://hb.example.com/handbook/adrs/0002-b/">Diagram</a> (a diagram: see it on the handbook page)</p>"`,
    );
  });
});

function context(h: HandbookIndexes, overrides: Partial<FeedContext> = {}): FeedContext {
  return {
    url: (route) => absoluteUrl(SITE, BASE, route),
    base: BASE,
    bodyHtml: (_collection, entry) => (entry.body ? `<p>${entry.body} <a href="../other/">relative</a></p>` : ''),
    adrStatusDate: (entry) => adrStatusDate(entry, h.supersededBy(entry.id), undefined).date,
    committedOn: () => '2026-11-02',
    digestHtml: (digest) => `<p>Digest ${digest.week.id} <a href="/teams/alpha/">Alpha</a></p>`,
    now: new Date('2026-11-24T12:00:00Z'),
    today: '2026-11-24',
    timeZone: 'UTC',
    ...overrides,
  };
}

function demo() {
  const h = handbookOf({
    adrs: [
      adr('0001-old', { date: '2025-01-10', status: 'superseded', tags: ['databases'] }),
      adr('0002-new', { date: '2026-11-18', supersedes: ['0001-old'], consulted: ['beta'] }, 'Body of 0002'),
    ],
    talks: [talk('given', { date: '2026-11-18T17:00:00Z' }), talk('soon', { date: '2026-12-04T16:00:00Z', team: 'beta', speakers: ['beta-lead'] })],
    updates: [update('2026-11-20-alpha', { shipped: ['Pooler'] }, 'Notes')],
  });
  const digests = buildDigests(h, { today: '2026-11-24', now: new Date('2026-11-24T12:00:00Z'), timeZone: 'UTC', adrStatusDate: context(h).adrStatusDate });
  return { h, digests, items: feedItems(h, digests, context(h)) };
}

describe('feed items', () => {
  test('one per ADR status, talk, update and published digest, newest first', () => {
    const { items, digests } = demo();
    // ADR 0001 is news in the week it was superseded, not in the week it was first decided.
    expect(digests.map((d) => [d.week.id, d.published])).toEqual([['2026-w47', true]]);
    expect(items.map((i) => [i.kind, i.title, i.pubDate.toISOString().slice(0, 10)])).toMatchInlineSnapshot(`
      [
        [
          "digest",
          "Engineering digest: Week 47, 16–22 Nov 2026",
          "2026-11-20",
        ],
        [
          "update",
          "Alpha: weekly update, 20 Nov 2026",
          "2026-11-20",
        ],
        [
          "talk",
          "Talk: Talk given",
          "2026-11-18",
        ],
        [
          "adr",
          "ADR 0001 superseded: Decision 0001-old",
          "2026-11-18",
        ],
        [
          "adr",
          "ADR 0002 accepted: Decision 0002-new",
          "2026-11-18",
        ],
        [
          "talk",
          "Upcoming talk: Talk soon (4 Dec 2026)",
          "2026-11-02",
        ],
      ]
    `);
  });

  test('guids are stable, and a new ADR status or a talk that has been given is a new one', () => {
    const { h, digests, items } = demo();
    const guids = items.map((i) => i.guid);
    expect(new Set(guids).size).toBe(guids.length);
    expect(guids).toContain('https://hb.example.com/handbook/adrs/0002-new/#accepted');
    expect(guids).toContain('https://hb.example.com/handbook/talks/soon/#announced');
    // Rebuilding gives the same guids …
    expect(feedItems(h, digests, context(h)).map((i) => i.guid)).toEqual(guids);
    // … and the same handbook a month later has the talk as given, and the ADR deprecated.
    const later = handbookOf({
      ...h,
      adrs: [h.adr.get('0001-old')!, { ...h.adr.get('0002-new')!, data: { ...h.adr.get('0002-new')!.data, status: 'deprecated' } }],
      talks: h.talks,
      updates: h.updates,
    });
    const laterGuids = feedItems(later, [], context(later, { now: new Date('2026-12-24T00:00:00Z'), today: '2026-12-24' })).map((i) => i.guid);
    expect(laterGuids).toContain('https://hb.example.com/handbook/adrs/0002-new/#deprecated');
    expect(laterGuids).not.toContain('https://hb.example.com/handbook/adrs/0002-new/#accepted');
    expect(laterGuids).toContain('https://hb.example.com/handbook/talks/soon/#given');
  });

  test('categories name the type, the teams and the tags; teams select the per-team feeds', () => {
    const { items } = demo();
    const old = items.find((i) => i.guid.endsWith('0001-old/#superseded'))!;
    expect(old.categories).toEqual(['ADR', 'Alpha', 'databases']);
    const newer = items.find((i) => i.guid.endsWith('0002-new/#accepted'))!;
    expect(newer.teams).toEqual(['alpha', 'beta']); // owner, and consulted
    const catalog = feedCatalog('Acme', [
      { id: 'alpha', name: 'Alpha' },
      { id: 'beta', name: 'Beta' },
    ]);
    const count = (feedId: string) => items.filter(allFeeds(catalog).find((f) => f.id === feedId)!.select).length;
    expect([count('all'), count('adrs'), count('talks'), count('updates'), count('digest'), count('team:alpha'), count('team:beta')]).toEqual([
      6, 2, 2, 1, 1, 4, 2,
    ]);
  });

  test('a feed carries its newest items up to the limit, and only their bodies are ever read', () => {
    const h = handbookOf({
      updates: Array.from({ length: 12 }, (_, i) =>
        update(`2026-11-${String(i + 1).padStart(2, '0')}-alpha`, { date: `2026-11-${String(i + 1).padStart(2, '0')}` }, 'Body'),
      ),
    });
    const read: string[] = [];
    const items = feedItems(h, [], context(h, { bodyHtml: (_c, entry) => (read.push(entry.id), '<p>Body</p>') }));
    const catalog = feedCatalog('Acme', [{ id: 'alpha', name: 'Alpha' }]);
    const updates = catalog.collections.find((f) => f.id === 'updates')!;
    const selected = selectFeedItems(items, updates, 3);
    expect(selected.map((i) => i.title)).toEqual([
      'Alpha: weekly update, 12 Nov 2026',
      'Alpha: weekly update, 11 Nov 2026',
      'Alpha: weekly update, 10 Nov 2026',
    ]);
    expect(read).toEqual([]);
    expect(selected.map((i) => i.content.includes('<p>Body</p>'))).toEqual([true, true, true]);
    expect(selected[0]!.content).toBe(selected[0]!.content);
    expect(read).toEqual(['2026-11-12-alpha', '2026-11-11-alpha', '2026-11-10-alpha']);
    expect(selectFeedItems(items, updates).length).toBe(12);
  });

  test('content is the facts and the body, with every URL absolute', () => {
    const { items } = demo();
    const newer = items.find((i) => i.guid.endsWith('0002-new/#accepted'))!;
    expect(newer.content).toContain('<strong>Accepted</strong> since 18 Nov 2026');
    expect(newer.content).toContain('Supersedes <a href="https://hb.example.com/handbook/adrs/0001-old/">ADR 0001</a>');
    expect(newer.content).toContain('Body of 0002 <a href="https://hb.example.com/handbook/adrs/other/">relative</a>');
    for (const item of items) {
      expect(item.link.startsWith('https://hb.example.com/handbook/'), item.link).toBe(true);
      const relative = extractLinks(item.content).filter((l) => !/^(https?|mailto):/.test(l.href));
      expect(relative, item.guid).toEqual([]);
    }
  });
});

describe('RSS', () => {
  test('is well-formed RSS 2.0 that a feed parser reads back item by item', async () => {
    const { items } = demo();
    const xml = await renderRss(
      { title: 'Acme & co: everything', description: 'All of it', pageUrl: `${SITE}${BASE}`, selfUrl: `${SITE}${BASE}rss.xml` },
      items,
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' }).parse(xml);
    expect(doc.rss['@_version']).toBe('2.0');
    const channel = doc.rss.channel;
    expect(channel['atom:link']).toMatchObject({ '@_href': 'https://hb.example.com/handbook/rss.xml', '@_rel': 'self' });
    expect(channel.lastBuildDate).toBe('Fri, 20 Nov 2026 00:00:00 GMT');
    expect(channel.item[0].guid).toEqual({ '#text': items[0]!.guid, '@_isPermaLink': 'false' });

    const feed = parseFeed(xml);
    expect(feed.meta).toMatchObject({ type: 'rss', version: '2.0' });
    expect(feed.title).toBe('Acme & co: everything');
    expect(feed.self).toBe('https://hb.example.com/handbook/rss.xml');
    expect(feed.items.map((i) => [i.id, i.url, i.published?.toISOString()])).toEqual(items.map((i) => [i.guid, i.link, i.pubDate.toISOString()]));
    expect(feed.items[3]!.categories.map((c) => c.term)).toEqual(['ADR', 'Alpha', 'databases']);
    expect(feed.items[4]!.content).toContain('Body of 0002');
  });

  test('an ampersand in a title is escaped once, so readers that take titles as text and as HTML both show it as written', async () => {
    const item = { ...demo().items[0]!, title: 'Data & Analytics: <b>weekly</b> update', description: 'R&D shipped' };
    const xml = await renderRss({ title: 'Acme', description: 'All', pageUrl: `${SITE}${BASE}`, selfUrl: `${SITE}${BASE}rss.xml` }, [item]);
    expect(xml).toContain('<title>Data &amp; Analytics: &amp;lt;b&amp;gt;weekly&amp;lt;/b&amp;gt; update</title>');
    expect(xml).toContain('<description>R&amp;D shipped</description>');
    const [parsed] = parseFeed(xml).items;
    expect([parsed!.title, parsed!.description]).toEqual(['Data & Analytics: <b>weekly</b> update', 'R&D shipped']);
  });
});

describe('autodiscovery', () => {
  const catalog = feedCatalog('Acme', [
    { id: 'alpha', name: 'Alpha' },
    { id: 'alpha-two', name: 'Alpha Two' },
  ]);
  test.each([
    ['', ['all']],
    ['teams/', ['all']],
    ['teams/alpha/', ['all', 'team:alpha']],
    ['teams/alpha-two/', ['all', 'team:alpha-two']],
    ['adrs/0001-x/', ['all', 'adrs']],
    ['adrs/status/proposed/', ['all', 'adrs']],
    ['digest/2026-w47/', ['all', 'digest']],
    ['updates/', ['all', 'updates']],
    ['talks/x/', ['all', 'talks']],
    ['people/ana/', ['all']],
  ])('"%s" offers %j', (route, expected) => {
    expect(feedsForRoute(route, catalog).map((f) => f.id)).toEqual(expected);
  });
});
