/**
 * The built demo on a phone and across time zones, in a real Chromium: a one-row header
 * whose menu reaches every section, team pages that open with how to reach the team,
 * decisions filters folded away, feed addresses that wrap between their parts, home
 * page items that each lead somewhere to act, a page of every open request, a
 * superseded decision that points to the one in force, times written one way in the
 * reader's zone, and no serious accessibility problem on any of these pages.
 */
import { DEMO_TODAY } from '../helpers/demo-clock.ts';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { config } from '../../src/config.ts';
import { loadHandbook } from '../../src/lib/content/load.ts';
import { buildIndexes } from '../../src/lib/handbook/indexes.ts';
import { publishedHandbook } from '../../src/lib/handbook/published.ts';
import { sameRequest, UPDATE_REQUEST_OPEN_DAYS } from '../../src/lib/input-requests.ts';
import { NAV } from '../../src/lib/site.ts';
import { addDays } from '../../src/lib/time/dates.ts';
import { formatDateTime } from '../../src/lib/time/format.ts';
import { todayIn } from '../../src/lib/time/today.ts';
import { seriousViolations, WCAG_AA } from '../helpers/axe.ts';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';
import { projectRoot } from '../helpers/site.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
/** The tallest header allowed: one row of 36 px buttons and its padding. */
const HEADER_MAX_PX = 64;
/** How far down a phone page the team's channels, office hours and members may start. */
const CONTACT_MAX_PX = 1_200;

/** The demo's published entries, read from content/ by the content check's loader, not by the site. */
const indexes = loadHandbook(projectRoot).then((loaded) => buildIndexes(publishedHandbook(loaded.handbook, false)));

const opened = useBrowserAndSite(() => inject('demoDist'));

async function open(path: string, options: Parameters<typeof opened.browser.newContext>[0] = {}): Promise<Page> {
  const context = await opened.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(opened.site.url + path);
  return page;
}

const close = (page: Page) => page.context().close();

describe('header', () => {
  test(`on a 390 px phone: one row at most ${HEADER_MAX_PX} px high, and the Menu reaches every section`, async () => {
    const page = await open('teams/', { viewport: PHONE });
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(HEADER_MAX_PX);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: NAV[0]!.label }).isVisible()).toBe(false);
    const menu = nav.locator('summary');
    // An icon on the narrowest phones, named for screen readers.
    expect(await menu.textContent()).toContain('Menu');
    expect((await menu.boundingBox())!.width).toBeLessThan(48);
    await menu.click();
    for (const item of NAV) {
      const link = nav.getByRole('link', { name: item.label, exact: true });
      expect(await link.isVisible(), item.label).toBe(true);
      const box = (await link.boundingBox())!;
      expect(box.x >= 0 && box.x + box.width <= PHONE.width && box.y + box.height <= PHONE.height, `${item.label} is on screen`).toBe(true);
    }
    expect(await nav.getByRole('link', { name: 'Teams', exact: true }).getAttribute('aria-current')).toBe('page');
    await nav.getByRole('link', { name: NAV.at(-1)!.label, exact: true }).click();
    await page.waitForURL(`${opened.site.url}${NAV.at(-1)!.route}`);
    await close(page);
  });

  test('the Menu works from the keyboard and closes on Escape and on a click outside it', async () => {
    const page = await open('', { viewport: PHONE });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // the handbook's name
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('summary') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(NAV[0]!.label);
    await page.keyboard.press('Escape');
    expect(await nav.getByRole('link', { name: NAV[0]!.label, exact: true }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    expect(await nav.getByRole('link', { name: NAV[0]!.label, exact: true }).isVisible()).toBe(true);
    // A click below the open menu, on the page, closes it.
    await page.mouse.click(PHONE.width / 2, PHONE.height - 20);
    expect(await nav.getByRole('link', { name: NAV[0]!.label, exact: true }).isVisible()).toBe(false);
    await close(page);
  });

  test('at 1280 px: every section in one row, no Menu button', async () => {
    const page = await open('', { viewport: DESKTOP });
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(HEADER_MAX_PX);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.locator('summary').isVisible()).toBe(false);
    const tops = new Set<number>();
    for (const item of NAV) tops.add(Math.round((await nav.getByRole('link', { name: item.label, exact: true }).boundingBox())!.y));
    expect(tops.size).toBe(1);
    await close(page);
  });
});

