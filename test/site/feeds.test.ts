/**
 * Feeds, calendars, digests and the sitemap of the built demo handbook, at the root
 * and under a base path: every feed is strict RSS 2.0 that a feed parser reads, carries
 * one item per entry, links only to pages that exist, and has no relative URL in its
 * content; the calendar parses and keeps office hours at local time across a
 * daylight-saving change.
 */
import { DEMO_NOW, DEMO_TODAY } from '../helpers/demo-clock.ts';
import { describe, expect, inject, test } from 'vitest';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { loadHandbook } from '../../src/lib/content/load.ts';
import { publishedHandbook } from '../../src/lib/handbook/published.ts';
import { seriousViolations, WCAG_AA } from '../helpers/axe.ts';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';
import { FEED_ITEM_LIMIT } from '../../src/lib/feeds/catalog.ts';
import { extractLinks } from '../../scripts/lib/links/check-links.ts';
import { exists, feedFiles, fileOfUrl, missingPages, read, readRss } from '../helpers/feeds.ts';
import { projectRoot } from '../helpers/site.ts';
import { BASE_PATH } from './build-demo.ts';

const SITE = 'https://northwind-labs.github.io';

/** The demo's published entries, read from content/ by the content check's loader, not by the site. */
const content = loadHandbook(projectRoot).then((loaded) => publishedHandbook(loaded.handbook, false));

/** The tag, guild and person feeds the demo's content calls for, worked out from content/ rather than from the site's code. */
async function audienceFeedFiles(): Promise<{ tags: string[]; guilds: string[]; people: string[] }> {
  const handbook = await content;
  const tags = new Set([...handbook.adrs, ...handbook.talks, ...handbook.asks].flatMap((entry) => entry.data.tags));
  // A person has a feed once they decided, presented, joined a program, was thanked, ran or owned a retro action, or helped
  // with an ask; every guild of the demo has a meeting planned.
  const today = DEMO_TODAY;
  const people = new Set([
    ...handbook.kudos.filter((k) => k.data.date <= today).flatMap((k) => k.data.to),
    ...handbook.retros.flatMap((r) => [r.data.facilitator, ...r.data.actions.map((action) => action.owner)]),
    ...handbook.asks.flatMap((a) => a.data.helpers),
    ...handbook.adrs.flatMap((adr) => adr.data.deciders),
    ...handbook.talks.flatMap((talk) => talk.data.speakers),
    ...handbook.rotations.flatMap((r) => [r.data.person, r.data.buddy, r.data.cover]),
    ...handbook.mentorships.flatMap((m) => [m.data.mentor, m.data.mentee]),
    ...handbook.pairings.flatMap((p) => p.data.people),
  ]);
  return {
    tags: [...tags].map((tag) => `tags/${tag}/rss.xml`),
    guilds: handbook.guilds.map((guild) => `guilds/${guild.id}/rss.xml`),
    people: [...people].map((person) => `people/${person}/rss.xml`),
  };
}

/** Page folders of one section, e.g. every `adrs/<id>/index.html` that is an ADR (not a filter page). */
async function pagesIn(dist: string, section: string, pattern: RegExp): Promise<string[]> {
  const names = await readdir(path.join(dist, section));
  const pages: string[] = [];
  for (const name of names) if (pattern.test(name) && (await exists(path.join(dist, section, name, 'index.html')))) pages.push(name);
  return pages;
}

