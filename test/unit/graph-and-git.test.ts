import { describe, expect, test } from 'vitest';
import { findCycles } from '../../src/lib/graph/cycles.ts';
import { parseGitLog } from '../../src/lib/git/last-updated.ts';
import { successionPaths, supersedesChain } from '../../src/lib/adr-chain.ts';
import { headings } from '../../src/lib/content/markdown.ts';

describe('findCycles', () => {
  const graph = (edges: Record<string, string[]>) => findCycles(Object.keys(edges), (node) => edges[node] ?? []);

  test('no cycle in a chain or a diamond', () => {
    expect(graph({ a: ['b'], b: ['c'], c: [] })).toEqual([]);
    expect(graph({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] })).toEqual([]);
  });

  test('a cycle is returned once, closed', () => {
    expect(graph({ a: ['b'], b: ['c'], c: ['a'] })).toEqual([['a', 'b', 'c', 'a']]);
  });

  test('a self-loop is a cycle', () => {
    expect(graph({ a: ['a'] })).toEqual([['a', 'a']]);
  });

  test('a chain of 100,000 nodes does not overflow the stack', () => {
    const size = 100_000;
    const nodes = Array.from({ length: size }, (_, i) => i);
    expect(findCycles(nodes, (i) => (i + 1 < size ? [i + 1] : [0]))).toHaveLength(1);
  });
});

describe('parseGitLog', () => {
  test('keeps the newest date of each file', () => {
    const log = '\u00002026-11-20T10:00:00+00:00\n\ncontent/teams/a.md\n\u00002026-11-01T09:00:00+00:00\n\ncontent/teams/a.md\ncontent/teams/b.md\n';
    expect(Object.fromEntries(parseGitLog(log))).toEqual({
      'content/teams/a.md': '2026-11-20T10:00:00+00:00',
      'content/teams/b.md': '2026-11-01T09:00:00+00:00',
    });
  });
});

describe('supersedesChain', () => {
  const supersedes: Record<string, string[]> = { c: ['b'], b: ['a'] };
  const by: Record<string, string[]> = { a: ['b'], b: ['c'] };
  test('walks both ways, oldest first', () => {
    expect(
      supersedesChain(
        'b',
        (id) => supersedes[id] ?? [],
        (id) => by[id] ?? [],
      ),
    ).toEqual(['a', 'b', 'c']);
    expect(
      supersedesChain(
        'a',
        (id) => supersedes[id] ?? [],
        (id) => by[id] ?? [],
      ),
    ).toEqual(['a', 'b', 'c']);
  });
});

describe('successionPaths', () => {
  test('a superseded decision leads through each replacement to the end of its chain', () => {
    const by: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['d'] };
    const next = (id: string) => by[id] ?? [];
    expect(successionPaths('a', next)).toEqual([['b', 'c', 'd']]);
    expect(successionPaths('c', next)).toEqual([['d']]);
    expect(successionPaths('d', next)).toEqual([]);
  });

  test('a decision replaced twice gets one path per replacement, and a loop stops', () => {
    const by: Record<string, string[]> = { a: ['b', 'x'], b: ['c'], c: ['b'], x: ['a'] };
    expect(successionPaths('a', (id) => by[id] ?? [])).toEqual([['b', 'c'], ['x']]);
  });
});

describe('headings', () => {
  test('ignores headings in fenced code', () => {
    expect(headings('## Context\n```\n## Fake\n```\n~~~\n# Also fake\n~~~\n## Decision').map((h) => h.text)).toEqual(['Context', 'Decision']);
  });
});
