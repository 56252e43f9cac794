import { expect, test } from 'vitest';
import { generateHandbook } from '../../scripts/lib/bench/generate.ts';
import { laterQueries } from '../../scripts/lib/bench/search-queries.ts';
import { median } from '../../scripts/lib/bench/search-transfer.ts';

test.each([100, 1000, 5000])('the bench types 20 different later queries, each naming something a %i-entry handbook has', (size) => {
  const queries = laterQueries(size);
  expect(queries).toHaveLength(20);
  expect(new Set(queries).size).toBe(20);
  const text = generateHandbook(size)
    .map((file) => file.text)
    .join('\n');
  for (const query of queries) {
    if (query === 'rolout') continue; // the typo
    const named = query.replace(/^adr-/, 'ADR ').replace(/^(\d{4})$/, 'ADR $1');
    const [kind, value] = named.split(' ') as [string, string | undefined];
    const found =
      kind === 'ADR'
        ? text.includes(`title: Decision ${Number(value)} `)
        : value === undefined
          ? text.includes(` ${kind}`)
          : text.includes(`name: ${kind} ${value}\n`) || text.includes(`title: ${kind} ${value} `);
    expect(found, `"${query}" names nothing in the generated handbook`).toBe(true);
  }
});

test('median of an even and an odd number of values', () => {
  expect(median([9, 1, 5, 3])).toBe(4);
  expect(median([9, 1, 5])).toBe(5);
  expect(median([])).toBe(0);
});
