import { describe, expect, test } from 'vitest';
import { facetCounts } from '../../src/lib/search/facets.ts';
import { filterValues, indexedPart, spaceBetweenTags } from '../../src/lib/search/indexed-html.ts';
import { adrAliases } from '../../src/lib/search/page-facts.ts';
import { datesNewestFirst, UNDATED } from '../../src/lib/search/ranking.ts';

describe('newest first', () => {
  const counts = { '2026-11-20': 2, '2025-01-03': 4, '2026-10-02': 3, [UNDATED]: 5, '2024-06-01': 0 };

  test('walks the dates newest first until the page is full', () => {
    expect(datesNewestFirst(counts, 4)).toEqual(['2026-11-20', '2026-10-02']);
    expect(datesNewestFirst(counts, 5)).toEqual(['2026-11-20', '2026-10-02']);
    expect(datesNewestFirst(counts, 6)).toEqual(['2026-11-20', '2026-10-02', '2025-01-03']);
  });

  test('undated results come after every dated one, and none is dropped', () => {
    const dates = datesNewestFirst(counts, 30);
    expect(dates).toEqual(['2026-11-20', '2026-10-02', '2025-01-03', UNDATED]);
    expect(dates.reduce((sum, date) => sum + counts[date as keyof typeof counts], 0)).toBe(14);
  });

  test('a date no result falls on is skipped, and no results need no search', () => {
    expect(datesNewestFirst({ '2024-06-01': 0 }, 30)).toEqual([]);
    expect(datesNewestFirst({}, 30)).toEqual([]);
    expect(datesNewestFirst({ [UNDATED]: 3 }, 30)).toEqual([UNDATED]);
  });
});

describe('facet counts', () => {
  test('a facet in use is counted without its own choices; the others as the search reports them', () => {
    const current = { type: { adr: 1, talk: 0 }, team: { beta: 1, alpha: 0 }, status: { proposed: 1 } };
    const counts = facetCounts(current, { type: { adr: 1, talk: 1, update: 5 } });
    expect(counts).toEqual({ type: { adr: 1, talk: 1, update: 5 }, team: { beta: 1, alpha: 0 }, status: { proposed: 1 }, tag: {} });
  });
});

describe('the copy of a page the index reads', () => {
  test('gets a space where one element ends and the next begins', () => {
    expect(spaceBetweenTags('<dd>superseded</dd><dt>Use gRPC</dt>')).toBe('<dd>superseded</dd> <dt>Use gRPC</dt>');
    expect(spaceBetweenTags('<li><a href="/x">outbox</a><span>Elena Petrova</span></li>')).toBe('<li><a href="/x">outbox</a> <span>Elena Petrova</span></li>');
  });

  test('keeps a block that ends in a link ending there, words inside one element whole, and code exact', () => {
    expect(spaceBetweenTags('<p>by <a>Team Beta</a></p><p>Next</p>')).toBe('<p>by <a>Team Beta</a></p> <p>Next</p>');
    expect(spaceBetweenTags('<p>n<i>o</i>t</p>')).toBe('<p>n<i>o</i>t</p>');
    const code = '<pre><code><span class="k">foo</span><span>.bar()</span></code></pre>';
    expect(spaceBetweenTags(`<p>a</p><p>b</p>${code}<p>c</p><p>d</p>`)).toBe(`<p>a</p> <p>b</p>${code}<p>c</p> <p>d</p>`);
  });

  test("is the main content in the page's language, without header, navigation, footer or inline SVG", () => {
    const page =
      '<!doctype html><html lang="de"><head><title>X</title></head><body><header><nav><a>Teams</a></nav></header>' +
      '<main data-pagefind-body><h1>Team Beta</h1><svg><text>A</text></svg><p>by <a>Elena</a><span>Lead</span></p></main><footer>Built</footer></body></html>';
    expect(indexedPart(page)).toBe(
      '<html lang="de"><body><main data-pagefind-body><h1>Team Beta</h1> <p>by <a>Elena</a> <span>Lead</span></p></main></body></html>',
    );
  });

  test('reads the values of a filter, entities decoded', () => {
    const html = '<span data-pagefind-filter="type:adr"></span><span data-pagefind-filter="tag:kafka"></span><span data-pagefind-filter="tag:r&amp;d"></span>';
    expect(filterValues(html, 'tag')).toEqual(['kafka', 'r&d']);
    expect(filterValues(html, 'status')).toEqual([]);
  });
});

test('an ADR answers to the numbers readers type', () => {
  expect(adrAliases('0013-introduce-a-transactional-outbox')).toEqual(['ADR 13', 'ADR-13', 'ADR 0013', 'ADR-0013', '0013']);
  expect(adrAliases('1234-decision-1234')).toEqual(['ADR 1234', 'ADR-1234', '1234']);
});
