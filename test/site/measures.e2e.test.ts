/**
 * /connections/ and /health/ of the built demo in a real Chromium, at 390 and 1280 px:
 * the matrix's cells, the phone list, the sort pages and the charts' tables show the
 * numbers the measures compute from the demo content and today's date; axe finds no
 * serious problem; nothing scrolls sideways.
 */
import { DEMO_TODAY } from '../helpers/demo-clock.ts';
import { describe, expect, inject, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load.ts';
import { pairKey } from '../../src/lib/connections/map.ts';
import { publishedHandbook } from '../../src/lib/handbook/published.ts';
import { formatValue } from '../../src/lib/health/format.ts';
import { measuresReport } from '../../src/lib/health/report.ts';
import { seriousViolations, WCAG_AA } from '../helpers/axe.ts';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';
import { projectRoot } from '../helpers/site.ts';

const opened = useBrowserAndSite(() => inject('demoDist'));
const demo = loadHandbook(projectRoot).then(({ handbook }) => measuresReport(publishedHandbook(handbook, false), DEMO_TODAY));

async function open(route: string, width: number) {
  const context = await opened.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(opened.site.url + route);
  const serious = await seriousViolations(page, { tags: WCAG_AA });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  return { page, serious, overflow, close: () => context.close() };
}

describe.each([390, 1280])('at %i px', (width) => {
  test('/connections/ shows every pair’s links, readable on the screen, and axe finds nothing serious', async () => {
    const report = await demo;
    const { page, serious, overflow, close } = await open('connections/', width);
    expect(serious).toEqual([]);
    expect(overflow).toBe(0);
    const matrixShown = await page.locator('.connection-matrix').isVisible();
    const listShown = await page.locator('.team-ties').isVisible();
    expect([matrixShown, listShown]).toEqual(width < 600 ? [false, true] : [true, false]);
    if (matrixShown) {
      const cells = await page
        .locator('.connection-matrix td[data-pair]')
        .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-pair'), td.textContent!.trim()]));
      expect(cells).toHaveLength(8 * 7);
      for (const [pair, value] of cells) {
        const [a, b] = pair!.split('|') as [string, string];
        expect(value, pair!).toBe(String(report.counts.get(pairKey(a, b))?.total ?? 0));
      }
      expect(cells.some(([, value]) => Number(value) > 0)).toBe(true);
    } else {
      const beta = await page.locator('.team-ties li[data-team="team-beta"] h3').innerText();
      expect(beta).toContain(`Team Beta: ${report.totals.get('team-beta')} links`);
    }
    const isolated = await page.locator('#isolated + *').innerText();
    expect(isolated).toContain(report.isolated.length === 0 ? 'No team is isolated' : 'No link with another team');
    // The demo's story: Identity & Security has had no link with another team since Q2.
    expect(report.isolated).toEqual(['identity-security']);
    expect(isolated).toContain('Identity & Security');
    expect(await page.locator('figure.diagram svg, .diagram svg').count()).toBeGreaterThan(0);
    await close();
  });

  test('/health/ shows each measure’s chart with its numbers in a table, the trend in words, and the call to reassess', async () => {
    const report = await demo;
    const { page, serious, overflow, close } = await open('health/', width);
    expect(serious).toEqual([]);
    expect(overflow).toBe(0);
    for (const measure of report.measures.filter((m) => m.available)) {
      const card = page.locator(`[data-measure="${measure.id}"]`);
      const rows = await card
        .locator('.measure-body')
        .first()
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
      expect(rows, measure.id).toEqual(measure.quarters.map((entry) => `${entry.quarter} ${formatValue(measure.unit, entry.value)}`));
      expect(await card.locator('svg[role="img"] title').first().textContent()).toBe(`${measure.name}, by quarter`);
      expect(await card.locator('.measure-trend').innerText()).toMatch(/on the previous quarter|unchanged from the previous quarter|no previous quarter/);
    }
    const pulse = page.locator('[data-measure="pulse-cross-team"]');
    expect(await pulse.locator('tr[data-team="team-beta"]').innerText()).toMatch(/Team Beta\s+4\s+3\.2\s+2\.4/);
    expect(await pulse.locator('.callout').innerText()).toContain('Falling two quarters in a row for Team Beta');
    // Every source has its collection in the demo: the measures read from them show numbers, not "no data yet".
    for (const id of ['kudos-across-teams', 'asks-helped', 'asks-days-to-help', 'retro-actions-on-time', 'decisions-responses']) {
      expect(await page.locator(`[data-measure="${id}"]`).innerText(), id).not.toMatch(/no data yet/i);
    }
    expect(report.measures.filter((m) => !m.available)).toEqual([]);
    await close();
  });
});

test('the matrix sorts without JavaScript: fewest links first, and by links with one team', async () => {
  const report = await demo;
  const fewest = [...report.totals].sort((a, b) => a[1] - b[1])[0]!;
  const { page, close } = await open('connections/sort/fewest/', 1280);
  expect(await page.locator('.connection-matrix tbody tr').first().getAttribute('data-team')).toBe(fewest[0]);
  await page.goto(`${opened.site.url}connections/sort/with-team-alpha/`);
  const first = await page.locator('.connection-matrix tbody tr').first().getAttribute('data-team');
  const most = Math.max(...report.map.teams.filter((team) => team !== 'team-alpha').map((team) => report.counts.get(pairKey(team, 'team-alpha'))?.total ?? 0));
  expect(report.counts.get(pairKey(first!, 'team-alpha'))?.total).toBe(most);
  await close();
});
