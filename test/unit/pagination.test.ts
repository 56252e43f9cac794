import { describe, expect, it } from 'vitest';
import { pageNumbers, pageParam, pagePaths, pageTitleSuffix, paginate, paginationBar } from '../../src/lib/pagination.ts';
import { directoryGroups, directoryRows } from '../../src/lib/people.ts';
import { pagedRoute } from '../../src/lib/routes.ts';
import { inGroupOrder, topicGroups } from '../../src/lib/tags/sources.ts';

const numbered = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  it('splits 312 decision records into 7 pages of 50, the last one partial, with each page’s neighbours', () => {
    const pages = paginate(numbered(312), 50, 'adrs/');
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 50, 50, 50, 50, 12]);
    expect(pages.map((p) => [p.number, p.count, p.total])).toEqual(numbered(7).map((n) => [n, 7, 312]));
    expect(pages.map((p) => p.route)).toEqual(['adrs/', ...[2, 3, 4, 5, 6, 7].map((n) => `adrs/page/${n}/`)]);
    expect(pages.map((p) => [p.previous, p.next])).toEqual([
      [undefined, 'adrs/page/2/'],
      ['adrs/', 'adrs/page/3/'],
      ['adrs/page/2/', 'adrs/page/4/'],
      ['adrs/page/3/', 'adrs/page/5/'],
      ['adrs/page/4/', 'adrs/page/6/'],
      ['adrs/page/5/', 'adrs/page/7/'],
      ['adrs/page/6/', undefined],
    ]);
    expect(pages[1]!.items[0]).toBe(51);
    expect(pages.at(-1)!.items).toEqual(numbered(12).map((n) => 300 + n));
    expect(pages.map((p) => `${p.from}–${p.to}`)).toEqual(['1–50', '51–100', '101–150', '151–200', '201–250', '251–300', '301–312']);
  });

  it('keeps every item once, in the order given', () => {
    const items = numbered(2000).reverse();
    expect(paginate(items, 50, 'adrs/').flatMap((p) => p.items)).toEqual(items);
  });

  it('gives an empty listing one empty page at its own URL, with no neighbours', () => {
    const [only, ...rest] = paginate([], 50, 'adrs/tag/x/');
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ items: [], number: 1, count: 1, total: 0, from: 0, to: 0, route: 'adrs/tag/x/', previous: undefined, next: undefined });
  });

  it('keeps a listing of exactly one page (or fewer items) on one page', () => {
    expect(paginate(numbered(50), 50, 'talks/').map((p) => [p.count, p.items.length, p.next])).toEqual([[1, 50, undefined]]);
    expect(paginate(numbered(1), 50, 'talks/').map((p) => [p.count, p.items.length])).toEqual([[1, 1]]);
    expect(paginate(numbered(51), 50, 'talks/').map((p) => p.items.length)).toEqual([50, 1]);
  });

  it('builds the routes of a filter’s later pages under the filter', () => {
    const pages = paginate(numbered(120), 50, 'adrs/status/accepted/');
    expect(pages.map((p) => p.route)).toEqual(['adrs/status/accepted/', 'adrs/status/accepted/page/2/', 'adrs/status/accepted/page/3/']);
    expect(pages[0]!.routeOf(3)).toBe('adrs/status/accepted/page/3/');
  });

  it.each([0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])('refuses the page size %s with a message saying what to set', (size) => {
    expect(() => paginate(numbered(10), size, 'adrs/')).toThrow(
      /^Page size must be a whole number of at least 1, not .*: set it to how many items one page shows/,
    );
  });

  it('makes a page of one item per page at the smallest size', () => {
    expect(paginate(['a', 'b', 'c'], 1, 'x/').map((p) => [p.route, p.items])).toEqual([
      ['x/', ['a']],
      ['x/page/2/', ['b']],
      ['x/page/3/', ['c']],
    ]);
  });
});