describe('a team page on a phone', () => {
  test(`channels, office hours and members start within the first ${CONTACT_MAX_PX} px of Team Beta, before its priorities`, async () => {
    const page = await open('teams/team-beta/', { viewport: PHONE });
    const contact = page.getByRole('complementary', { name: 'How to reach Team Beta' });
    const tops: Record<string, number> = {};
    for (const card of ['Channels', 'Office hours', 'Members']) {
      const box = (await contact.getByRole('heading', { name: card, exact: true }).boundingBox())!;
      tops[card] = box.y;
      expect(box.y, card).toBeLessThanOrEqual(CONTACT_MAX_PX);
    }
    expect(tops.Channels).toBeLessThan(tops['Office hours']!);
    expect(tops['Office hours']).toBeLessThan(tops.Members!);
    const priorities = (await page.getByRole('heading', { name: 'Priorities', exact: true }).boundingBox())!;
    expect(priorities.y).toBeGreaterThan(tops.Members!);
    expect(await contact.innerText()).toContain('#team-beta');
    await close(page);
  });

  test('on a wide screen the same cards sit beside the page, level with the top of its column', async () => {
    const page = await open('teams/team-beta/', { viewport: DESKTOP });
    const contact = (await page.getByRole('complementary', { name: 'How to reach Team Beta' }).boundingBox())!;
    const priorities = (await page.getByRole('heading', { name: 'Priorities', exact: true }).boundingBox())!;
    // The column opens with the list of the page's sections, then Priorities.
    const sections = (await page.getByRole('navigation', { name: 'On this page' }).boundingBox())!;
    expect(contact.x).toBeGreaterThan(priorities.x + priorities.width);
    expect(priorities.y).toBeGreaterThan(sections.y);
    expect(Math.abs(contact.y - sections.y)).toBeLessThan(60);
    await close(page);
  });
});

describe('decisions on a phone', () => {
  test('the filters fold behind a Filters button, so the first decisions are in the first screen', async () => {
    const page = await open('adrs/', { viewport: PHONE });
    const filters = page.getByRole('navigation', { name: 'Filter decisions' });
    const proposed = filters.getByRole('link', { name: /^proposed/ });
    expect(await proposed.isVisible()).toBe(false);
    const firstRow = (await page.locator('tbody tr').first().boundingBox())!;
    expect(firstRow.y + firstRow.height).toBeLessThan(PHONE.height);
    await filters.getByText('Filters').click();
    expect(await proposed.isVisible()).toBe(true);
    await proposed.click();
    await page.waitForURL(`${opened.site.url}adrs/status/proposed/`);
    expect(await page.locator('.filters__toggle').innerText()).toMatch(/^\s*Filters: status proposed\s*$/);
    await close(page);
  });
});

describe('subscribe on a phone', () => {
  test('an address wraps only between its parts (after a slash), never inside one, and fits its field', async () => {
    const page = await open('subscribe/', { viewport: PHONE });
    const fields = await page.locator('code[data-url]').evaluateAll((codes) =>
      codes.map((code) => ({
        text: code.textContent,
        overflows: code.scrollWidth > code.clientWidth,
        lines: new Set([...code.querySelectorAll('span')].flatMap((part) => [...part.getClientRects()].map((rect) => Math.round(rect.top)))).size,
        brokenParts: [...code.querySelectorAll('span')]
          .filter((part) => new Set([...part.getClientRects()].map((rect) => Math.round(rect.top))).size > 1)
          .map((part) => part.textContent),
      })),
    );
    expect(fields.length).toBeGreaterThan(10);
    for (const field of fields) {
      expect(field.brokenParts, field.text!).toEqual([]);
      expect(field.overflows, field.text!).toBe(false);
    }
    // The site's origin takes the first line; the longest path (teams/frontend-experience/calendar.ics) breaks once more, at a slash.
    expect(Math.max(...fields.map((f) => f.lines))).toBe(3);
    expect(fields.filter((f) => f.lines === 3).map((f) => f.text)).toEqual(['https://northwind-labs.github.io/teams/frontend-experience/calendar.ics']);
    await close(page);
  });
});

