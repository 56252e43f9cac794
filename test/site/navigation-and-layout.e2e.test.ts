/**
 * What a new reader meets in the built demo, in a real Chromium: every page without a slot
 * in the main row is one click away behind "More" at 1280 px (with scripts off, as a
 * <details>) and in the phone Menu, and the header stays one row; diagram boxes get their
 * palette shade (not black); tables that scroll keep words whole on a phone; a long team
 * page lists its sections at the top, each link landing on its heading below the sticky header.
 */
import { describe, expect, inject, test } from 'vitest';
import { MORE_NAV } from '../../src/lib/site.ts';
import { DIAGRAM_SHADES } from '../../src/lib/palette.ts';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';

const opened = useBrowserAndSite(() => inject('demoDist'));
const MORE = MORE_NAV.flatMap((group) => group.links);

async function open(route: string, width: number, options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}) {
  const context = await opened.browser.newContext({ viewport: { width, height: 844 }, ...options });
  const page = await context.newPage();
  await page.goto(opened.site.url + route);
  return { page, close: () => context.close() };
}

describe('More', () => {
  test('at 1280 px without scripts: one row of header, and More opens on the nine pages, each on screen, the current one marked', async () => {
    const { page, close } = await open('health/', 1280, { javaScriptEnabled: false });
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(64);
    const more = page.getByRole('navigation', { name: 'More sections' });
    expect(await more.getByRole('link').first().isVisible()).toBe(false);
    await more.locator('summary').click();
    const links = more.getByRole('link');
    expect(await links.allTextContents()).toEqual(MORE.map((link) => link.label));
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect(box.x >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 844).toBe(true);
    }
    expect(await more.locator('[aria-current="page"]').allTextContents()).toEqual(['Health']);
    await more.getByRole('link', { name: 'Asks for help' }).click();
    await page.waitForURL(`${opened.site.url}asks/`);
    await close();
  });

  test('at 390 px: the Menu lists the same pages after the sections, in two columns on screen', async () => {
    const { page, close } = await open('', 390);
    expect(await page.getByRole('navigation', { name: 'More sections' }).isVisible()).toBe(false);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.locator('summary').click();
    const extra = nav.getByRole('list', { name: 'More' }).getByRole('link');
    expect(await extra.allTextContents()).toEqual(MORE.map((link) => link.label));
    const boxes = await Promise.all((await extra.all()).map(async (link) => (await link.boundingBox())!));
    expect(new Set(boxes.map((box) => Math.round(box.x))).size).toBe(2);
    expect(boxes.every((box) => box.x >= 0 && box.x + box.width <= 390 && box.y + box.height <= 844)).toBe(true);
    await close();
  });
});

test('diagram team boxes are filled with the palette’s shade in light and dark', async () => {
  for (const scheme of ['light', 'dark'] as const) {
    const { page, close } = await open('teams/backend-platform/', 1280, { colorScheme: scheme });
    const shade = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--diagram-cluster').trim());
    expect(shade, scheme).toBe(DIAGRAM_SHADES[scheme].cluster);
    await close();
  }
});

test('at 390 px the connections tables keep every word whole: no cell is narrower than its longest word', async () => {
  const { page, close } = await open('connections/', 390);
  const split = await page.evaluate(() =>
    [...document.querySelectorAll('.table-wrap th, .table-wrap td')]
      .filter((cell) => {
        const range = document.createRange();
        return [...cell.querySelectorAll('*'), cell].some((element) =>
          [...element.childNodes]
            .filter((node) => node.nodeType === Node.TEXT_NODE)
            .some((node) =>
              (node.textContent ?? '').split(/(\s+)/).some((word, index, words) => {
                if (!word.trim() || word.length < 4) return false;
                const start = words.slice(0, index).join('').length;
                range.setStart(node, start);
                range.setEnd(node, start + word.length);
                return range.getClientRects().length > 1;
              }),
            ),
        );
      })
      .map((cell) => cell.textContent!.trim()),
  );
  expect(split).toEqual([]);
  await close();
});

test('a team page lists its sections at the top, in page order, and each link lands on its heading', async () => {
  const { page, close } = await open('teams/backend-platform/', 1280);
  const list = page.getByRole('navigation', { name: 'On this page' });
  const targets = await list.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.slice(1)));
  const sections = await page.evaluate(() =>
    [...document.querySelectorAll('main section[aria-labelledby]:not(.card)')]
      .map((section) => section.getAttribute('aria-labelledby')!)
      .filter((id) => document.getElementById(id)?.tagName === 'H2'),
  );
  expect(targets).toEqual(sections);
  expect(targets.slice(0, 3)).toEqual(['priorities', 'programs', 'thanks-received']);
  await list.getByRole('link', { name: 'Dependencies' }).click();
  // Below the sticky header, not under it.
  const top = await page.evaluate(() => Math.round(document.getElementById('dependencies')!.getBoundingClientRect().top));
  const header = (await page.locator('.site-header').boundingBox())!;
  expect(top).toBeGreaterThanOrEqual(Math.round(header.y + header.height));
  expect(top).toBeLessThan(120);
  await close();
});