describe('pageNumbers', () => {
  it('shows every number of a short listing', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(2, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, 'gap', 5]);
    expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the first, the last and the neighbours of the current page of fourteen, with gaps', () => {
    expect(pageNumbers(1, 14)).toEqual([1, 2, 'gap', 14]);
    expect(pageNumbers(6, 14)).toEqual([1, 'gap', 5, 6, 7, 'gap', 14]);
    expect(pageNumbers(14, 14)).toEqual([1, 'gap', 13, 14]);
  });

  it('never hides a single number behind a gap', () => {
    expect(pageNumbers(4, 14)).toEqual([1, 2, 3, 4, 5, 'gap', 14]);
    expect(pageNumbers(11, 14)).toEqual([1, 'gap', 10, 11, 12, 13, 14]);
  });

  it('stays short at 400 pages (20,000 entries at 50 a page)', () => {
    expect(pageNumbers(200, 400)).toEqual([1, 'gap', 199, 200, 201, 'gap', 400]);
  });
});

describe('page paths', () => {
  it('gives the first page no page segment and later pages page/N, matching their routes', () => {
    expect([1, 2, 14].map(pageParam)).toEqual([undefined, 'page/2', 'page/14']);
    expect([1, 2].map((n) => pagedRoute('people/', n))).toEqual(['people/', 'people/page/2/']);
    const paths = pagePaths(paginate(numbered(75), 50, 'adrs/team/payments/'), { facet: 'team', value: 'payments' });
    expect(paths.map((p) => p.params)).toEqual([
      { facet: 'team', value: 'payments', page: undefined },
      { facet: 'team', value: 'payments', page: 'page/2' },
    ]);
    expect(paths.map((p) => p.props.page.items.length)).toEqual([50, 25]);
  });
});

describe('the people directory at 200 teams', () => {
  // 200 teams of 3 to 37 people: 4,000 people, listed team by team, 100 a page.
  const teams = Array.from({ length: 200 }, (_, i) => `team-${String(i + 1).padStart(3, '0')}`);
  const size = (team: string) => 3 + (Number(team.slice(5)) % 35);
  const membersOf = (team: string) => Array.from({ length: size(team) }, (_, i) => `${team}-p${i + 1}`);
  const rows = directoryRows(teams, membersOf);
  const pages = paginate(rows, 100, 'people/');

  it('lists every person once, in team order, on pages of 100', () => {
    expect(rows.length).toBe(teams.reduce((sum, team) => sum + size(team), 0));
    expect(pages.length).toBe(Math.ceil(rows.length / 100));
    expect(pages.flatMap((p) => p.items.map((row) => row.person))).toEqual(teams.flatMap(membersOf));
    expect(pages.slice(0, -1).every((p) => p.items.length === 100)).toBe(true);
  });

  it('groups a page under its teams and marks a team that runs over from the previous page as continued', () => {
    const second = pages[1]!;
    const groups = directoryGroups(second.items, rows[second.from - 2]?.team);
    expect(groups.reduce((sum, g) => sum + g.people.length, 0)).toBe(100);
    // Page 1 ends in the middle of a team (team-001 has 4 people, team-002 5, …), which page 2 continues.
    const lastOfFirst = pages[0]!.items.at(-1)!.team;
    expect(groups[0]).toMatchObject({ team: lastOfFirst, continued: true });
    expect(groups.slice(1).every((g) => !g.continued)).toBe(true);
    expect(new Set(groups.map((g) => g.team)).size).toBe(groups.length);
  });

  it('does not mark the first team of the first page as continued', () => {
    expect(directoryGroups(pages[0]!.items, undefined)[0]).toMatchObject({ team: 'team-001', continued: false });
  });
});

