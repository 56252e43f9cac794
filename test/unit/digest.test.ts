import { describe, expect, test } from 'vitest';
import { adrStatusDate } from '../../src/lib/adr-status-date.ts';
import { buildDigests, readingMinutes, type DigestOptions } from '../../src/lib/digest/assemble.ts';
import { digestEmailHtml, digestFeedHtml, digestPageHtml, digestSummary, digestTitle, type DigestEmailContext } from '../../src/lib/digest/html.ts';
import { isoWeekOf, mondayOf, parseWeekId, weekId, weekOfDate, weeksInYear } from '../../src/lib/digest/iso-week.ts';
import type { HandbookIndexes } from '../../src/lib/handbook/indexes.ts';
import { extractLinks } from '../../scripts/lib/links/check-links.ts';
import { addDays } from '../../src/lib/time/dates.ts';
import { adr, dependency, handbookOf, talk, team, update } from '../helpers/handbook-builder.ts';

const id = (date: string) => weekId(isoWeekOf(date));

describe('ISO weeks', () => {
  test('a Sunday closes its week and the Monday after opens the next', () => {
    expect(new Date('2026-11-22T00:00:00Z').getUTCDay()).toBe(0); // a Sunday
    expect(id('2026-11-22')).toBe('2026-w47');
    expect(id('2026-11-23')).toBe('2026-w48');
  });

  test('the week-53 / week-1 boundary: 2026 is a long year', () => {
    expect(weeksInYear(2026)).toBe(53);
    expect(id('2026-12-28')).toBe('2026-w53'); // Monday
    expect(id('2027-01-01')).toBe('2026-w53'); // a Friday of 2027, still in 2026's last week
    expect(id('2027-01-03')).toBe('2026-w53'); // Sunday
    expect(id('2027-01-04')).toBe('2027-w01'); // Monday
  });

  test('short years, and a calendar year whose first days belong to the previous ISO year', () => {
    expect(weeksInYear(2025)).toBe(52);
    expect(id('2024-12-29')).toBe('2024-w52'); // Sunday
    expect(id('2024-12-30')).toBe('2025-w01'); // Monday of the week holding 2 January 2025 (a Thursday)
    expect(id('2021-01-03')).toBe('2020-w53');
    expect(id('2021-01-04')).toBe('2021-w01');
  });

  test('every day from 2019 to 2028 lies in the Monday-to-Sunday span of its week', () => {
    for (let date = '2019-01-01'; date <= '2028-12-31'; date = addDays(date, 1)) {
      const week = weekOfDate(date);
      expect(new Date(`${week.monday}T00:00:00Z`).getUTCDay()).toBe(1);
      expect(week.monday <= date && date <= week.sunday, `${date} in ${week.id}`).toBe(true);
      expect(mondayOf(isoWeekOf(week.monday))).toBe(week.monday);
    }
  });

  test('week ids read back, and weeks that do not exist are refused', () => {
    expect(parseWeekId('2026-w53')).toEqual({ year: 2026, week: 53 });
    expect(parseWeekId('2025-w53')).toBeUndefined();
    expect(parseWeekId('2026-w00')).toBeUndefined();
    expect(parseWeekId('2026-W47')).toBeUndefined();
    expect(() => isoWeekOf('2026-13-01')).toThrowErrorMatchingInlineSnapshot(`[Error: "2026-13-01" is not a calendar date — write it as YYYY-MM-DD]`);
  });
});

function options(h: HandbookIndexes, today: string, extra: Partial<DigestOptions> = {}): DigestOptions {
  return {
    today,
    now: new Date(`${today}T12:00:00Z`),
    timeZone: 'UTC',
    adrStatusDate: (entry) => adrStatusDate(entry, h.supersededBy(entry.id), undefined).date,
    ...extra,
  };
}

