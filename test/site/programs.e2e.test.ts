/**
 * The programs in the built demo handbook: the overview, a rotation page and a team page
 * with a visitor in a real Chromium (what they show, axe clean in both themes, no
 * sideways scrolling on a phone); the calendar's program events, read strictly; a
 * program in its team's feed. Which rotation is running is worked out from the content
 * and today's date, as the build did.
 */
import { DEMO_NOW, DEMO_TODAY } from '../helpers/demo-clock.ts';
import { describe, expect, inject, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load.ts';
import { buildIndexes } from '../../src/lib/handbook/indexes.ts';
import { publishedHandbook } from '../../src/lib/handbook/published.ts';
import { byState, programItems, type ProgramItem } from '../../src/lib/programs/items.ts';
import { seriousViolations, WCAG_AA } from '../helpers/axe.ts';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';
import { read, readRss } from '../helpers/feeds.ts';
import { readCalendar } from '../helpers/ical.ts';
import { projectRoot } from '../helpers/site.ts';

const SITE = 'https://northwind-labs.github.io/';
const dist = () => inject('demoDist');
const demo = loadHandbook(projectRoot).then((loaded) => {
  const h = buildIndexes(publishedHandbook(loaded.handbook, false));
  return { h, items: programItems(h, { today: DEMO_TODAY, now: new Date(DEMO_NOW), timeZone: 'UTC' }) };
});

/** The rotation running today: the demo has one in every state relative to its dates. */
async function runningRotation(): Promise<Extract<ProgramItem, { kind: 'rotation' }>> {
  const { items } = await demo;
  const running = byState(items).now.find((item): item is Extract<ProgramItem, { kind: 'rotation' }> => item.kind === 'rotation');
  if (!running) throw new Error(`No rotation of the demo runs on ${DEMO_TODAY}: add one to content/rotations/ that does`);
  return running;
}

const opened = useBrowserAndSite(dist);

async function axe(route: string, colorScheme: 'light' | 'dark', width: number): Promise<{ serious: string[]; overflow: number; text: string }> {
  const context = await opened.browser.newContext({ colorScheme, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(opened.site.url + route);
  const serious = await seriousViolations(page, { tags: WCAG_AA });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const text = (await page.locator('main').innerText()).toLowerCase();
  await context.close();
  return { serious, overflow, text };
}

describe('pages in a browser', () => {
  test('/programs/ lists what runs now, what comes next and what ended, with outcomes and team filters', async () => {
    const { items } = await demo;
    const { now, next, past } = byState(items);
    const page = await opened.browser.newPage();
    await page.goto(`${opened.site.url}programs/`);
    const count = (id: string) => page.locator(`section[aria-labelledby="${id}"] [data-program]`).count();
    expect([await count('now'), await count('next'), await count('past')]).toEqual([now.length, next.length, past.length]);
    expect([now.length, next.length, past.length].every((n) => n > 0)).toBe(true);
    for (const item of past.filter((p) => p.outcome)) expect(await page.locator('section[aria-labelledby="past"]').innerText()).toContain(item.outcome!);
    const filters = page.getByRole('navigation', { name: 'Filter programs by team' });
    await filters.getByRole('link', { name: /^Mobile/ }).click();
    await page.waitForURL(`${opened.site.url}programs/team/mobile/`);
    expect(await filters.getByRole('link', { name: /^Mobile/ }).getAttribute('aria-current')).toBe('page');
    expect(await page.locator('[data-program]').count()).toBe(items.filter((item) => item.teams.includes('mobile')).length);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programs' }).getAttribute('aria-current')).toBe('page');
    await page.close();
  });

  test('a rotation page shows who, where, when and the goals', async () => {
    const rotation = await runningRotation();
    const { h } = await demo;
    const { text } = await axe(rotation.route, 'light', 1280);
    for (const fact of [
      rotation.title,
      'in progress',
      ...rotation.entry.data.goals,
      h.person.get(rotation.entry.data.buddy)!.data.name,
      h.person.get(rotation.entry.data.cover)!.data.name,
      'written after the rotation has ended',
    ]) {
      expect(text, fact).toContain(fact.toLowerCase());
    }
  });

  test('the host team’s page shows its visitor, and the home team’s who is away and who covers', async () => {
    const rotation = await runningRotation();
    const { h } = await demo;
    const { person, hostTeam, buddy, cover } = rotation.entry.data;
    const page = await opened.browser.newPage();
    await page.goto(`${opened.site.url}teams/${hostTeam}/`);
    const visitor = page.locator(`[data-visiting-away] [data-visitor="${person}"]`);
    expect(await visitor.innerText()).toContain(`${h.person.get(person)!.data.name}`);
    expect(await visitor.innerText()).toContain(`buddy ${h.person.get(buddy)!.data.name}`);
    await page.goto(`${opened.site.url}teams/${h.homeTeamOf(rotation.entry)}/`);
    const away = page.locator(`[data-visiting-away] [data-away="${person}"]`);
    expect(await away.innerText()).toMatch(new RegExp(`is away at ${h.team.get(hostTeam)!.data.name}`));
    expect(await away.innerText()).toContain(`covered by ${h.person.get(cover)!.data.name}`);
    await page.close();
  });

  test.each(['light', 'dark'] as const)(
    'the overview, a rotation page, a mentorship page and a team page with a visitor are axe clean and fit a phone (%s)',
    async (scheme) => {
      const rotation = await runningRotation();
      const { items } = await demo;
      const mentorship = items.find((item) => item.kind === 'mentorship')!;
      for (const route of ['programs/', rotation.route, mentorship.route, `teams/${rotation.entry.data.hostTeam}/`]) {
        for (const width of [390, 1280]) {
          const { serious, overflow } = await axe(route, scheme, width);
          expect(serious, `${route} at ${width} px`).toEqual([]);
          expect(overflow, `${route} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
        }
      }
    },
  );
});

describe('calendar and feeds', () => {
  test('calendar.ics has every rotation as an all-day event and every pair session at its time in its zone, read strictly', async () => {
    const { h } = await demo;
    const { events, problems } = readCalendar(await read(dist(), 'calendar.ics'));
    expect(problems).toEqual([]);
    const rotations = events.filter((event) => event.uid.startsWith('rotation-'));
    expect(rotations.map((event) => event.uid.replace(/^rotation-|@.*$/g, '')).sort()).toEqual(h.rotations.map((r) => r.id).sort());
    for (const event of rotations) expect(event.startDate.isDate && event.endDate.isDate, event.uid).toBe(true);
    const pairings = events.filter((event) => event.uid.startsWith('pairing-'));
    expect(pairings.length).toBe(h.pairings.length);
    for (const event of pairings) {
      const pairing = h.pairing.get(event.uid.replace(/^pairing-|@.*$/g, ''))!;
      expect(event.startDate.zone.tzid).toBe(h.person.get(pairing.data.people[0]!)!.data.timezone);
      expect(event.startDate.toJSDate().toISOString()).toBe(pairing.data.date);
    }
    const own = readCalendar(await read(dist(), 'teams/mobile/calendar.ics'));
    expect(own.problems).toEqual([]);
    expect(own.events.filter((event) => event.uid.startsWith('rotation-')).length).toBe(
      h.rotationsAwayFrom('mobile').length + h.rotationsHostedBy('mobile').length,
    );
  });

  test('the running rotation is in its teams’ feeds and the rotations feed, as started', async () => {
    const rotation = await runningRotation();
    const { h } = await demo;
    for (const file of [
      `teams/${rotation.entry.data.hostTeam}/rss.xml`,
      `teams/${h.homeTeamOf(rotation.entry)}/rss.xml`,
      'programs/rotations/rss.xml',
      'rss.xml',
    ]) {
      const { feed, problems } = readRss(await read(dist(), file));
      expect(problems, file).toEqual([]);
      const item = feed.items.find((i) => i.link === `${SITE}${rotation.route}`);
      expect(item?.guid, file).toBe(`${SITE}${rotation.route}#started`);
      expect(item?.title, file).toBe(`Rotation started: ${rotation.title}`);
    }
  });
});
