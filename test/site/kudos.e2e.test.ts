/**
 * Kudos in the built demo handbook, in a real Chromium: the monthly page lists every
 * kudos of its month (compared with the content files themselves, read as YAML), grouped
 * by receiving team in alphabetical order; /kudos/ shows the months with their counts and
 * the quarter's award; team pages count the thanks they received and gave; the pages are
 * axe clean and fit a phone; the kudos feed reads strictly.
 */
import { DEMO_TODAY } from '../helpers/demo-clock.ts';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, inject, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load.ts';
import { buildIndexes } from '../../src/lib/handbook/indexes.ts';
import { publishedHandbook } from '../../src/lib/handbook/published.ts';
import { quarterOf } from '../../src/lib/kudos/awards.ts';
import { seriousViolations, WCAG_AA } from '../helpers/axe.ts';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';
import { read, readRss } from '../helpers/feeds.ts';
import { projectRoot } from '../helpers/site.ts';

const dist = () => inject('demoDist');
const demo = loadHandbook(projectRoot).then((loaded) => buildIndexes(publishedHandbook(loaded.handbook, false)));
const opened = useBrowserAndSite(dist);

interface KudosFile {
  id: string;
  date: string;
  from: string;
  to?: string[];
  teams?: string[];
  for: string;
}

/** The demo's kudos as written, straight from the files: what the month page must show. */
async function kudosFiles(): Promise<KudosFile[]> {
  const folder = path.join(projectRoot, 'content/kudos');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.yaml'));
  return Promise.all(
    names.map(async (name) => {
      const data = parse(await readFile(path.join(folder, name), 'utf8'), { version: '1.1' }) as Omit<KudosFile, 'id' | 'date'> & { date: string | Date };
      const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : data.date;
      return { ...data, id: name.replace(/\.yaml$/, ''), date };
    }),
  );
}

/** The month with the most kudos: the demo's busiest, this month. */
async function busiestMonth(): Promise<string> {
  const months = (await kudosFiles()).map((kudos) => kudos.date.slice(0, 7));
  return [...new Set(months)].sort((a, b) => months.filter((m) => m === b).length - months.filter((m) => m === a).length)[0]!;
}