describe.each([
  { name: 'root', dist: () => inject('demoDist'), base: '/' },
  { name: 'base path', dist: () => inject('baseDist'), base: BASE_PATH },
])('feeds ($name)', ({ dist, base }) => {
  const root = `${SITE}${base}`;

  test('every feed is strict RSS 2.0, read back by a feed parser, linking only to pages of the build, with absolute URLs only', async () => {
    const files = await feedFiles(dist());
    // Everything, decisions, talks, updates, the digest, the three programs, kudos, retrospectives and asks, then one per team, and per tag, guild and person.
    const audience = await audienceFeedFiles();
    expect(files.length).toBe(11 + (await content).teams.length + audience.tags.length + audience.guilds.length + audience.people.length);
    expect(files.filter((file) => /^(tags|guilds|people)\//.test(file))).toEqual([...audience.tags, ...audience.guilds, ...audience.people].sort());
    for (const file of files) {
      const { feed, problems } = readRss(await read(dist(), file));
      expect(problems, file).toEqual([]);
      expect(feed.self, file).toBe(`${root}${file}`);
      expect(feed.link.startsWith(root), file).toBe(true);
      expect(feed.items.length, `${file} has items`).toBeGreaterThan(0);
      // Newest first.
      const dates = feed.items.map((item) => Date.parse(item.pubDate));
      expect(dates, file).toEqual([...dates].sort((a, b) => b - a));

      expect(
        await missingPages(
          feed.items.map((item) => item.link),
          dist(),
          SITE,
          base,
        ),
        `${file}: item links`,
      ).toEqual([]);
      const links = feed.items.flatMap((item) => extractLinks(item.content).map((link) => link.href));
      expect(
        links.filter((href) => !/^(https?:\/\/|mailto:)/.test(href)),
        `${file}: relative URLs in content`,
      ).toEqual([]);
      expect(
        links.filter((href) => href.startsWith(SITE) && !href.startsWith(root)),
        `${file}: links outside the base path`,
      ).toEqual([]);
      expect(
        await missingPages(
          links.map((href) => href.replace(/#.*$/, '')),
          dist(),
          SITE,
          base,
        ),
        `${file}: links in content`,
      ).toEqual([]);
    }
  });

  test('item counts match the content: one per ADR, talk, update, program, kudos, decided award and published digest', async () => {
    const handbook = await content;
    const count = async (file: string) => readRss(await read(dist(), file)).feed.items.length;
    const adrPages = await pagesIn(dist(), 'adrs', /^\d{4}-/);
    const talkPages = await pagesIn(dist(), 'talks', /^\d{4}-\d{2}-\d{2}-/);
    const updatePages = await pagesIn(dist(), 'updates', /^\d{4}-\d{2}-\d{2}-/);
    const weekPages = await pagesIn(dist(), 'digest', /^\d{4}-w\d{2}$/);
    const publishedWeeks = [];
    for (const week of weekPages) if (!(await read(dist(), `digest/${week}/index.html`)).includes('data-digest-in-progress')) publishedWeeks.push(week);

    expect([adrPages.length, talkPages.length, updatePages.length]).toEqual([handbook.adrs.length, handbook.talks.length, handbook.updates.length]);
    // Feeds carry the newest FEED_ITEM_LIMIT items; the demo has fewer in each.
    const capped = (n: number) => Math.min(n, FEED_ITEM_LIMIT);
    expect(await count('adrs/rss.xml')).toBe(capped(handbook.adrs.length));
    expect(await count('talks/rss.xml')).toBe(capped(handbook.talks.length));
    expect(await count('updates/rss.xml')).toBe(capped(handbook.updates.length));
    expect(await count('digest/rss.xml')).toBe(capped(publishedWeeks.length));
    // One item per program too, for the state it is in.
    const programs = handbook.rotations.length + handbook.mentorships.length + handbook.pairings.length;
    expect(await count('programs/rotations/rss.xml')).toBe(capped(handbook.rotations.length));
    expect(await count('programs/mentorships/rss.xml')).toBe(capped(handbook.mentorships.length));
    expect(await count('programs/pairings/rss.xml')).toBe(capped(handbook.pairings.length));
    // One per kudos given by today, and one per award decided by today; a retrospective is one item, an ask one for the state it is in.
    const today = DEMO_TODAY;
    const kudos = handbook.kudos.filter((k) => k.data.date <= today);
    const awards = handbook.awards.filter((a) => a.data.decided !== undefined && a.data.decided <= today);
    expect(await count('kudos/rss.xml')).toBe(capped(kudos.length + awards.length));
    expect(await count('retros/rss.xml')).toBe(capped(handbook.retros.length));
    expect(await count('asks/rss.xml')).toBe(capped(handbook.asks.length));
    const retrosAndAsks = handbook.retros.length + handbook.asks.length;
    expect(await count('rss.xml')).toBe(
      capped(
        handbook.adrs.length +
          handbook.talks.length +
          handbook.updates.length +
          publishedWeeks.length +
          programs +
          kudos.length +
          awards.length +
          retrosAndAsks,
      ),
    );
    const teamOf = (person: string) => handbook.people.find((p) => p.id === person)?.data.team;
    for (const team of handbook.teams) {
      const expected =
        handbook.adrs.filter((a) => a.data.teams.includes(team.id) || a.data.consulted.includes(team.id)).length +
        handbook.talks.filter((t) => t.data.team === team.id).length +
        handbook.updates.filter((u) => u.data.team === team.id).length +
        handbook.rotations.filter((r) => teamOf(r.data.person) === team.id || r.data.hostTeam === team.id).length +
        handbook.mentorships.filter((m) => [m.data.mentor, m.data.mentee].some((p) => teamOf(p) === team.id)).length +
        handbook.pairings.filter((p) => p.data.people.some((person) => teamOf(person) === team.id)).length +
        kudos.filter((k) => k.data.teams.includes(team.id) || [k.data.from, ...k.data.to].some((person) => teamOf(person) === team.id)).length +
        awards.filter((a) => a.data.nominees.some((nominee) => nominee.teams.includes(team.id))).length +
        handbook.retros.filter((r) => r.data.teams.includes(team.id)).length +
        handbook.asks.filter((a) => a.data.team === team.id || a.data.helpers.some((helper) => teamOf(helper) === team.id)).length;
      expect(await count(`teams/${team.id}/rss.xml`), team.id).toBe(capped(expected));
    }
  });

  test('items have stable guids that name an ADR’s status, categories for type, team and tags, and full content', async () => {
    const handbook = await content;
    const { feed } = readRss(await read(dist(), 'adrs/rss.xml'));
    for (const adr of handbook.adrs) {
      const item = feed.items.find((i) => i.link === `${root}adrs/${adr.id}/`)!;
      expect(item.guid).toBe(`${root}adrs/${adr.id}/#${adr.data.status}`);
      expect(item.isPermaLink).toBe('false');
      expect(item.categories.slice(0, 1)).toEqual(['ADR']);
      for (const tag of adr.data.tags) expect(item.categories).toContain(tag);
      for (const team of adr.data.teams) expect(item.categories).toContain(handbook.teams.find((t) => t.id === team)!.data.name);
    }
    const outbox = feed.items.find((i) => i.link.endsWith('/0013-introduce-a-transactional-outbox-for-domain-events/'))!;
    expect(outbox.content).toContain('<h2 id="decision">Decision</h2>');
    // The page's two-theme diagram becomes a link to the page.
    expect(outbox.content).not.toMatch(/<svg|<script/);
    expect(outbox.content).toMatch(/<a href="[^"]+0013-introduce-a-transactional-outbox-for-domain-events\/">Diagram[^<]*<\/a> \(a diagram/);
  });

  test('every page advertises the feed of everything, and its section’s or team’s feed', async () => {
    const alternates = async (file: string) =>
      [...(await read(dist(), file)).matchAll(/<link rel="alternate" type="application\/rss\+xml" title="([^"]+)" href="([^"]+)"/g)].map((m) => m[2]!);
    expect(await alternates('index.html')).toEqual([`${base}rss.xml`]);
    expect(await alternates('adrs/0011-use-connect-rpc-for-internal-services/index.html')).toEqual([`${base}rss.xml`, `${base}adrs/rss.xml`]);
    expect(await alternates('teams/backend-platform/index.html')).toEqual([`${base}rss.xml`, `${base}teams/backend-platform/rss.xml`]);
    expect(await alternates('digest/index.html')).toEqual([`${base}rss.xml`, `${base}digest/rss.xml`]);
    expect(await alternates('guilds/api-guild/index.html')).toEqual([`${base}rss.xml`, `${base}guilds/api-guild/rss.xml`]);
    expect(await alternates('people/tomas-novak/index.html')).toEqual([`${base}rss.xml`, `${base}people/tomas-novak/rss.xml`]);
    expect(await alternates('adrs/tag/kafka/index.html')).toEqual([`${base}rss.xml`, `${base}adrs/rss.xml`, `${base}tags/kafka/rss.xml`]);
    // Someone with nothing to follow yet has no feed to offer.
    expect(await alternates('people/sean-murphy/index.html')).toEqual([`${base}rss.xml`]);
    // And the pages link their feed where a reader sees it.
    for (const [page, feed] of [
      ['guilds/api-guild/index.html', 'guilds/api-guild/rss.xml'],
      ['people/tomas-novak/index.html', 'people/tomas-novak/rss.xml'],
      ['adrs/tag/kafka/index.html', 'tags/kafka/rss.xml'],
    ] as const)
      expect(await read(dist(), page), page).toContain(`<a href="${base}${feed}" data-own-feed>`);
  });

  test('a tag, a guild and a person each have a strict RSS feed of what is theirs, newest first', async () => {
    const titles = async (file: string) => {
      const { feed, problems } = readRss(await read(dist(), file));
      expect(problems, file).toEqual([]);
      expect(feed.self, file).toBe(`${root}${file}`);
      return feed.items.map((item) => item.title);
    };
    // Every decision and talk tagged kafka; the talk on 4 Dec 2026 is announced until it has been given.
    const outboxTalk = 'Events you can trust: the transactional outbox';
    expect(await titles('tags/kafka/rss.xml')).toEqual([
      Date.parse('2026-12-04T16:00:00Z') > Date.parse(DEMO_NOW) ? `Upcoming talk: ${outboxTalk} (4 Dec 2026)` : `Talk: ${outboxTalk}`,
      'ADR 0013 proposed: Introduce a transactional outbox for publishing domain events',
    ]);
    // Its next meeting, then the talks its members give (Rohan Desai's CI talk).
    expect(await titles('guilds/testing-guild/rss.xml')).toEqual([
      'Testing Guild meets Thu, 3 Dec 2026, 14:00 UTC',
      'Talk: From 45 to 12 minutes: how we rebuilt the CI pipeline',
    ]);
    // What Tomáš Novák decided, what he was thanked for, and the mentorship he is part of.
    expect(await titles('people/tomas-novak/rss.xml')).toEqual([
      'Kudos to Tomáš Novák',
      'Mentorship started: Tomáš Novák mentors Lucas Almeida',
      'ADR 0006 superseded: Use gRPC for communication between internal services',
      'ADR 0011 accepted: Use Connect RPC for communication between internal services',
      'ADR 0002 superseded: Use REST with JSON for communication between internal services',
      'Process decision 0001 accepted: Record architecture decisions',
    ]);
    // A guild meeting is its guild's news only: the feed of everything carries entries.
    expect((await titles('rss.xml')).filter((title) => title.includes(' meets '))).toEqual([]);
  });

  test('calendar.ics parses, has every office hours, talk, rotation, pair session and ask session, and keeps office hours at local time across a daylight-saving change', async () => {
    const handbook = await content;
    const calendar = new ICAL.Component(ICAL.parse(await read(dist(), 'calendar.ics')));
    ICAL.TimezoneService.reset();
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const withHours = handbook.teams.filter((t) => t.data.officeHours);
    const askSessions = handbook.asks.filter((a) => a.data.session).length;
    expect(events.length).toBe(withHours.length + handbook.talks.length + handbook.rotations.length + handbook.pairings.length + askSessions);
    // Each zone used has its VTIMEZONE.
    const zones = new Set(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')));
    expect([...new Set(withHours.map((t) => t.data.officeHours!.timezone))].filter((z) => !zones.has(z))).toEqual([]);

    const backend = events.find((e) => e.uid.startsWith('office-hours-backend-platform@'))!;
    expect(backend.startDate.zone.tzid).toBe('America/Los_Angeles');
    const iterator = backend.iterator();
    const sessions: ICAL.Time[] = [];
    for (let next = iterator.next(); next && sessions.length < 7; next = iterator.next()) sessions.push(next);
    // Every other Tuesday at 14:00 Los Angeles time, before and after clocks went back on 1 Nov 2026.
    expect(sessions.map((s) => `${s.toString()} ${s.toJSDate().toISOString().slice(11, 16)}Z`)).toEqual([
      '2026-09-01T14:00:00 21:00Z',
      '2026-09-15T14:00:00 21:00Z',
      '2026-09-29T14:00:00 21:00Z',
      '2026-10-13T14:00:00 21:00Z',
      '2026-10-27T14:00:00 21:00Z',
      '2026-11-10T14:00:00 22:00Z',
      '2026-11-24T14:00:00 22:00Z',
    ]);
    const urls = events.map((e) => String(e.component.getFirstPropertyValue('url')));
    expect(await missingPages(urls, dist(), SITE, base)).toEqual([]);

    for (const team of handbook.teams) {
      const own = new ICAL.Component(ICAL.parse(await read(dist(), `teams/${team.id}/calendar.ics`)));
      const teamOf = (person: string) => handbook.people.find((p) => p.id === person)?.data.team;
      const expected =
        (team.data.officeHours ? 1 : 0) +
        handbook.talks.filter((t) => t.data.team === team.id).length +
        handbook.rotations.filter((r) => teamOf(r.data.person) === team.id || r.data.hostTeam === team.id).length +
        handbook.pairings.filter((p) => p.data.people.some((person) => teamOf(person) === team.id)).length +
        handbook.asks.filter((a) => a.data.team === team.id && a.data.session).length;
      expect(own.getAllSubcomponents('vevent').length, team.id).toBe(expected);
    }
  });

  test('several digest weeks, each with an email version: whole document, inline CSS, no script, absolute links that resolve', async () => {
    const weeks = await pagesIn(dist(), 'digest', /^\d{4}-w\d{2}$/);
    expect(weeks.length).toBeGreaterThanOrEqual(5);
    const index = await read(dist(), 'digest/index.html');
    for (const week of weeks) expect(index).toContain(`href="${base}digest/${week}/"`);
    for (const week of weeks) {
      const email = await read(dist(), `digest/${week}/email.html`);
      expect(email, week).toMatch(/^<!doctype html>/);
      expect(email, week).not.toMatch(/<script|<link\b|<style|\sclass=/i);
      expect(email, week).toContain(' style="');
      const links = extractLinks(email).map((l) => l.href);
      expect(
        links.filter((href) => !href.startsWith(root)),
        week,
      ).toEqual([]);
      expect(await missingPages(links, dist(), SITE, base), week).toEqual([]);
    }
    const w47 = await read(dist(), 'digest/2026-w47/index.html');
    expect(w47).toContain('Week 47, 16–22 Nov 2026');
    expect(w47).toContain('data-digest-team="team-beta"');
  });

  test('the sitemap lists the pages (digest and subscribe among them) and nothing else', async () => {
    const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
    const index = parser.parse(await read(dist(), 'sitemap-index.xml'));
    const sitemaps: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(sitemaps.every((loc) => loc.startsWith(root))).toBe(true);
    const urls: string[] = [];
    for (const loc of sitemaps) urls.push(...parser.parse(await read(dist(), fileOfUrl(loc, SITE, base)!)).urlset.url.map((u: { loc: string }) => u.loc));
    expect(urls).toContain(`${root}subscribe/`);
    expect(urls).toContain(`${root}digest/2026-w47/`);
    expect(urls.filter((u) => !u.endsWith('/'))).toEqual([]);
    expect(await missingPages(urls, dist(), SITE, base)).toEqual([]);
  });

  test('the subscribe page lists every feed and calendar of the build', async () => {
    const handbook = await content;
    const html = await read(dist(), 'subscribe/index.html');
    // An address is marked up with the places it may wrap (<wbr>, parts in <span>s); its text is the address.
    const listed = [...html.matchAll(/<code[^>]* data-url[^>]*>(.+?)<\/code>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    const files = await feedFiles(dist());
    // Tags and people can run to hundreds: tags are a list of links on the page, people on a page of their own.
    const inList = (file: string) => !/^(tags|people)\//.test(file);
    const feeds = files.filter(inList).map((file) => `${root}${file}`);
    const calendars = [`${root}calendar.ics`, ...handbook.teams.map((t) => `${root}teams/${t.id}/calendar.ics`)];
    expect(listed.sort()).toEqual([...feeds, ...calendars].sort());
    for (const url of listed) expect(await exists(path.join(dist(), fileOfUrl(url, SITE, base)!)), url).toBe(true);
    const linked = (page: string, list: string) =>
      [
        ...page
          .slice(page.indexOf(list))
          .split('</ul>')[0]!
          .matchAll(/href="([^"]+)"/g),
      ]
        .map((m) => m[1]!.slice(base.length))
        .sort();
    expect(linked(html, 'data-tag-feeds')).toEqual(files.filter((file) => file.startsWith('tags/')));
    const people = await read(dist(), 'subscribe/people/index.html');
    expect(html).toContain(`<a href="${base}subscribe/people/">The feeds of ${files.filter((file) => file.startsWith('people/')).length} people, by team</a>`);
    const personFeeds = people
      .split('data-person-feeds')
      .slice(1)
      .flatMap((list) => linked(list, ''));
    expect(personFeeds.sort()).toEqual(files.filter((file) => file.startsWith('people/')));
  });
});

describe('digest and subscribe pages in a browser', () => {
  const opened = useBrowserAndSite(() => inject('demoDist'));

  test.each(['digest/', 'digest/2026-w47/', 'subscribe/'])(
    '%s: no serious accessibility problem in the page’s content in either theme, no sideways scrolling on a phone',
    async (route) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await opened.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme });
        const page = await context.newPage();
        await page.goto(opened.site.url + route);
        const serious = await seriousViolations(page, { include: 'main', tags: WCAG_AA });
        expect(serious, `${route} ${colorScheme}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${route} fits a phone`).toBe(true);
        await context.close();
      }
    },
  );

  test('copy buttons appear with JavaScript and copy the address, or select it where the clipboard is refused', async () => {
    const feed = 'https://northwind-labs.github.io/rss.xml';
    const allowed = await opened.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await allowed.newPage();
    await page.goto(`${opened.site.url}subscribe/`);
    const button = page.locator(`[data-copy="${feed}"]`);
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => button.innerText()).toMatch(/^Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(feed);
    await allowed.close();

    const refused = await opened.browser.newContext();
    const other = await refused.newPage();
    await other.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await other.goto(`${opened.site.url}subscribe/`);
    await other.locator(`[data-copy="${feed}"]`).click();
    await expect.poll(() => other.locator(`[data-copy="${feed}"]`).innerText()).toMatch(/^Selected/);
    expect(await other.evaluate(() => getSelection()?.toString())).toBe(feed);
    await refused.close();
  });
});
