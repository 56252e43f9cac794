/**
 * A team name written with markup and both kinds of quote is text wherever "My team"
 * shows it: in the home page's chooser, in the team's section as built, and in the
 * page once a reader has chosen the team in Chromium (nothing runs, nothing is added).
 */
import { describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';
import { MARKUP_TEAM } from './render-fixture.ts';
import { dangers, elements } from './render-inspect.ts';

/** An element's text, as a browser's textContent. */
const toString = (node: Element): string =>
  node.children.map((child) => ('value' in child ? child.value : child.type === 'element' ? toString(child) : '')).join('');
const read = (file: string) => readFile(path.join(inject('trustDist'), file), 'utf8');
const env = useBrowserAndSite(() => inject('trustDist'));

describe('a team name with markup and quotes', () => {
  test('is the text of its option in the chooser, and of the heading of its section as built', async () => {
    const options = elements(await read('index.html')).filter((e) => e.tagName === 'option');
    expect(options.map((o) => [o.properties.value, toString(o)])).toEqual([
      ['', 'None: the general page'],
      ['checkout', MARKUP_TEAM],
      ['platform', 'Platform'],
    ]);
    const section = await read('for-you/checkout/index.html');
    const headings = elements(section).filter((e) => e.tagName === 'h2');
    expect(headings.map(toString)).toEqual([`For ${MARKUP_TEAM}`]);
    expect(dangers(section)).toEqual([]);
    expect(elements(section).filter((e) => ['b', 'img'].includes(e.tagName))).toEqual([]);
  });

  test('is text in the page once chosen: no element added, nothing run', async () => {
    const page = await env.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(env.site.url);
    await page.getByLabel('Your team').selectOption('checkout');
    await page.locator('[data-for-team="checkout"]').waitFor();
    expect(await page.locator('#for-team-title').textContent()).toBe(`For ${MARKUP_TEAM}`);
    expect(await page.locator('[data-team-status]').textContent()).toBe(`Showing what involves ${MARKUP_TEAM} first.`);
    expect(await page.locator('main img, main b, [data-team-chooser] b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
