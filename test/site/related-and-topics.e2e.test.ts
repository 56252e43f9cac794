/**
 * Related work and topics in the built demo, in a real Chromium at phone and desktop
 * widths: the pairs each page shows are exactly those lib/related/ finds in the demo's
 * content as of today (less the dismissed one), a tag page lists everything tagged and
 * its experts in rank order, and a search for a tag finds its page among the first
 * results, with experts in the excerpt. Every page is axe clean and never scrolls sideways.
 */
import { DEMO_TODAY } from '../helpers/demo-clock.ts';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load.ts';
import { buildIndexes } from '../../src/lib/handbook/indexes.ts';
import { publishedHandbook } from '../../src/lib/handbook/published.ts';
import { dismissedPairs, loadDismissals } from '../../src/lib/related/dismissals.ts';
import { relatedWork } from '../../src/lib/related/work.ts';
import { tagSummaries } from '../../src/lib/tags/experts.ts';
import { seriousViolations, WCAG_AA } from '../helpers/axe.ts';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';
import { projectRoot } from '../helpers/site.ts';

const today = DEMO_TODAY;
const demo = (async () => {
  const loaded = await loadHandbook(projectRoot);
  const h = buildIndexes(publishedHandbook(loaded.handbook, false));
  const { dismissals } = await loadDismissals(projectRoot, path.join(projectRoot, 'content'));
  return { h, dismissals, work: relatedWork(h, today, dismissedPairs(dismissals)), tags: tagSummaries(h, today) };
})();

const opened = useBrowserAndSite(() => inject('demoDist'));
const WIDTHS = [390, 1280];

/** The page at a width: its related pairs as `own other` ids, its serious axe violations, and how far it scrolls sideways. */
async function visit(route: string, width: number, read: (page: import('playwright-core').Page) => Promise<string[]>) {
  // axe needs a page of its own context.
  const context = await opened.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(opened.site.url + route);
  const shown = await read(page);
  const serious = await seriousViolations(page, { tags: WCAG_AA });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await context.close();
  return { shown, serious, overflow };
}

const pairsOnPage = (page: import('playwright-core').Page) =>
  page.locator('[data-related-work] [data-related-pair]').evaluateAll((items) => items.map((item) => item.getAttribute('data-related-pair')!));

describe('related work elsewhere', () => {
  test('the planted overlap is found: a team plans its own flag service while another proposes one for all', async () => {
    const { work } = await demo;
    expect(work.forEntry('adrs/0012-adopt-openfeature-with-a-self-hosted-flag-service').map((link) => link.other.id)).toEqual([
      'updates/2026-11-20-mobile#next-1',
    ]);
  });

  test('the dismissed match is shown nowhere', async () => {
    const { work, dismissals } = await demo;
    expect(dismissals.map((d) => [d.a, d.b])).toEqual([['updates/2026-11-20-mobile', 'updates/2026-11-13-team-alpha']]);
    expect(work.matched.has('updates/2026-11-13-team-alpha|updates/2026-11-20-mobile')).toBe(true);
    expect(work.pairs.filter((pair) => [pair.a.entry, pair.b.entry].sort().join(' ') === 'updates/2026-11-13-team-alpha updates/2026-11-20-mobile')).toEqual(
      [],
    );
  });

  test.each(WIDTHS)('team pages and the ADR page show exactly the pairs found, axe clean at %i px', async (width) => {
    const { h, work } = await demo;
    const pages = [
      ...h.teams.map((team) => ({ route: `teams/${team.id}/`, links: work.forTeam(team.id) })),
      {
        route: 'adrs/0012-adopt-openfeature-with-a-self-hosted-flag-service/',
        links: work.forEntry('adrs/0012-adopt-openfeature-with-a-self-hosted-flag-service'),
      },
    ];
    expect(pages.filter((p) => p.links.length > 0).length).toBeGreaterThanOrEqual(3);
    for (const { route, links } of pages) {
      const { shown, serious, overflow } = await visit(route, width, pairsOnPage);
      expect(shown, route).toEqual(links.map((link) => `${link.own.id} ${link.other.id}`));
      expect(serious, route).toEqual([]);
      expect(overflow, route).toBeLessThanOrEqual(0);
    }
  });
});

describe('derived data for other tools', () => {
  test('data/related-work.json and data/experts.json hold what the pages show', async () => {
    const { work, tags } = await demo;
    const read = async (file: string) => JSON.parse(await readFile(path.join(inject('demoDist'), file), 'utf8'));
    const related = await read('data/related-work.json');
    expect(related.pairs.map((pair: { a: { id: string }; b: { id: string } }) => `${pair.a.id} ${pair.b.id}`)).toEqual(
      work.pairs.map((pair) => `${pair.a.id} ${pair.b.id}`),
    );
    const experts = await read('data/experts.json');
    expect(experts.tags.map((t: { tag: string; experts: { person: string }[] }) => [t.tag, t.experts[0]?.person])).toEqual(
      tags.map((t) => [t.tag, t.experts[0]?.person]),
    );
  });
});

describe('topics', () => {
  test.each(WIDTHS)('/tags/postgresql/ lists every entry tagged and the experts in rank order, axe clean at %i px', async (width) => {
    const { h, tags } = await demo;
    const postgres = tags.find((summary) => summary.tag === 'postgresql')!;
    const tagged = [...h.adrs, ...h.talks, ...h.asks].filter((entry) => entry.data.tags.includes('postgresql'));
    expect(postgres.items.length).toBe(tagged.length);
    const { shown, serious, overflow } = await visit('tags/postgresql/', width, async (page) => [
      ...(await page.locator('[data-tag-items] a').allInnerTexts()).map((text) => `item: ${text}`),
      ...(await page.locator('[data-experts] li').evaluateAll((items) => items.map((item) => `expert: ${item.getAttribute('data-expert')}`))),
    ]);
    expect(shown).toEqual([
      ...['Decisions', 'Talks', 'Asks for help'].flatMap((group) => postgres.items.filter((item) => item.group === group).map((item) => `item: ${item.title}`)),
      ...postgres.experts.slice(0, 8).map((expert) => `expert: ${expert.person}`),
    ]);
    expect(h.person.get(postgres.experts[0]!.person)?.data.name).toBe('Elena Petrova');
    expect(serious).toEqual([]);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('/tags/ lists every tag with its count, and links to its page', async () => {
    const { tags } = await demo;
    const page = await opened.browser.newPage();
    await page.goto(`${opened.site.url}tags/`);
    const texts = await page.locator('[data-tag-list] a').allInnerTexts();
    expect(texts.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(tags.map((summary) => `#${summary.tag} ${summary.items.length}`));
    await page.close();
  });

  test('searching a tag finds its topic among the first results, with the experts in the excerpt', async () => {
    const page = await opened.browser.newPage();
    await page.goto(`${opened.site.url}search/?q=postgresql`);
    const titles = page.locator('.search-result .search-result__title');
    await expect.poll(() => titles.allInnerTexts(), { timeout: 10_000 }).toContain('#postgresql');
    expect((await titles.allInnerTexts()).indexOf('#postgresql')).toBeLessThan(5);
    const topic = page.locator('.search-result', { has: page.locator('.search-result__title', { hasText: /^#postgresql$/ }) });
    expect(await topic.locator('.search-result__excerpt').innerText()).toContain('Elena Petrova, Marcus Bell');
    await page.close();
  });
});
