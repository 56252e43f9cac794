/**
 * Decisions and dependency histories written to hurt: markup in an option's summary
 * reaches the page as text, and a history or option list far beyond real use is
 * refused by the check with its length and the limit.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { replaceOnce } from '../helpers/fixtures.ts';
import { handbook, report } from './helpers.ts';
import { MARKUP_OPTION } from './render-fixture.ts';
import { dangers } from './render-inspect.ts';

describe('an option whose summary is markup', () => {
  test('is shown as its text beside the other options, with nothing that could run', async () => {
    const html = await readFile(path.join(inject('trustDist'), 'adrs/0003-cache-carts/index.html'), 'utf8');
    const section = /<section class="decision-options"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(dangers(section)).toEqual([]);
    const summaries = [...section.matchAll(/<li[^>]*data-option="([^"]+)"[\s\S]*?<p>([\s\S]*?)<\/p>\s*<\/li>/g)].map((m) => [m[1], m[2]]);
    expect(summaries).toEqual([
      ['redis', MARKUP_OPTION.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')],
      ['in-process', 'In-process cache'],
    ]);
    expect(section).toContain('Decision needed by <strong>1 Dec 2026</strong>');
  });
});

describe('lists beyond real use', () => {
  test('1,000 history entries and 11 options are refused with the length and the limit', async () => {
    const history = Array.from({ length: 1_000 }, (_, i) => `  - { date: 2026-${String((i % 12) + 1).padStart(2, '0')}-01, status: at-risk }`).join('\n');
    const options = Array.from({ length: 11 }, (_, i) => `  - { id: option-${i}, summary: Option ${i} }`).join('\n');
    const root = await handbook({
      'content/dependencies/checkout-needs-pooler.yaml': (text) => `${text}history:\n${history}\n`,
      'content/adrs/0003-cache-carts.md': replaceOnce('feedbackBy: 2026-12-01\n', `feedbackBy: 2026-12-01\noptions:\n${options}\n`),
    });
    expect(await report(root)).toMatchInlineSnapshot(`
      [
        "schema/invalid-value: content/adrs/0003-cache-carts.md:7  options  is a list of 11 items, more than the 10 items allowed — keep it to at most 10 items",
        "schema/invalid-value: content/dependencies/checkout-needs-pooler.yaml:10  history  is a list of 1,000 items, more than the 500 items allowed — keep it to at most 500 items",
      ]
    `);
  });
});
