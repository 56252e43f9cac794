/**
 * "My team" on the built demo's home page, in Chromium: choosing a team shows what
 * involves it first (the demo's Team Beta and Mobile, as of the demo's week), the choice
 * survives a reload and stays in localStorage (no cookie), switching is one action,
 * clearing gives the general page back, and without JavaScript the page is the general
 * one. Axe finds nothing serious with a team chosen, on a phone and a desktop.
 */
import { describe, expect, inject, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { seriousViolations, WCAG_AA } from '../helpers/axe.ts';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';
import { BASE_PATH } from './build-demo.ts';

const opened = useBrowserAndSite(() => inject('demoDist'));

const GENERAL_CARDS = [
  'Decisions open for feedback',
  'Consulted, not yet answered',
  'Teams looking for input',
  'Teams asking for help',
  'Next 7 days',
  'Dependencies at risk',
  'Recently shipped',
  'Thanks across teams',
  'Pages to review',
];

async function home(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await opened.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(opened.site.url);
  return page;
}

/** The headings of main's sections in order, and the chosen team's items by kind. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const section = main.querySelector('[data-for-team]');
    const kind = (name: string) =>
      [...(section?.querySelectorAll(`[data-for-team-kind="${name}"] li`) ?? [])].map(
        (li) => (li.querySelector('a, span:not(.badge)') as HTMLElement).innerText,
      );
    return {
      headings: [...main.querySelectorAll('section > h2')].map((h) => (h as HTMLElement).innerText),
      team: section?.getAttribute('data-for-team') ?? null,
      kinds: [...(section?.querySelectorAll('[data-for-team-kind]') ?? [])].map((k) => k.getAttribute('data-for-team-kind')),
      decisions: kind('decisions'),
      dependents: kind('dependents'),
      atRisk: kind('atRisk'),
      asks: kind('asks'),
      officeHours: kind('officeHours'),
      visitors: kind('visitors'),
      stored: localStorage.getItem('atrium:team'),
    };
  });
}

const headingsWith = (team: string) => [`FOR ${team.toUpperCase()}`, ...GENERAL_CARDS.map((h) => h.toUpperCase())];

describe('my team on the home page', () => {
  test('choosing a team shows what involves it first, a reload keeps it, switching is one action, clear resets', async () => {
    const page = await home();
    const chooser = page.getByLabel('Your team');
    expect(await chooser.isVisible()).toBe(true);
    expect((await shown(page)).headings).toEqual(GENERAL_CARDS.map((h) => h.toUpperCase()));
    expect(await page.getByRole('button', { name: 'Clear your team' }).isVisible()).toBe(false);

    await chooser.selectOption({ label: 'Team Beta' });
    await page.locator('[data-for-team="team-beta"]').waitFor();
    const beta = await shown(page);
    expect(beta.headings).toEqual(headingsWith('Team Beta'));
    expect(beta).toMatchObject({
      team: 'team-beta',
      stored: 'team-beta',
      kinds: ['decisions', 'dependents', 'atRisk', 'asks', 'input', 'officeHours'],
      // Consulted on the outbox and not answered yet, feedback still open; it has answered ADR 0014; ADR 0012's deadline has passed and Team Beta was not consulted on it.
      decisions: ['Introduce a transactional outbox for publishing domain events'],
      // Data & Analytics' open ask shares its postgresql and databases tags (from Team Beta's own decisions, talks and asks).
      asks: ['Choosing retention policies for the lane performance tables'],
      // What Mobile and Team Alpha wait for from Team Beta, blocked first; its own at-risk one on Backend Platform.
      dependents: ['Orders API v2', 'Shipment exceptions endpoint'],
      atRisk: ['Orders API v2'],
      // Thursday's, this week; its topic.
      officeHours: ['API design reviews and Orders API v2 migration questions'],
    });
    expect(await page.locator('[data-team-status]').innerText()).toBe('Showing what involves Team Beta first.');
    expect(await page.context().cookies()).toEqual([]);

    await page.reload();
    await page.locator('[data-for-team="team-beta"]').waitFor();
    expect(await chooser.inputValue()).toBe('team-beta');
    expect((await shown(page)).headings).toEqual(headingsWith('Team Beta'));

    // One action switches: the section is replaced, not added to.
    await chooser.selectOption('mobile');
    await page.locator('[data-for-team="mobile"]').waitFor();
    const mobile = await shown(page);
    expect(mobile.headings).toEqual(headingsWith('Mobile'));
    expect(mobile).toMatchObject({
      team: 'mobile',
      stored: 'mobile',
      atRisk: ['Offline sync'],
      visitors: ['Rohan Desai'],
      decisions: [],
      // Identity & Security's ask, open with no helper, is on mobile.
      asks: ['Passkeys on shared warehouse devices'],
    });

    await page.getByRole('button', { name: 'Clear your team' }).click();
    const cleared = await shown(page);
    expect(cleared).toMatchObject({ team: null, stored: null, headings: GENERAL_CARDS.map((h) => h.toUpperCase()) });
    expect(await chooser.inputValue()).toBe('');
    await page.reload();
    expect((await shown(page)).team).toBe(null);
    await page.context().close();
  });

  test('without JavaScript the page is the general one: no chooser, no team section, even with a team stored', async () => {
    const withScript = await home();
    await withScript.getByLabel('Your team').selectOption('team-beta');
    await withScript.locator('[data-for-team]').waitFor();
    const storageState = await withScript.context().storageState();
    await withScript.context().close();

    const page = await home({ javaScriptEnabled: false, storageState });
    expect(storageState.origins[0]?.localStorage).toEqual([{ name: 'atrium:team', value: 'team-beta' }]);
    expect(await page.locator('[data-team-chooser]').isVisible()).toBe(false);
    expect(await page.locator('[data-for-team]').count()).toBe(0);
    const headings = await page.locator('main section > h2').allInnerTexts();
    expect(headings.map((h) => h.toUpperCase())).toEqual(GENERAL_CARDS.map((h) => h.toUpperCase()));
    await page.context().close();
  });

  test.each([390, 1280])('with a team chosen, no serious accessibility problem and no sideways scrolling at %i px', async (width) => {
    const page = await home({ viewport: { width, height: 900 } });
    await page.getByLabel('Your team').selectOption('team-beta');
    await page.locator('[data-for-team]').waitFor();
    expect(await seriousViolations(page, { tags: WCAG_AA })).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.context().close();
  });
});

describe('my team under a base path', () => {
  const underBase = useBrowserAndSite(() => inject('baseDist'), BASE_PATH);

  test('the section is fetched from under the base path, and its links stay there', async () => {
    const page = await underBase.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => void requested.push(new URL(request.url()).pathname));
    await page.goto(underBase.site.url);
    await page.getByLabel('Your team').selectOption('mobile');
    await page.locator('[data-for-team="mobile"]').waitFor();
    expect(requested).toContain(`${BASE_PATH}for-you/mobile/`);
    const links = await page.locator('[data-for-team] a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(2);
    expect(links.filter((href) => href.startsWith('/') && !href.startsWith(BASE_PATH))).toEqual([]);
    await page.close();
  });
});