describe('the home page leads somewhere to act', () => {
  test('its link to the input requests leads to a page listing every open one, each once', async () => {
    const h = await indexes;
    const today = DEMO_TODAY;
    // The rule the page states: a team page's request until its date; an update's for 14 days after the update.
    const onPages = h.teams.flatMap((team) =>
      team.data.lookingForInput.filter((item) => !item.until || item.until >= today).map((item) => ({ team: team.id, topic: item.topic })),
    );
    const inUpdates = h.updates
      .filter((u) => u.data.date <= today && addDays(u.data.date, UPDATE_REQUEST_OPEN_DAYS) >= today)
      .flatMap((u) => u.data.lookingForInput.map((topic) => ({ team: u.data.team, topic })));
    const repeats = inUpdates.filter(
      (item, i) =>
        onPages.some((p) => p.team === item.team && sameRequest(p.topic, item.topic)) ||
        inUpdates.slice(0, i).some((earlier) => earlier.team === item.team && sameRequest(earlier.topic, item.topic)),
    );
    const expected = onPages.length + inUpdates.length - repeats.length;

    const page = await open('', { viewport: DESKTOP });
    const link = page.locator('[data-all-input-requests]');
    expect(await link.innerText()).toContain(`all ${expected} open requests`);
    await link.click();
    await page.waitForURL(`${opened.site.url}input/`);
    expect(await page.locator('h1').innerText()).toBe('Open requests for input');
    expect(await page.locator('.lede').innerText()).toMatch(new RegExp(`^${expected} requests from \\d+ teams`));
    const items = page.locator('[data-input-request]');
    expect(await items.count()).toBe(expected);
    const text = await page.locator('main').innerText();
    for (const { topic } of onPages) expect(text, topic).toContain(topic);
    for (const item of await items.all()) expect(await item.innerText()).toMatch(/Reply in #[a-z0-9-]+|Ask /);
    await close(page);
  });

  test('every decision open for feedback says where to comment: its discussion, else the owning team’s channel', async () => {
    const h = await indexes;
    const page = await open('', { viewport: DESKTOP });
    const proposed = h.adrs.filter((adr) => adr.data.status === 'proposed');
    const items = page.locator('[data-open-decision]');
    expect(await items.count()).toBe(proposed.length);
    for (const adr of proposed) {
      const item = items.filter({ hasText: adr.data.title });
      const place = item.locator('[data-place-to-act]');
      if (adr.data.discussion) expect(await place.getByRole('link').getAttribute('href')).toBe(adr.data.discussion);
      else
        expect(await place.innerText()).toBe(
          `Comment in ${h.team.get(adr.data.teams[0]!)!.data.channels[0]!.name} (${h.team.get(adr.data.teams[0]!)!.data.name})`,
        );
    }
    expect(proposed.some((adr) => adr.data.discussion) && proposed.some((adr) => !adr.data.discussion)).toBe(true);
    await close(page);
  });

  test('"Next 7 days" names its days and lists nothing after them', async () => {
    const today = DEMO_TODAY;
    const page = await open('', { viewport: DESKTOP });
    const card = page.locator('section[aria-labelledby="coming-up"]');
    expect(await card.locator('h2').innerText()).toMatch(/next 7 days/i);
    expect(await card.locator('.coming-up__span').innerText()).toContain('today and the six days after it');
    const last = addDays(today, 6);
    for (const time of await card.locator('time[data-local]').all()) {
      expect(todayIn(config.defaultTimezone, new Date((await time.getAttribute('datetime'))!)) <= last).toBe(true);
    }
    await close(page);
  });
});

describe('a superseded decision', () => {
  test('the first decision of the demo’s three-step chain points to the current one and names the step between', async () => {
    const h = await indexes;
    const next = (id: string) => h.supersededBy(id)[0]?.id;
    const first = h.adrs.find((adr) => adr.data.supersedes.length === 0 && next(adr.id) && next(next(adr.id)!))!;
    const middle = next(first.id)!;
    const current = next(middle)!;
    expect([first.id, middle, current].map((id) => h.adr.get(id)!.data.status)).toEqual(['superseded', 'superseded', 'accepted']);
    const page = await open(`adrs/${first.id}/`, { viewport: PHONE });
    const banner = page.locator('[data-superseded-by]');
    expect(await banner.locator('[data-current-decision]').getAttribute('href')).toBe(`/adrs/${current}/`);
    expect(await banner.locator('[data-superseded-step]').getAttribute('href')).toBe(`/adrs/${middle}/`);
    expect(await banner.innerText()).toContain(`The current decision is ADR ${current.slice(0, 4)}: ${h.adr.get(current)!.data.title}.`);
    expect(await banner.innerText()).toContain(
      `superseded by ADR ${middle.slice(0, 4)}: ${h.adr.get(middle)!.data.title}, then by ADR ${current.slice(0, 4)}.`,
    );
    await close(page);
  });
});

describe('times in the reader’s zone, written one way', () => {
  test('office hours on the home page: the reader’s time in the handbook’s format, the team’s beside it only when its clock differs', async () => {
    const page = await open('', { viewport: DESKTOP, timezoneId: 'Europe/Berlin', locale: 'en-US' });
    const times = page.locator('section[aria-labelledby="coming-up"] .local-time');
    expect(await times.count()).toBeGreaterThan(0);
    for (const time of await times.all()) {
      const moment = (await time.locator('time').getAttribute('datetime'))!;
      // An American reader in Berlin gets the page's own (British) format, in Berlin time.
      expect(await time.locator('time').innerText()).toBe(formatDateTime(moment, 'Europe/Berlin'));
    }
    const beta = page.locator('section[aria-labelledby="coming-up"] li', { hasText: 'Team Beta' }).locator('[data-zone-time]');
    expect(await beta.innerText()).toMatch(/^\(09:00 GMT\+9 in Tokyo\)$/);
    await close(page);
  });

  test('a guild meeting moves into the reader’s zone, with the guild’s time beside it', async () => {
    const la = await open('guilds/api-guild/', { timezoneId: 'America/Los_Angeles' });
    const meeting = la.locator('section[aria-labelledby="meets"]');
    const moment = (await meeting.locator('time').getAttribute('datetime'))!;
    expect(await meeting.locator('time').innerText()).toBe(formatDateTime(moment, 'America/Los_Angeles'));
    // The demo's next meeting is at 15:00 UTC, the same day in Los Angeles.
    expect(await meeting.locator('[data-zone-time]').innerText()).toBe('(15:00 UTC)');
    await close(la);
    const utc = await open('guilds/api-guild/', { timezoneId: 'UTC' });
    expect(await utc.locator('section[aria-labelledby="meets"] time').innerText()).toBe(formatDateTime(moment, 'UTC'));
    expect(await utc.locator('section[aria-labelledby="meets"] [data-zone-time]').isVisible()).toBe(false);
    await close(utc);
  });
});

describe('no serious accessibility problem', () => {
  const PAGES = ['', 'input/', 'teams/team-beta/', 'adrs/', 'adrs/0002-use-rest-for-internal-services/', 'subscribe/', 'guilds/api-guild/'];
  test.each(PAGES.flatMap((path) => [PHONE, DESKTOP].map((viewport) => ({ path, viewport }))))(
    '/$path at $viewport.width px, light and dark',
    async ({ path, viewport }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await open(path, { viewport, colorScheme });
        // On a phone, check the open menu too.
        if (viewport === PHONE) await page.getByRole('navigation', { name: 'Main' }).locator('summary').click();
        const serious = await seriousViolations(page, { tags: WCAG_AA });
        expect(serious, `/${path} ${colorScheme}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `/${path} fits`).toBe(true);
        await close(page);
      }
    },
  );
});
