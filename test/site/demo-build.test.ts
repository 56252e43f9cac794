import { expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadHandbook } from '../../src/lib/content/load.ts';
import { routes } from '../../src/lib/routes.ts';
import { COLLECTION_NAMES, hasEntryPages, type CollectionName } from '../../src/lib/collections.ts';
import { builtPages, projectRoot } from '../helpers/site.ts';

const dist = inject('demoDist');
const pageOf: Record<CollectionName, (id: string) => string> = {
  people: routes.person,
  teams: routes.team,
  adrs: routes.adr,
  talks: routes.talk,
  guilds: routes.guild,
  dependencies: routes.dependency,
  updates: routes.update,
  rotations: routes.rotation,
  mentorships: routes.mentorship,
  pairings: routes.pairing,
  // A kudos is shown on its month's page.
  kudos: (id) => routes.kudosEntry(id).replace(/#.*$/, ''),
  awards: routes.award,
  retros: routes.retro,
  asks: routes.ask,
  surveys: routes.healthQuarter,
  signals: routes.connectionsQuarter,
};

test('the demo handbook has one page for every published entry, and none for drafts', async () => {
  const { handbook, problems } = await loadHandbook(projectRoot);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  const pages = await builtPages(dist);
  let published = 0;
  let drafts = 0;
  for (const collection of COLLECTION_NAMES.filter(hasEntryPages)) {
    expect(handbook[collection].length, `${collection} has entries`).toBeGreaterThan(0);
    for (const entry of handbook[collection]) {
      const page = pageOf[collection](entry.id);
      if (entry.data.draft) {
        drafts++;
        expect(pages.has(page), `draft ${page} is not published`).toBe(false);
      } else {
        published++;
        expect(pages.has(page), `${page} exists`).toBe(true);
      }
    }
  }
  expect(drafts).toBeGreaterThan(0);
  expect(published).toBeGreaterThan(100);
});

test('every collection has an index page', async () => {
  const pages = await builtPages(dist);
  for (const index of [
    '',
    'teams/',
    'people/',
    'adrs/',
    'talks/',
    'guilds/',
    'dependencies/',
    'updates/',
    'programs/',
    'programs/rotations/',
    'programs/mentorships/',
    'programs/pairings/',
    'kudos/',
    'awards/',
  ]) {
    expect(pages.has(index), `/${index}`).toBe(true);
  }
});

test('a team page shows its facts, an edit link and where its office hours are', async () => {
  const html = await readFile(path.join(dist, 'teams/backend-platform/index.html'), 'utf8');
  expect(html).toContain('Database optimization and caching');
  expect(html).toContain('Every other Tuesday, 14:00 America/Los Angeles');
  expect(html).toContain('https://github.com/northwind-labs/handbook/edit/main/content/teams/backend-platform.md');
});

test("a team's dependencies page lists every dependency of the team both ways, most urgent first, as its team page does", async () => {
  const { handbook } = await loadHandbook(projectRoot);
  const published = handbook.dependencies.filter((d) => !d.data.draft);
  const rank = ['blocked', 'at-risk', 'planned', 'on-track', 'done'];
  const urgent = (a: (typeof published)[number], b: (typeof published)[number]) =>
    rank.indexOf(a.data.status) - rank.indexOf(b.data.status) || a.data.needBy.localeCompare(b.data.needBy);
  const linked = (html: string, way: string) =>
    [...(html.split(`data-dependencies="${way}"`)[1]?.split('</ul>')[0] ?? '').matchAll(/href="\/dependencies\/([^/"]+)\/"/g)].map((m) => m[1]);
  for (const team of handbook.teams.filter((t) => published.some((d) => d.data.from.team === t.id || d.data.to.team === t.id))) {
    const html = await readFile(path.join(dist, routes.teamDependencies(team.id), 'index.html'), 'utf8');
    const needs = published.filter((d) => d.data.from.team === team.id).sort(urgent);
    const neededBy = published.filter((d) => d.data.to.team === team.id).sort(urgent);
    expect(linked(html, 'needs'), team.id).toEqual(needs.map((d) => d.id));
    expect(linked(html, 'needed-by'), team.id).toEqual(neededBy.map((d) => d.id));
    // The demo's teams have few enough that their team page lists them all too, with no "all N" link.
    const teamPage = await readFile(path.join(dist, routes.team(team.id), 'index.html'), 'utf8');
    expect(linked(teamPage, 'needs'), team.id).toEqual(needs.map((d) => d.id));
    expect(teamPage.includes('data-all-dependencies'), team.id).toBe(false);
  }
});