describe('the pagination bar', () => {
  it('is left out when the listing fits on one page, even an empty one', () => {
    expect(paginationBar(paginate(numbered(50), 50, 'adrs/')[0]!)).toBeUndefined();
    expect(paginationBar(paginate([], 50, 'adrs/')[0]!)).toBeUndefined();
  });

  it('says where page 6 of 14 is and links its neighbours, the ends and the pages around it', () => {
    const page = paginate(numbered(700), 50, 'adrs/status/accepted/')[5]!;
    const bar = paginationBar(page)!;
    expect([bar.where, bar.range, bar.previous, bar.next]).toEqual([
      'Page 6 of 14',
      '251–300 of 700',
      'adrs/status/accepted/page/5/',
      'adrs/status/accepted/page/7/',
    ]);
    expect(bar.links.map((l) => ('gap' in l ? '…' : `${l.number}${l.current ? '*' : ''} ${l.route}`))).toEqual([
      '1 adrs/status/accepted/',
      '…',
      '5 adrs/status/accepted/page/5/',
      '6* adrs/status/accepted/page/6/',
      '7 adrs/status/accepted/page/7/',
      '…',
      '14 adrs/status/accepted/page/14/',
    ]);
  });

  it('has no previous page on the first page and no next page on the last', () => {
    const pages = paginate(numbered(120), 50, 'updates/');
    expect([paginationBar(pages[0]!)!.previous, paginationBar(pages[0]!)!.next]).toEqual([undefined, 'updates/page/2/']);
    expect([paginationBar(pages[2]!)!.previous, paginationBar(pages[2]!)!.next, paginationBar(pages[2]!)!.range]).toEqual([
      'updates/page/2/',
      undefined,
      '101–120 of 120',
    ]);
  });

  it('links only pages that exist, for every page of a 2,000-record log', () => {
    const pages = paginate(numbered(2000), 50, 'adrs/');
    const exists = new Set(pages.map((p) => p.route));
    for (const page of pages) {
      const bar = paginationBar(page)!;
      const routes = [bar.previous, bar.next, ...bar.links.map((l) => ('gap' in l ? undefined : l.route))].filter((r) => r !== undefined);
      expect(routes.every((r) => exists.has(r))).toBe(true);
      expect(bar.links.filter((l) => !('gap' in l) && l.current)).toHaveLength(1);
      expect(bar.links.length).toBeLessThanOrEqual(7);
    }
  });

  it('keeps later pages apart from entries whose id reads like a page (a person or tag called "page" or "2")', () => {
    for (const listing of ['people/', 'tags/page/', 'tags/2/']) {
      const later = paginate(numbered(120), 50, listing)
        .slice(1)
        .map((p) => p.route);
      expect(later.some((r) => ['people/page/', 'people/2/', 'tags/page/', 'tags/2/'].includes(r))).toBe(false);
    }
    expect(paginate(numbered(120), 50, 'tags/page/')[1]!.route).toBe('tags/page/page/2/');
  });
});

describe('a topic of 2,000 entries', () => {
  // Decisions, talks and asks mixed by date, as a topic's summary holds them.
  const groups = ['Decisions', 'Talks', 'Asks for help'];
  const items = Array.from({ length: 2000 }, (_, i) => ({ key: `k${i}`, group: groups[i % 7 === 0 ? 1 : i % 11 === 0 ? 2 : 0]! }));
  const pages = paginate(inGroupOrder(items), 60, 'tags/postgresql/');

  it('runs through all its decisions, then its talks, then its asks, each in the order given', () => {
    const shown = pages.flatMap((p) => p.items);
    expect(shown).toHaveLength(2000);
    const firstTalk = shown.findIndex((item) => item.group === 'Talks');
    const firstAsk = shown.findIndex((item) => item.group === 'Asks for help');
    expect(shown.slice(0, firstTalk).every((item) => item.group === 'Decisions')).toBe(true);
    expect(shown.slice(firstTalk, firstAsk).every((item) => item.group === 'Talks')).toBe(true);
    expect(shown.slice(firstAsk).every((item) => item.group === 'Asks for help')).toBe(true);
    expect(shown.filter((item) => item.group === 'Talks')).toEqual(items.filter((item) => item.group === 'Talks'));
  });

  it('shows on each page only the groups it has entries of, in the topic’s order', () => {
    const headings = pages.map((p) => topicGroups(p.items).map((g) => `${g.group} ${g.items.length}`));
    expect(headings[0]).toEqual(['Decisions 60']);
    const mixed = headings.filter((h) => h.length > 1);
    expect(mixed.length).toBeGreaterThanOrEqual(1);
    for (const h of mixed)
      expect(h.map((line) => groups.findIndex((g) => line.startsWith(g)))).toEqual([...h.map((line) => groups.findIndex((g) => line.startsWith(g)))].sort());
    expect(headings.at(-1)!.at(-1)).toMatch(/^Asks for help \d+$/);
  });
});

describe('page titles', () => {
  it('leave the first page’s title alone and name a later page and the count', () => {
    const pages = paginate(numbered(120), 50, 'adrs/');
    expect(pages.map((p) => `Decisions${pageTitleSuffix(p)}`)).toEqual(['Decisions', 'Decisions, page 2 of 3', 'Decisions, page 3 of 3']);
  });
});
