/**
 * The signals file of a quarter, merged: a script replaces only the counts it makes
 * (commits and co-authored ones, or reviews), so `signals:git` and `signals:reviews`
 * can run in either order and each keeps the other's numbers.
 */
import { parse } from 'yaml';
import type { SignalPair } from '../../../src/schemas/signals.ts';

type Field = 'reviews' | 'commits' | 'coAuthored';

export function mergeSignals(existing: string | undefined, quarter: string, source: string, counted: readonly SignalPair[], fields: readonly Field[]): string {
  const before = (existing ? (parse(existing) as { pairs?: SignalPair[]; source?: string }) : {}) ?? {};
  const pairs = new Map<string, SignalPair>();
  for (const pair of before.pairs ?? []) {
    const kept = { from: pair.from, to: pair.to, reviews: pair.reviews ?? 0, commits: pair.commits ?? 0, coAuthored: pair.coAuthored ?? 0 };
    for (const field of fields) kept[field] = 0;
    pairs.set(`${pair.from}|${pair.to}`, kept);
  }
  for (const pair of counted) {
    const merged = pairs.get(`${pair.from}|${pair.to}`) ?? { from: pair.from, to: pair.to, reviews: 0, commits: 0, coAuthored: 0 };
    for (const field of fields) merged[field] = pair[field];
    pairs.set(`${pair.from}|${pair.to}`, merged);
  }
  const lines = [...pairs.values()]
    .filter((pair) => pair.reviews + pair.commits + pair.coAuthored > 0)
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
    .map((pair) => `  - { from: ${pair.from}, to: ${pair.to}, reviews: ${pair.reviews}, commits: ${pair.commits}, coAuthored: ${pair.coAuthored} }`);
  const sources = [
    ...new Set([
      ...(before.source ?? '').split('; ').filter((part) => part && part !== 'not counted yet' && !part.startsWith(`${source.split(':')[0]!}:`)),
      source,
    ]),
  ];
  return [
    '# Written by npm run signals:git and npm run signals:reviews; do not edit by hand.',
    `quarter: ${quarter}`,
    `source: ${JSON.stringify(sources.join('; '))}`,
    lines.length ? 'pairs:' : 'pairs: []',
    ...lines,
    '',
  ].join('\n');
}
