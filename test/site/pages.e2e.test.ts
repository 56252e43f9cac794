/**
 * The built demo handbook in a real Chromium: every page type shows its key facts,
 * navigation and the theme work, nothing scrolls sideways on a phone, and axe finds
 * no serious accessibility problem.
 */
import { describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { seriousViolations, WCAG_AA } from '../helpers/axe.ts';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';

/** One page of each type, and text each must show. */
const PAGE_TYPES: { name: string; path: string; heading: string; facts: string[] }[] = [
  {
    name: 'home',
    path: '',
    heading: 'What needs you now',
    facts: ['Decisions open for feedback', 'Adopt OpenFeature with a self-hosted flag service', 'Dependencies at risk', 'Pages to review'],
  },
  { name: 'teams index', path: 'teams/', heading: 'Teams', facts: ['Backend Platform', 'Team Alpha', 'stale'] },
  {
    name: 'team page',
    path: 'teams/backend-platform/',
    heading: 'Backend Platform',
    facts: [
      'Priorities',
      'Looking for input',
      'Database optimization and caching',
      'Every other Tuesday, 14:00 America/Los Angeles',
      'Members',
      '#backend-platform',
      'Transactional outbox library',
      'API Guild',
      'Use PgBouncer in transaction mode',
    ],
  },
  { name: 'stale team page', path: 'teams/mobile/', heading: 'Mobile', facts: ['stale', 'This page was last confirmed'] },
  { name: 'people directory', path: 'people/', heading: 'People', facts: ['By team', 'By time zone', 'America/Los Angeles', 'UTC−08:00'] },
  { name: 'person page', path: 'people/marcus-bell/', heading: 'Marcus Bell', facts: ['Backend Platform', 'Guilds', 'Decisions'] },
  {
    name: 'ADR index',
    path: 'adrs/',
    heading: 'Architecture decisions',
    facts: ['Status', 'Team', 'Tag', 'Use PostgreSQL with Timescale for the analytics pipeline'],
  },
  {
    name: 'ADR filter',
    path: 'adrs/status/proposed/',
    heading: 'Decisions: proposed',
    facts: ['3 of 15 decision records', 'Introduce a transactional outbox'],
  },
  {
    name: 'ADR page',
    path: 'adrs/0006-use-grpc-for-internal-services/',
    heading: 'Use gRPC for communication between internal services',
    facts: ['Superseded by', 'ADR 0011', 'Decision history', 'ADR 0002', 'Deciders', 'Consulted'],
  },
  {
    name: 'proposed ADR',
    path: 'adrs/0013-introduce-a-transactional-outbox-for-domain-events/',
    heading: 'Introduce a transactional outbox',
    facts: ['Open for feedback', '4 Dec 2026'],
  },
  { name: 'talks index', path: 'talks/', heading: 'Tech talks', facts: ['Coming up', 'Recorded', 'Timescale in production'] },
  {
    name: 'talk page',
    path: 'talks/2026-09-18-timescale-in-production-continuous-aggregates/',
    heading: 'Timescale in production',
    facts: ['Transcript', 'continuous aggregates saved us from rewriting the dashboard queries', 'Plays from YouTube'],
  },
  { name: 'guilds index', path: 'guilds/', heading: 'Guilds', facts: ['API Guild', 'Testing Guild', 'Documentation Guild', 'Performance Guild'] },
  { name: 'guild page', path: 'guilds/api-guild/', heading: 'API Guild', facts: ['Members by team', 'Team coverage', 'Backend Platform', 'lead'] },
  {
    name: 'dependencies',
    path: 'dependencies/',
    heading: 'Cross-team dependencies',
    facts: ['Feature A', 'Shipment exceptions endpoint', 'blocked', 'at risk'],
  },
  {
    name: 'dependency page',
    path: 'dependencies/team-alpha-feature-a-on-team-beta-exceptions-endpoint/',
    heading: 'Feature A needs',
    facts: ['Team Alpha', 'Team Beta', 'Needed by'],
  },
  { name: 'updates', path: 'updates/', heading: 'Weekly updates', facts: ['Data & Analytics'] },
  { name: 'update page', path: 'updates/2026-11-20-team-beta/', heading: 'Team Beta', facts: ['Shipped'] },
  { name: '404', path: '404.html', heading: 'This page is not in the handbook', facts: [] },
];

const opened = useBrowserAndSite(() => inject('demoDist'));

/** A page that may only talk to the local site: anything else is recorded and refused. */
async function localPage(context: BrowserContext): Promise<{ page: Page; foreign: string[] }> {
  const foreign: string[] = [];
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
    foreign.push(route.request().url());
    return route.abort();
  });
  return { page: await context.newPage(), foreign };
}