describe('digest assembly', () => {
  test('an update on a Sunday and one on the Monday after land in 2026-w53 and 2027-w01', () => {
    const h = handbookOf({
      updates: [
        update('2027-01-03-alpha', { date: '2027-01-03', shipped: ['Sunday release'] }),
        update('2027-01-04-beta', { team: 'beta', date: '2027-01-04', shipped: ['Monday release'] }),
      ],
    });
    const digests = buildDigests(h, options(h, '2027-01-10'));
    expect(digests.map((d) => d.week.id)).toEqual(['2027-w01', '2026-w53']); // newest first
    const [w01, w53] = digests;
    expect(w53!.teams.map((t) => [t.teamId, t.shipped.map((s) => s.title)])).toEqual([['alpha', ['Sunday release']]]);
    expect(w01!.teams.map((t) => [t.teamId, t.shipped.map((s) => s.title)])).toEqual([['beta', ['Monday release']]]);
    expect(w53!.week).toMatchObject({ monday: '2026-12-28', friday: '2027-01-01', sunday: '2027-01-03' });
  });

  test("a talk's week is decided in the handbook's time zone", () => {
    // Sunday 23:30 UTC is already Monday in Tokyo.
    const h = handbookOf({ talks: [talk('late-talk', { date: '2027-01-03T23:30:00Z' })] });
    expect(buildDigests(h, options(h, '2027-01-10')).map((d) => d.week.id)).toEqual(['2026-w53']);
    expect(buildDigests(h, options(h, '2027-01-10', { timeZone: 'Asia/Tokyo' })).map((d) => d.week.id)).toEqual(['2027-w01']);
  });

  test('weeks without news have no digest; future entries wait for their week', () => {
    const h = handbookOf({
      updates: [update('a', { date: '2026-11-02' }), update('b', { date: '2026-11-20' }), update('c', { date: '2026-12-04' })],
      teams: [team('alpha', { wins: [{ title: 'Win', date: '2026-11-25' }] }), team('beta')],
    });
    expect(buildDigests(h, options(h, '2026-11-24')).map((d) => d.week.id)).toEqual(['2026-w47', '2026-w45']);
  });

  test('shipped (updates and wins), decisions with the date they reached their status, talks given and coming up', () => {
    const h = handbookOf({
      teams: [team('alpha', { wins: [{ title: 'Zero-downtime upgrade', date: '2026-11-17' }] }), team('beta')],
      updates: [update('2026-11-20-alpha', { shipped: ['Pooler in production'] })],
      adrs: [
        adr('0001-old', { date: '2025-01-10', status: 'superseded' }),
        adr('0002-new', { date: '2026-11-18', status: 'accepted', supersedes: ['0001-old'] }),
        adr('0003-idea', { date: '2026-11-19', status: 'proposed', feedbackBy: '2026-12-01', teams: ['alpha', 'beta'] }),
        adr('0004-draft', { date: '2026-11-19', status: 'draft' }),
      ],
      talks: [
        talk('given', { date: '2026-11-18T17:00:00Z' }),
        talk('next-week', { date: '2026-11-26T17:00:00Z' }),
        talk('far', { date: '2027-02-01T17:00:00Z' }),
      ],
    });
    const digests = buildDigests(h, options(h, '2026-11-24'));
    // The talk later in the current week makes that week a digest of its own (so far).
    expect(digests.map((d) => [d.week.id, d.published])).toEqual([
      ['2026-w48', false],
      ['2026-w47', true],
    ]);
    expect(digests[0]!.teams[0]!.talksUpcoming.map((t) => t.talkId)).toEqual(['next-week']);
    const week = digests[1];
    const alpha = week!.teams.find((t) => t.teamId === 'alpha')!;
    expect(alpha.shipped).toEqual([
      { title: 'Zero-downtime upgrade', date: '2026-11-17' },
      { title: 'Pooler in production', date: '2026-11-20', updateId: '2026-11-20-alpha' },
    ]);
    // The old ADR became superseded when its successor was decided, so it is news this week too.
    expect(alpha.decisions.map((d) => [d.adrId, d.status, d.date])).toEqual([
      ['0001-old', 'superseded', '2026-11-18'],
      ['0002-new', 'accepted', '2026-11-18'],
      ['0003-idea', 'proposed', '2026-11-19'],
    ]);
    expect(week!.teams.find((t) => t.teamId === 'beta')!.decisions.map((d) => d.adrId)).toEqual(['0003-idea']);
    expect(alpha.talksGiven.map((t) => t.talkId)).toEqual(['given']);
    expect(alpha.talksUpcoming.map((t) => t.talkId)).toEqual(['next-week']);
    expect(week!.totals).toMatchObject({ teams: 2, shipped: 2, decisions: 4, talksGiven: 1, talksUpcoming: 1 });
  });

  test('the current week is published on its Friday, not before', () => {
    const h = handbookOf({ updates: [update('u', { date: '2026-11-23' })] });
    expect(buildDigests(h, options(h, '2026-11-26'))[0]!.published).toBe(false); // Thursday
    expect(buildDigests(h, options(h, '2026-11-27'))[0]!.published).toBe(true); // Friday
  });

  test('deliveries due: at risk, blocked or done, needed this week or in the two after, under the delivering team', () => {
    const h = handbookOf({
      updates: [update('u', { date: '2026-11-20' })],
      dependencies: [
        dependency('due-this-week', { status: 'blocked', needBy: '2026-11-20' }),
        dependency('due-in-two-weeks', { status: 'at-risk', needBy: '2026-12-06' }),
        dependency('too-late', { status: 'at-risk', needBy: '2026-12-07' }),
        dependency('before-the-week', { status: 'blocked', needBy: '2026-11-15' }),
        dependency('on-track', { status: 'on-track', needBy: '2026-11-20' }),
        dependency('done', { status: 'done', needBy: '2026-11-18' }),
      ],
    });
    const [week] = buildDigests(h, options(h, '2026-11-24'));
    expect(week!.lookaheadUntil).toBe('2026-12-06');
    const alpha = week!.teams.find((t) => t.teamId === 'alpha')!;
    expect(alpha.dependencies.map((d) => [d.dependencyId, d.status, d.forTeam])).toEqual([
      ['due-this-week', 'blocked', 'beta'],
      ['due-in-two-weeks', 'at-risk', 'beta'],
      ['done', 'done', 'beta'],
    ]);
    expect(week!.teams.find((t) => t.teamId === 'beta')).toBeUndefined();
  });

  test('looking for input: from the week’s updates, and from the team page while it was known to be open', () => {
    const h = handbookOf({
      teams: [
        team('alpha', {
          reviewed: '2026-11-10',
          lookingForInput: [{ topic: 'Open-ended' }, { topic: 'Until Friday', until: '2026-11-13' }, { topic: 'Asked in the update too' }],
        }),
        team('beta'),
      ],
      updates: [
        update('early', { date: '2026-11-02', lookingForInput: ['Asked in the update too'] }),
        update('late', { date: '2026-11-18', lookingForInput: ['Asked in the update too'] }),
      ],
    });
    const digests = buildDigests(h, options(h, '2026-11-24'));
    const topics = (weekIdValue: string) =>
      digests
        .find((d) => d.week.id === weekIdValue)!
        .teams.find((t) => t.teamId === 'alpha')!
        .lookingForInput.map((i) => [i.topic, i.updateId ?? 'page']);
    // Before the page was reviewed, only the update's request is known.
    expect(topics('2026-w45')).toEqual([['Asked in the update too', 'early']]);
    expect(topics('2026-w47')).toEqual([
      ['Asked in the update too', 'late'],
      ['Open-ended', 'page'],
    ]);
  });

  test('a request asked in an update and on the team page, worded differently, is listed once in the page’s words', () => {
    const h = handbookOf({
      teams: [
        team('alpha', {
          reviewed: '2026-11-16',
          lookingForInput: [
            { topic: 'Which fields of the v1 orders payload your integration actually reads, before we drop the unused ones in v2', until: '2026-12-12' },
            { topic: 'Rate-limit headers: IETF RateLimit fields or X-RateLimit-*?' },
          ],
        }),
        team('beta'),
      ],
      updates: [
        update('alpha-update', {
          date: '2026-11-20',
          lookingForInput: ['Fields of the v1 orders payload your integration reads, until December 12', 'Beta testers for the new dashboard'],
        }),
        update('alpha-again', { date: '2026-11-21', lookingForInput: ['Fields of the v1 orders payloads your integration reads'] }),
      ],
    });
    const digest = buildDigests(h, options(h, '2026-11-24'))[0]!;
    const alpha = digest.teams.find((t) => t.teamId === 'alpha')!;
    // Updates come newest first: the request is credited to the latest update that asked it.
    expect(alpha.lookingForInput.map((i) => [i.topic, i.until ?? '', i.updateId ?? 'page'])).toEqual([
      ['Which fields of the v1 orders payload your integration actually reads, before we drop the unused ones in v2', '2026-12-12', 'alpha-again'],
      ['Beta testers for the new dashboard', '', 'alpha-update'],
      ['Rate-limit headers: IETF RateLimit fields or X-RateLimit-*?', '', 'page'],
    ]);
    expect(digest.totals.lookingForInput).toBe(3);
    const feed = digestFeedHtml(digest, ctx);
    expect(feed.match(/v1 orders payload/g)).toHaveLength(1);
  });

  const ctx: DigestEmailContext = {
    links: {
      team: (x) => `https://hb.example.com/handbook/teams/${x}/`,
      adr: (x) => `https://hb.example.com/handbook/adrs/${x}/`,
      talk: (x) => `https://hb.example.com/handbook/talks/${x}/`,
      update: (x) => `https://hb.example.com/handbook/updates/${x}/`,
      dependency: (x) => `https://hb.example.com/handbook/dependencies/${x}/`,
      digest: (x) => `https://hb.example.com/handbook/digest/${x}/`,
    },
    teamName: (x) => x.toUpperCase(),
    personName: (x) => x,
    timeZone: 'UTC',
    orgName: 'Acme <Labs>',
    indexUrl: 'https://hb.example.com/handbook/digest/',
    subscribeUrl: 'https://hb.example.com/handbook/subscribe/',
  };
  const sample = () => {
    const h = handbookOf({
      updates: [update('u', { date: '2026-11-20', shipped: ['Faster <builds> & more'], lookingForInput: ['Reviewers'] })],
      adrs: [adr('0002-x', { date: '2026-11-18' })],
      talks: [talk('t', { date: '2026-11-19T16:00:00Z' })],
      dependencies: [dependency('d', { needBy: '2026-11-27' })],
    });
    return buildDigests(h, options(h, '2026-11-24'))[0]!;
  };

  test('title, summary and reading time', () => {
    const digest = sample();
    expect(digestTitle(digest)).toMatchInlineSnapshot(`"Week 47, 16–22 Nov 2026"`);
    expect(digestSummary(digest)).toMatchInlineSnapshot(`"1 thing shipped, 1 decision, 1 talk given, 1 delivery due and 1 request for input, across 1 team."`);
    expect(readingMinutes(digest)).toBe(1);
    const h = handbookOf({ updates: [update('u', { date: '2026-12-30', shipped: ['a'] })] });
    expect(digestTitle(buildDigests(h, options(h, '2027-01-10'))[0]!)).toMatchInlineSnapshot(`"Week 53, 28 Dec 2026 – 3 Jan 2027"`);
  });

  test('the email is a whole document with inline CSS, escaped text, absolute links and no script', () => {
    const email = digestEmailHtml(sample(), ctx);
    expect(email).toMatch(/^<!doctype html>/);
    expect(email).not.toMatch(/<script|<link|<style|\sclass=/i);
    expect(email).toContain('Faster &lt;builds&gt; &amp; more');
    expect(email).toContain('<title>Acme &lt;Labs&gt; engineering digest: Week 47, 16–22 Nov 2026</title>');
    expect(email).toMatch(/<h2 style="[^"]+"><a href="https:\/\/hb\.example\.com\/handbook\/teams\/alpha\/" style="color:#3b5bdb;">Alpha<\/a><\/h2>/);
    const links = extractLinks(email).map((l) => l.href);
    expect(links.length).toBeGreaterThan(6);
    expect(links.filter((href) => !href.startsWith('https://hb.example.com/handbook/'))).toEqual([]);
  });

  test('the feed version carries the same content without styles', () => {
    const html = digestFeedHtml(sample(), ctx);
    expect(html).not.toContain('style=');
    expect(html).toContain('<h3>Deliveries due</h3>');
    expect(html).toContain('needed by 27 Nov 2026');
    expect(html).toContain('with their status on 24 Nov 2026');
  });

  test("the page is the same rendering in the site's markup: cards, badges, local times, people linked", () => {
    const page = digestPageHtml(sample(), { ...ctx, links: { ...ctx.links, person: (x) => `/handbook/people/${x}/` } });
    expect(page.replace(/(<\/li>|<\/ul>)/g, '$1\n')).toMatchInlineSnapshot(`
      "<div class="digest" data-pagefind-weight="0.5"><section class="card digest-team" aria-labelledby="team-alpha" data-digest-team="alpha"><h2 id="team-alpha" class="digest-team__name"><a href="https://hb.example.com/handbook/teams/alpha/">Alpha</a></h2><h3 class="card-title">Shipped</h3><ul class="digest-items"><li>Faster &lt;builds&gt; &amp; more <span class="sub"><a href="https://hb.example.com/handbook/updates/u/">update of 20 Nov</a></span></li>
      </ul>
      <h3 class="card-title">Decisions</h3><ul class="plain-list"><li><span class="badge badge--ok" data-status="accepted" data-pagefind-ignore>accepted</span><a href="https://hb.example.com/handbook/adrs/0002-x/">ADR 0002: Decision 0002-x</a><span class="sub">18 Nov 2026</span></li>
      </ul>
      <h3 class="card-title">Talks given</h3><ul class="plain-list"><li><a href="https://hb.example.com/handbook/talks/t/">Talk t</a><span class="sub"><a href="/handbook/people/alpha-lead/">alpha-lead</a> · <span class="local-time"><time datetime="2026-11-19T16:00:00.000Z" data-local>Thu, 19 Nov 2026, 16:00 UTC</time><span class="sub" data-zone-time hidden></span></span></span></li>
      </ul>
      <h3 class="card-title">Deliveries due</h3><ul class="plain-list"><li><span class="badge badge--warn" data-status="at-risk" data-pagefind-ignore>at risk</span><a href="https://hb.example.com/handbook/dependencies/d/">Pooler</a><span class="sub">for <a href="https://hb.example.com/handbook/teams/beta/">BETA</a>’s Checkout, needed by 27 Nov 2026</span></li>
      </ul>
      <h3 class="card-title">Looking for input</h3><ul class="digest-items"><li>Reviewers </li>
      </ul>
      </section></div><p class="sub digest-note">Deliveries due lists the dependencies at risk, blocked or done that are needed between 16 Nov 2026 and 6 Dec 2026, with their status on 24 Nov 2026: the handbook records where a dependency stands, not when that changed.</p>"
    `);
  });

  test('page, email and feed say the same, in the same order', () => {
    const digest = sample();
    const text = (html: string) =>
      html
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
    const page = text(digestPageHtml(digest, ctx));
    expect(text(digestFeedHtml(digest, ctx))).toBe(`${text(digestSummary(digest))} ${page}`);
    const email = text(digestEmailHtml(digest, ctx));
    expect(email).toContain(page);
    expect(page.split(' deliveries due ')[0]).toBe(
      'alpha shipped faster &lt;builds&gt; &amp; more update of 20 nov decisions accepted adr 0002: decision 0002-x 18 nov 2026 talks given talk t alpha-lead · thu, 19 nov 2026, 16:00 utc',
    );
  });
});

