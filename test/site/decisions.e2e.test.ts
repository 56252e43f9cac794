/**
 * Decisions and the weekly dependency review in the built demo, in a real Chromium: a
 * proposal's options side by side on a laptop and stacked on a phone, who has not
 * answered, a decision taken over an objection, the kind filter, the home page's
 * unanswered consultations and this week's review agenda, axe clean at 390 and 1280 px.
 * What the agenda should list is worked out from the content and today's date, as the
 * build did.
 */
import { DEMO_TODAY } from '../helpers/demo-clock.ts';
import { describe, expect, inject, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load.ts';
import { buildIndexes } from '../../src/lib/handbook/indexes.ts';
import { publishedHandbook } from '../../src/lib/handbook/published.ts';
import { reviewAgenda } from '../../src/lib/dependency-review/agenda.ts';
import { unansweredBy } from '../../src/lib/decisions/responses.ts';
import { weekOfDate } from '../../src/lib/digest/iso-week.ts';
import { seriousViolations, WCAG_AA } from '../helpers/axe.ts';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';
import { projectRoot } from '../helpers/site.ts';

const PROPOSAL = 'adrs/0014-share-driver-app-business-logic-with-kotlin-multiplatform/';
const OVER_OBJECTION = 'adrs/0011-use-connect-rpc-for-internal-services/';
const demo = loadHandbook(projectRoot).then((loaded) => buildIndexes(publishedHandbook(loaded.handbook, false)));
const opened = useBrowserAndSite(() => inject('demoDist'));

async function open(route: string, width: number) {
  const context = await opened.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(opened.site.url + route);
  return { page, close: () => context.close() };
}

describe.each([390, 1280])('at %i px', (width) => {
  test('a proposal shows its options (side by side when there is room), its deadline and who has not answered; axe clean', async () => {
    const { page, close } = await open(PROPOSAL, width);
    const options = page.locator('[data-option]');
    expect(await options.evaluateAll((items) => items.map((item) => item.getAttribute('data-option')))).toEqual([
      'kotlin-multiplatform',
      'two-native-codebases',
    ]);
    const [a, b] = [(await options.nth(0).boundingBox())!, (await options.nth(1).boundingBox())!];
    if (width >= 1280) expect(Math.abs(a.y - b.y)).toBeLessThan(1);
    else expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
    expect(await page.locator('#options').innerText()).toBe('Decision needed: Option A vs. Option B');
    expect(await page.locator('[data-decision-due]').innerText()).toBe('Decision needed by 27 Nov 2026');
    expect((await page.locator('[data-responses] li').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '))).toEqual([
      'Concerns Team Beta comment of Team Beta',
    ]);
    expect(await page.locator('[data-not-responded]').innerText()).toBe('Not responded yet: Frontend Experience');
    expect(await seriousViolations(page, { tags: WCAG_AA })).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await close();
  });

  test("/dependencies/review/ lists this week's agenda, section by section, as the content says; axe clean", async () => {
    const h = await demo;
    const agenda = reviewAgenda(h.dependencies, DEMO_TODAY);
    const expected = {
      changed: agenda.changed.map((item) => item.dependency.id),
      worse: agenda.becameWorse.map((item) => item.dependency.id),
      overdue: agenda.overdue.map((item) => item.dependency.id),
      'not-reviewed': agenda.notReviewed.map((item) => item.dependency.id),
      'blocked-silent': agenda.blockedWithoutNote.map((d) => d.id),
    };
    // The demo has something in every section this week.
    expect(Object.values(expected).every((ids) => ids.length > 0)).toBe(true);
    const { page, close } = await open('dependencies/review/', width);
    for (const [section, ids] of Object.entries(expected)) {
      const shown = await page
        .locator(`[data-agenda="${section}"] [data-dependency]`)
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-dependency')));
      expect(shown, section).toEqual(ids);
    }
    expect(await page.locator('h1').innerText()).toBe(`Dependency review, week ${weekOfDate(DEMO_TODAY).week}`);
    expect(await seriousViolations(page, { tags: WCAG_AA })).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await close();
  });
});

describe('decisions elsewhere', () => {
  test('a decision accepted over an objection says so, names what was decided and marks the chosen option', async () => {
    const { page, close } = await open(OVER_OBJECTION, 1280);
    expect(await page.locator('[data-accepted-over-objection]').innerText()).toBe('Accepted over an objection from Infrastructure.');
    expect(await page.locator('.decision-option--chosen').getAttribute('data-option')).toBe('connect-rpc');
    expect(await page.locator('[data-decision-summary]').innerText()).toMatch(/^Decided: Internal services speak Connect RPC/);
    await close();
  });

  test('the kind filter lists the process decisions, and the label says what they are', async () => {
    const { page, close } = await open('adrs/kind/process/', 1280);
    expect(await page.locator('h1').innerText()).toBe('Process decisions');
    expect(await page.locator('.adr-table .stack-table__title a').allInnerTexts()).toEqual(['Record architecture decisions']);
    await page.goto(`${opened.site.url}adrs/0001-record-architecture-decisions/`);
    expect(await page.locator('.eyebrow').textContent()).toMatch(/^\s*Decisions · Process decision 0001\s*$/);
    expect(await page.title()).toMatch(/^Process decision 0001: Record architecture decisions/);
    await close();
  });

  test('the home page tells each team what it was consulted on and has not answered', async () => {
    const h = await demo;
    const expected = h.teams.flatMap((team) => {
      const open = unansweredBy(h.adrs, team.id);
      return open.length ? [[team.id, open.length]] : [];
    });
    expect(expected.find(([team]) => team === 'frontend-experience')).toEqual(['frontend-experience', 2]);
    const { page, close } = await open('', 1280);
    const shown = await page
      .locator('[data-awaiting-answers] li')
      .evaluateAll((items) => items.map((item) => [item.getAttribute('data-team'), item.querySelectorAll('.sub a').length]));
    expect(shown).toEqual(expected);
    await close();
  });
});
