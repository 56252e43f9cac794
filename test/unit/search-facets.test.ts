import { describe, expect, test } from 'vitest';
import { parseSearchParams, toPagefindFilters, toSearchParams } from '../../src/lib/search/facets.ts';

describe('search state in the URL', () => {
  test('reads the query and repeated filters, ignoring unknown parameters and duplicates', () => {
    const state = parseSearchParams(new URLSearchParams('q=+timescale+&type=talk&type=adr&type=adr&status=accepted&utm_source=chat'));
    expect(state).toEqual({ query: 'timescale', filters: { type: ['adr', 'talk'], team: [], status: ['accepted'], tag: [] } });
  });

  test('writes a stable URL that reads back to the same state', () => {
    const state = { query: 'outbox pattern', filters: { type: ['talk', 'adr'], team: ['backend-platform'], status: [], tag: [] } };
    const params = toSearchParams(state);
    expect(params.toString()).toBe('q=outbox+pattern&type=adr&type=talk&team=backend-platform');
    expect(parseSearchParams(params)).toEqual({ ...state, filters: { ...state.filters, type: ['adr', 'talk'] } });
  });

  test('becomes Pagefind filters: any value within a facet, all facets together', () => {
    expect(toPagefindFilters({ type: ['adr'], team: ['a', 'b'], status: [], tag: [] })).toEqual({ type: { any: ['adr'] }, team: { any: ['a', 'b'] } });
  });
});
