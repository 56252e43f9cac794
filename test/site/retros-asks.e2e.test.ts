/**
 * Retrospectives and asks for help in the built demo handbook, in a real Chromium: the
 * lists in their order with their counts, the overdue flags in words, the answers of
 * solved asks, the team and home pages, axe clean at 390 and 1280 px with no sideways
 * scrolling; the ask sessions in the calendars. Expected values come from the content
 * and today's date, as the build worked them out.
 */
import { DEMO_TODAY } from '../helpers/demo-clock.ts';
import { describe, expect, inject, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load.ts';
import { buildIndexes } from '../../src/lib/handbook/indexes.ts';
import { publishedHandbook } from '../../src/lib/handbook/published.ts';
import { actionState, daysOverdue } from '../../src/lib/retros-asks/actions.ts';
import { askAgeDays } from '../../src/lib/retros-asks/asks.ts';
import { seriousViolations, WCAG_AA } from '../helpers/axe.ts';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';
import { read } from '../helpers/feeds.ts';
import { readCalendar } from '../helpers/ical.ts';
import { projectRoot } from '../helpers/site.ts';

const dist = () => inject('demoDist');
const today = DEMO_TODAY;
const demo = loadHandbook(projectRoot).then((loaded) => buildIndexes(publishedHandbook(loaded.handbook, false)));
const opened = useBrowserAndSite(dist);

async function open(route: string, width = 1280) {
  const page = await opened.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(opened.site.url + route);
  return page;
}

/** The retrospective with an open action furthest past its due date. */
async function retroWithOverdue() {
  const h = await demo;
  const [worst] = h.overdueActions(today);
  if (!worst) throw new Error(`No retrospective action of the demo is overdue on ${today}: keep one open past its due date in content/retros/`);
  return { h, retro: worst.retro, action: worst.action, days: daysOverdue(worst.action, today) };
}

describe('retrospectives', () => {
  test('/retros/ lists every retrospective newest first, with its count of overdue actions', async () => {
    const h = await demo;
    const page = await open('retros/');
    expect(await page.locator('[data-retro]').evaluateAll((items) => items.map((item) => item.getAttribute('data-retro')))).toEqual(h.retros.map((r) => r.id));
    expect(h.retros.length).toBeGreaterThanOrEqual(3);
    const { retro } = await retroWithOverdue();
    const overdue = retro.data.actions.filter((action) => actionState(action, today) === 'overdue').length;
    expect(await page.locator(`[data-retro="${retro.id}"] [data-action-counts]`).innerText()).toContain(`${overdue} overdue`);
    await page.close();
  });

  test('a retrospective page lists went well, improve and every action with owner, team, due date and its state in words', async () => {
    const { h, retro, action, days } = await retroWithOverdue();
    const page = await open(`retros/${retro.id}/`);
    const rows = page.locator('[data-actions] [data-action]');
    expect(await rows.count()).toBe(retro.data.actions.length);
    const row = rows.filter({ hasText: action.title });
    const owner = h.person.get(action.owner)!;
    const rowText = await row.innerText();
    for (const fact of [owner.data.name, h.team.get(owner.data.team)!.data.name, `overdue · ${days} days`])
      expect(rowText.toLowerCase()).toContain(fact.toLowerCase());
    expect(await row.locator('[data-action-state]').getAttribute('data-action-state')).toBe('overdue');
    const main = await page.locator('main').innerText();
    for (const line of [...retro.data.wentWell, ...retro.data.improve]) expect(main).toContain(line);
    await page.close();
  });

  test('the owners’ team page lists its overdue actions, with the days in words', async () => {
    const { h, action, days } = await retroWithOverdue();
    const team = h.person.get(action.owner)!.data.team;
    const page = await open(`teams/${team}/`);
    const items = page.locator('[data-overdue-actions] [data-overdue-action]');
    expect(await items.count()).toBe(h.overdueActions(today, team).length);
    expect((await items.filter({ hasText: action.title }).innerText()).toLowerCase()).toContain(`overdue · ${days} days`);
    await page.close();
  });
});

describe('asks for help', () => {
  test('/asks/ lists open asks first (longest waiting first), then helped, then solved, with counts and the 14-day flag', async () => {
    const h = await demo;
    const page = await open('asks/');
    expect(await page.locator('[data-ask]').evaluateAll((items) => items.map((item) => item.getAttribute('data-ask')))).toEqual(h.asks.map((a) => a.id));
    for (const status of ['open', 'helped', 'solved'] as const) {
      const count = h.asksWithStatus(status).length;
      expect(count, `the demo has ${status} asks`).toBeGreaterThan(0);
      expect(await page.locator(`[data-asks-section="${status}"] h2`).innerText()).toMatch(new RegExp(`\\(${count}\\)$`));
    }
    const waiting = h.asksWaitingTooLong(today);
    expect(waiting.length).toBeGreaterThan(0);
    for (const { ask, days } of waiting) expect((await page.locator(`[data-ask="${ask.id}"]`).innerText()).toLowerCase()).toContain(`waiting ${days} days`);
    // Only those: a newer open ask carries no flag.
    const fresh = h.asksWithStatus('open').find((ask) => askAgeDays(ask.data, today) <= 14)!;
    expect((await page.locator(`[data-ask="${fresh.id}"]`).innerText()).toLowerCase()).not.toContain('waiting');
    await page.close();
  });

  test('a solved ask’s answer is on /asks/ and one click away, on its page under “Answer”', async () => {
    const h = await demo;
    const solved = h.asksWithStatus('solved')[0]!;
    const page = await open('asks/');
    const excerpt = page.locator(`[data-ask="${solved.id}"] [data-answer]`);
    expect(await excerpt.innerText()).toMatch(/\S{3,}.*The answer$/s);
    await excerpt.getByRole('link', { name: 'The answer' }).click();
    await page.waitForURL(`${opened.site.url}asks/${solved.id}/#answer`);
    expect(await page.locator('#answer').innerText()).toBe('Answer');
    const helpers = await page.locator('section[aria-labelledby="helpers"]').innerText();
    for (const helper of solved.data.helpers) expect(helpers).toContain(h.person.get(helper)!.data.name);
    await page.close();
  });

  test('the home page flags open asks older than 14 days', async () => {
    const h = await demo;
    const page = await open('');
    const card = page.locator('[data-home-asks]');
    const waiting = h.asksWaitingTooLong(today);
    expect(await card.locator('[data-waiting-count]').innerText()).toBe(
      `${waiting.length} ${waiting.length === 1 ? 'ask has' : 'asks have'} waited more than 14 days.`,
    );
    expect((await card.locator(`[data-ask="${waiting[0]!.ask.id}"]`).innerText()).toLowerCase()).toContain(`waiting ${waiting[0]!.days} days`);
    await page.close();
  });

  test('problem-solving sessions are in calendar.ics and in the asking team’s calendar, read strictly', async () => {
    const h = await demo;
    const sessions = h.asks.filter((ask) => ask.data.session);
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    const all = readCalendar(await read(dist(), 'calendar.ics'));
    expect(all.problems).toEqual([]);
    expect(all.events.filter((event) => event.uid.startsWith('ask-')).map((event) => event.uid.split('@')[0])).toEqual(
      [...sessions].sort((a, b) => a.data.session!.localeCompare(b.data.session!)).map((ask) => `ask-${ask.id}`),
    );
    const ask = sessions[0]!;
    const team = readCalendar(await read(dist(), `teams/${ask.data.team}/calendar.ics`));
    expect(team.problems).toEqual([]);
    expect(
      team.events
        .find((event) => event.uid.startsWith(`ask-${ask.id}@`))
        ?.startDate.toJSDate()
        .toISOString(),
    ).toBe(ask.data.session);
  });
});

describe('accessibility and phones', () => {
  test.each(['light', 'dark'] as const)('/retros/, a retrospective, /asks/, an ask and a team page are axe clean and fit a phone (%s)', async (colorScheme) => {
    const { retro } = await retroWithOverdue();
    const h = await demo;
    const ask = h.asksWithStatus('helped').find((a) => a.data.helpers.length > 1) ?? h.asks[0]!;
    for (const route of ['retros/', `retros/${retro.id}/`, 'asks/', `asks/${ask.id}/`, `teams/${ask.data.team}/`]) {
      for (const width of [390, 1280]) {
        const context = await opened.browser.newContext({ colorScheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(opened.site.url + route);
        expect(await seriousViolations(page, { tags: WCAG_AA }), `${route} at ${width} px`).toEqual([]);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
          `${route} at ${width} px`,
        ).toBeLessThanOrEqual(0);
        await context.close();
      }
    }
  });
});