async function open(route: string, width = 1280, colorScheme: 'light' | 'dark' = 'light') {
  const context = await opened.browser.newContext({ colorScheme, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(opened.site.url + route);
  return { page, close: () => context.close() };
}

describe('the monthly kudos page', () => {
  test('lists every kudos of that month, each with who thanked whom and for what', async () => {
    const h = await demo;
    const month = await busiestMonth();
    const files = (await kudosFiles()).filter((kudos) => kudos.date.startsWith(month));
    expect(files.length).toBeGreaterThanOrEqual(5);
    const { page, close } = await open(`kudos/${month}/`);
    const anchored = await page.locator('li[data-thanks="kudos"][id]').evaluateAll((items) => items.map((item) => item.id));
    expect(anchored.sort()).toEqual(files.map((kudos) => kudos.id).sort());
    for (const kudos of files) {
      const item = page.locator(`li[id="${kudos.id}"]`);
      const text = await item.innerText();
      expect(text, kudos.id).toContain(kudos.for);
      expect(text, kudos.id).toContain(h.person.get(kudos.from)!.data.name);
      for (const person of kudos.to ?? []) expect(text, kudos.id).toContain(h.person.get(person)!.data.name);
      // Under the team that received it: a whole team named, or the team of the first person thanked.
      const receiver = kudos.teams?.[0] ?? h.person.get(kudos.to![0]!)!.data.team;
      expect(await page.locator(`section[data-receiving-team="${receiver}"] li[id="${kudos.id}"]`).count(), kudos.id).toBe(1);
    }
    await close();
  });

  test('groups the thanks by receiving team, alphabetically, wins enabled by other teams among them', async () => {
    const h = await demo;
    const month = h.thanksMonths.find((m) => m.byTeam.some((group) => group.thanks.some((t) => t.source === 'win')))!;
    const { page, close } = await open(`kudos/${month.month}/`);
    const headings = await page.locator('main section[data-receiving-team] h2').allInnerTexts();
    const names = month.byTeam.map((group) => h.team.get(group.team)!.data.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(headings.map((heading) => heading.replace(/\s+\d+$/, ''))).toEqual(names);
    const win = month.byTeam.flatMap((group) => group.thanks).find((t) => t.source === 'win')!;
    const winText = await page.locator(`section[data-receiving-team="${win.toTeam}"] li[data-thanks="win"]`).first().innerText();
    expect(winText).toContain(`${h.team.get(win.fromTeam)!.data.name} thanks the whole team for a win they made possible:`);
    expect(winText).toContain(win.for);
    await close();
  });
});

describe('/kudos/', () => {
  test('shows the months newest first with their counts, this quarter’s award with its nominees, and past awards with their citations', async () => {
    const h = await demo;
    const { page, close } = await open('kudos/');
    const months = await page
      .locator('[data-kudos-months] li')
      .evaluateAll((items) => items.map((item) => `${item.getAttribute('data-month')} ${(item as HTMLElement).innerText.replace(/\s+/g, ' ').trim()}`));
    expect(months.length).toBe(h.thanksMonths.length);
    expect(months[0]).toMatch(new RegExp(`^${h.thanksMonths[0]!.month} .* ${h.thanksMonths[0]!.count} thanks to ${h.thanksMonths[0]!.byTeam.length} teams$`));
    const quarter = quarterOf(DEMO_TODAY);
    const current = h.awards.find((award) => award.data.quarter === quarter)!;
    const card = page.locator(`[data-award="${current.id}"]`);
    expect(await card.locator('[data-nominee]').count()).toBe(current.data.nominees.length);
    const past = h.awards.find((award) => award.data.quarter < quarter && award.data.citation)!;
    const pastCard = page.locator(`section[aria-labelledby="past-awards"] [data-award="${past.id}"]`);
    expect(await pastCard.locator('[data-winner]').innerText()).toContain(past.data.nominees[past.data.winner!]!.for);
    expect((await pastCard.innerText()).replace(/\s+/g, ' ')).toContain(past.data.citation!.replace(/\s+/g, ' '));
    await close();
  });
});

describe('team pages', () => {
  test('count the thanks each team received and gave, and show its awards', async () => {
    const h = await demo;
    const page = await opened.browser.newPage();
    for (const team of h.teams) {
      await page.goto(`${opened.site.url}teams/${team.id}/`);
      const received = await page.locator('[data-thanks-received]').getAttribute('data-thanks-received');
      const given = await page.locator('[data-thanks-given]').getAttribute('data-thanks-given');
      expect(`${team.id}: ${received} received, ${given} given`).toBe(
        `${team.id}: ${h.thanksReceivedBy(team.id).length} received, ${h.thanksGivenBy(team.id).length} given`,
      );
      expect(await page.locator('section[aria-labelledby="thanks-received"] li[data-thanks]').count()).toBe(Math.min(3, h.thanksReceivedBy(team.id).length));
      expect(await page.locator('[data-award]').count(), team.id).toBe(h.awardsOfTeam(team.id).length);
    }
    // Every thanks counted once as received and once as given.
    const total = h.teams.reduce((sum, team) => sum + h.thanksReceivedBy(team.id).length, 0);
    expect(total).toBe(h.thanks.length);
    expect(h.teams.reduce((sum, team) => sum + h.thanksGivenBy(team.id).length, 0)).toBe(total);
    await page.close();
  });
});

describe('in a browser at two widths', () => {
  test.each(['light', 'dark'] as const)('/kudos/, a month page, a team’s thanks and an award page are axe clean and fit a phone (%s)', async (scheme) => {
    const h = await demo;
    const month = await busiestMonth();
    for (const route of ['kudos/', `kudos/${month}/`, 'kudos/team/backend-platform/', `awards/${h.awards[0]!.id}/`]) {
      for (const width of [390, 1280]) {
        const { page, close } = await open(route, width, scheme);
        const serious = await seriousViolations(page, { tags: WCAG_AA });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        await close();
        expect(serious, `${route} at ${width} px`).toEqual([]);
        expect(overflow, `${route} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
      }
    }
  });
});

describe('the kudos feed', () => {
  test('carries every kudos given so far and each decided award, and reads strictly', async () => {
    const h = await demo;
    const { feed, problems } = readRss(await read(dist(), 'kudos/rss.xml'));
    expect(problems).toEqual([]);
    const today = DEMO_TODAY;
    const decided = h.awards.filter((award) => award.data.decided !== undefined && award.data.decided <= today).length;
    expect(feed.items.length).toBe(h.kudos.filter((kudos) => kudos.data.date <= today).length + decided);
  });
});