describe('when an ADR reached its status', () => {
  test('from its own date, its first successor, or (deprecated) its last commit', () => {
    const old = adr('0001-a', { status: 'superseded', date: '2024-01-01' });
    const successors = [adr('0003-c', { date: '2025-06-01' }), adr('0002-b', { date: '2024-05-01' })];
    expect(adrStatusDate(old, successors, '2026-11-24')).toEqual({ date: '2024-05-01', source: 'successor' });
    const deprecated = adr('0004-d', { status: 'deprecated', date: '2023-03-14' });
    expect(adrStatusDate(deprecated, [], '2025-02-01')).toEqual({ date: '2025-02-01', source: 'git' });
    expect(adrStatusDate(deprecated, [], undefined)).toEqual({ date: '2023-03-14', source: 'adr' });
    // An accepted ADR's date is its decision date, whatever Git says.
    expect(adrStatusDate(adr('0005-e', { date: '2023-01-01' }), [], '2026-11-24')).toEqual({ date: '2023-01-01', source: 'adr' });
  });
});

describe('isolated teams in the digest', () => {
  const ctx = {
    links: {
      team: (x: string) => `/t/${x}/`,
      adr: (x: string) => `/a/${x}/`,
      talk: (x: string) => `/k/${x}/`,
      update: (x: string) => `/u/${x}/`,
      dependency: (x: string) => `/d/${x}/`,
      digest: (x: string) => `/w/${x}/`,
    },
    teamName: (x: string) => ({ alpha: 'Alpha', beta: 'Beta <B>' })[x],
    personName: () => undefined,
    timeZone: 'UTC',
  };

  test('a week names the teams isolated as of its Sunday, or today if that is earlier', () => {
    const h = handbookOf({ updates: [update('u', { date: '2026-11-20', shipped: ['A release'] })] });
    const asked: string[] = [];
    const digest = buildDigests(h, options(h, '2026-11-21', { isolatedOn: (day) => (asked.push(day), ['beta']) }))[0]!;
    expect(asked).toEqual(['2026-11-21']);
    expect(digest.isolated).toEqual(['beta']);
    const html = digestFeedHtml(digest, ctx);
    expect(html).toContain('<h3>Isolated teams</h3>');
    expect(html).toContain('<a href="/t/beta/">Beta &lt;B&gt;</a>');
    expect(html.indexOf('Isolated teams')).toBeLessThan(html.indexOf('A release'));
    expect(buildDigests(h, options(h, '2026-11-21'))[0]!.isolated).toEqual([]);
  });
});
