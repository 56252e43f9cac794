/**
 * The connections and health pages of the hostile handbook: a team named with markup
 * shows as text in the matrix, the phone list, the isolated flag and the map, and the
 * JSON carries the name as a plain string.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { MARKUP_TEAM } from './render-fixture.ts';
import { dangers, elements } from './render-inspect.ts';

const built = (file: string) => readFile(path.join(inject('trustDist'), file), 'utf8');
const text = (html: string) => html.replace(/<[^>]*>/g, '');

describe('a team name with markup', () => {
  test('is text in the connections matrix, the per-team list and the map, never an element', async () => {
    const html = await built('connections/index.html');
    expect(dangers(html)).toEqual([]);
    expect(elements(html).filter((element) => element.tagName === 'img')).toEqual([]);
    const matrix = html.slice(html.indexOf('<table class="connection-matrix"'), html.indexOf('</table>', html.indexOf('connection-matrix')));
    expect(text(matrix)).toContain('Checkout &lt;img src=x onerror=alert(5)&gt;');
    // The matrix: checkout and platform share the fixture's signals (1 link in 2026-Q4).
    expect(matrix).toMatch(/data-pair="checkout\|platform"[^>]*>1</);
    const list = html.slice(html.indexOf('<ul class="team-ties"'));
    expect(text(list)).toContain('Checkout &lt;img src=x onerror=alert(5)&gt;: ');
  });

  test('is a plain string in connections.json', async () => {
    const json = JSON.parse(await built('data/connections.json')) as { teams: { id: string; name: string }[] };
    expect(json.teams.find((team) => team.id === 'checkout')?.name).toBe(MARKUP_TEAM);
  });

  test('the health page carries no markup from it either', async () => {
    const html = await built('health/index.html');
    expect(dangers(html)).toEqual([]);
    expect(text(html)).toContain('Checkout &lt;img src=x onerror=alert(5)&gt;');
  });
});