describe.each(PAGE_TYPES)('$name', ({ path, heading, facts }) => {
  test('shows its key facts, an edit link and no third-party request', async () => {
    const context = await opened.browser.newContext();
    const { page, foreign } = await localPage(context);
    await page.goto(opened.site.url + path);
    await expect.poll(() => page.locator('h1').innerText()).toContain(heading);
    // innerText applies CSS text-transform (badges, card titles), so compare without case.
    const text = (await page.locator('main').innerText()).toLowerCase();
    for (const fact of facts) expect(text, fact).toContain(fact.toLowerCase());
    expect(foreign).toEqual([]);
    await context.close();
  });

  test('fits a 360 px wide phone without horizontal scrolling', async () => {
    const page = await opened.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(opened.site.url + path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  test.each([
    ['light', 'desktop'],
    ['dark', 'desktop'],
    ['light', 'phone'],
  ] as const)('has no serious accessibility violation (%s, %s)', async (colorScheme, device) => {
    const context = await opened.browser.newContext({ colorScheme, viewport: device === 'phone' ? { width: 360, height: 740 } : { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(opened.site.url + path);
    const serious = await seriousViolations(page, { tags: WCAG_AA });
    expect(serious).toEqual([]);
    await context.close();
  });
});

describe('every entry page', () => {
  test('links to the repository editor and shows when it was last updated', async () => {
    const page = await opened.browser.newPage();
    await page.goto(`${opened.site.url}teams/backend-platform/`);
    await expect
      .poll(() => page.locator('[data-edit-link]').getAttribute('href'))
      .toBe('https://github.com/northwind-labs/handbook/edit/main/content/teams/backend-platform.md');
    expect(await page.locator('[data-last-updated] time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await page.close();
  });
});

describe('navigation', () => {
  test('the header leads to every section, and cards lead to entries', async () => {
    const page = await opened.browser.newPage();
    await page.goto(opened.site.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' }).click();
    await page.waitForURL(`${opened.site.url}teams/`);
    expect(await page.getByRole('link', { name: 'Teams' }).first().getAttribute('aria-current')).toBe('page');
    await page.getByRole('link', { name: 'Team Beta' }).first().click();
    await page.waitForURL(`${opened.site.url}teams/team-beta/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decisions' }).click();
    await page.getByRole('link', { name: /^proposed/ }).click();
    await page.waitForURL(`${opened.site.url}adrs/status/proposed/`);
    expect(await page.locator('tbody tr').count()).toBe(3);
    await page.close();
  });
});

describe('theme', () => {
  test('follows the system by default', async () => {
    const page = await opened.browser.newPage({ colorScheme: 'dark' });
    await page.goto(opened.site.url);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.close();
  });

  test('the toggle switches the theme and the choice persists across pages and reloads', async () => {
    const context = await opened.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(opened.site.url);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await background()).not.toBe(light);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.goto(`${opened.site.url}teams/`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await context.close();
  });
});

describe('time zones', () => {
  test("office hours show the reader's time and the team's own", async () => {
    const context = await opened.browser.newContext({ timezoneId: 'Asia/Tokyo', locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${opened.site.url}teams/backend-platform/`);
    const time = page.locator('[data-office-hours] time[data-local]');
    const start = new Date((await time.getAttribute('datetime'))!);
    expect(start.getTime() + 60 * 60_000).toBeGreaterThan(Date.now());
    const sessions = (await time.getAttribute('data-sessions'))!.split(' ');
    expect(sessions).toContain(start.toISOString());
    const tokyo = start.toLocaleString('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' });
    expect(await time.innerText()).toContain(tokyo);
    const teamTime = page.locator('[data-office-hours] [data-zone-time]');
    expect(await teamTime.isVisible()).toBe(true);
    expect(await teamTime.innerText()).toMatch(/14:00 .*Los Angeles/);
    await context.close();
  });

  test("a reader in the team's own zone sees the time once", async () => {
    const context = await opened.browser.newContext({ timezoneId: 'America/Los_Angeles', locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${opened.site.url}teams/backend-platform/`);
    expect(await page.locator('[data-office-hours] time[data-local]').innerText()).toContain('14:00');
    expect(await page.locator('[data-office-hours] [data-zone-time]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('talk recordings', () => {
  test('nothing is requested from the video host until the reader clicks play', async () => {
    const context = await opened.browser.newContext();
    const { page, foreign } = await localPage(context);
    await page.goto(`${opened.site.url}talks/2026-09-18-timescale-in-production-continuous-aggregates/`);
    expect(await page.locator('iframe').count()).toBe(0);
    expect(foreign).toEqual([]);
    await page.getByRole('button', { name: /^Play/ }).click();
    const frame = page.locator('iframe.player__media');
    expect(await frame.getAttribute('src')).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\//);
    await expect.poll(() => foreign.some((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    await context.close();
  });
});
