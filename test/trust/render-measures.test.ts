/**
 * The connections and health pages of the hostile handbook: a team named with markup
 * shows as text in the matrix, the phone list, the isolated flag and the map, and the
 * JSON carries the name as a plain string.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, inject, test } from 'vitest';
import { MARKUP_TEAM } from './render-fixture.ts';
import { elements } from './render-inspect.ts';

const built = (file: string) => readFile(path.join(inject('trustDist'), file), 'utf8');
/** The text a reader sees: elements' text with entities decoded, so escaped markup reads as the name as written. */
const text = (html: string): string => textOf(fromHtml(html, { fragment: true }));
const textOf = (node: Root | RootContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');
/** Elements the name could have become: images, and any element with an event handler (the site writes none). */
const injected = (html: string) =>
  elements(html).flatMap((element) => [
    ...(element.tagName === 'img' ? ['<img>'] : []),
    ...Object.keys(element.properties)
      .filter((key) => /^on/i.test(key))
      .map((key) => `${element.tagName} ${key}`),
  ]);

describe('a team name with markup', () => {
  test('is text in the connections matrix, the per-team list and the map, never an element', async () => {
    const html = await built('connections/index.html');
    expect(injected(html)).toEqual([]);
    const matrix = html.slice(html.indexOf('<table class="connection-matrix"'), html.indexOf('</table>', html.indexOf('connection-matrix')));
    expect(text(matrix)).toContain(MARKUP_TEAM);
    // The numbers stay numbers beside the name: one pair, the same both ways and as each row's total.
    const cell = (pair: string) => new RegExp(`data-pair="${pair.replace('|', '\\|')}"[^>]*>(\\d+)<`).exec(matrix)?.[1];
    const totals = [...matrix.matchAll(/class="matrix-total">(\d+)</g)].map((match) => match[1]);
    expect(Number(cell('checkout|platform'))).toBeGreaterThan(0);
    expect([cell('platform|checkout'), ...totals]).toEqual([cell('checkout|platform'), cell('checkout|platform'), cell('checkout|platform')]);
    // In an attribute the name is the attribute's text, as a parser reads it.
    expect(
      elements(matrix)
        .filter((element) => element.tagName === 'a' && element.properties.title)
        .map((a) => a.properties.title),
    ).toContain(`Sort by links with ${MARKUP_TEAM}`);
    const list = html.slice(html.indexOf('<ul class="team-ties"'));
    expect(text(list)).toContain(`${MARKUP_TEAM}: `);
  });

  test('is a plain string in connections.json', async () => {
    const json = JSON.parse(await built('data/connections.json')) as { teams: { id: string; name: string }[] };
    expect(json.teams.find((team) => team.id === 'checkout')?.name).toBe(MARKUP_TEAM);
  });

  test('the health page carries no markup from it either', async () => {
    const html = await built('health/index.html');
    expect(injected(html)).toEqual([]);
    expect(text(html)).toContain(MARKUP_TEAM);
  });
});
