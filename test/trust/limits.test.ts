/**
 * Issue 12, case 9 (schemas): a 10,000-character title once made a page 170,000 px
 * wide, and a 5 MB update made three 5 MB feeds. Fields, lists and update bodies have
 * limits far above real use, reported with the length and the limit.
 */
import { expect, test } from 'vitest';
import { checkHandbook } from '../../src/lib/check.ts';
import { projectRoot, replaceOnce, TODAY } from '../helpers/fixtures.ts';
import { FRONT, handbook, put, report } from './helpers.ts';

test('a 10,000-character title, a long name and too many tags; the demo handbook is far within every limit', async () => {
  const root = await handbook({
    'content/adrs/0003-cache-carts.md': replaceOnce(
      'title: Cache carts in Redis',
      `title: ${'Cache '.repeat(2_000).slice(0, 10_000)}\ntags: [${Array.from({ length: 25 }, (_, i) => `tag-${i}`).join(', ')}]`,
    ),
    'content/people/alan-turing.yaml': replaceOnce('name: Alan Turing', `name: ${'A'.repeat(201)}`),
  });
  expect(await report(root)).toMatchInlineSnapshot(`
    [
      "schema/invalid-value: content/adrs/0003-cache-carts.md:2  title  is 10,000 characters long, more than the 200 characters allowed — shorten it to at most 200 characters; longer text belongs in the body",
      "schema/invalid-value: content/adrs/0003-cache-carts.md:3  tags  is a list of 25 items, more than the 20 items allowed — keep it to at most 20 items",
      "schema/invalid-value: content/people/alan-turing.yaml:1  name  is 201 characters long, more than the 200 characters allowed — shorten it to at most 200 characters; longer text belongs in the body",
    ]
  `);
  const demo = await checkHandbook(projectRoot, { today: TODAY, staleAfterDays: 10_000 });
  expect(demo.errors).toEqual([]);
});

test('a 150 KB update body is too large for the feeds and the digest', async () => {
  const root = await handbook();
  await put(root, 'content/updates/2026-11-27-checkout.md', `${FRONT.update}\n${'All good. '.repeat(15_000)}\n`);
  expect(await report(root)).toMatchInlineSnapshot(`
    [
      "content/too-large: content/updates/2026-11-27-checkout.md:6  body  body is 150 KB, more than the 100 KB an update may have — shorten it, or link to a longer document instead of pasting it in",
    ]
  `);
});
