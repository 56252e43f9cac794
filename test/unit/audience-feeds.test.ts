/**
 * The tag, guild and person feeds: which items each selects (guild meetings only in
 * their guild's feed, never in everything), that a feed with nothing to carry can be
 * told apart, and which of them a page offers for autodiscovery.
 */
import { describe, expect, test } from 'vitest';
import { adrStatusDate } from '../../src/lib/adr-status-date.ts';
import { guildSubject } from '../../src/lib/feeds/audience-feeds.ts';
import { feedCatalog, feedsForRoute, selectFeedItems, type FeedDefinition } from '../../src/lib/feeds/catalog.ts';
import { feedItems, type FeedItem } from '../../src/lib/feeds/items.ts';
import { absoluteUrl } from '../../src/lib/routes.ts';
import { guildSchema } from '../../src/schemas/guilds.ts';
import { adr, handbookOf, person, rotation, talk } from '../helpers/handbook-builder.ts';

const guild = (id: string, input: Record<string, unknown>) => ({
  id,
  filePath: `content/guilds/${id}.md`,
  data: guildSchema.parse({ name: 'API Guild', purpose: 'APIs.', cadence: 'Every other Wednesday', channel: '#guild-api', founded: '2024-02-07', ...input }),
});

const h = handbookOf({
  people: [person('alpha-lead'), person('beta-lead', { team: 'beta' }), person('alpha-dev'), person('quiet')],
  adrs: [adr('0001-rest', { deciders: ['alpha-lead'], tags: ['api'] }), adr('0002-kafka', { deciders: ['beta-lead'], tags: ['events'], teams: ['beta'] })],
  talks: [talk('2026-11-18-apis', { speakers: ['beta-lead'], tags: ['api', 'design'], team: 'beta' })],
  guilds: [guild('api-guild', { leads: ['alpha-dev'], members: ['alpha-dev'], nextMeeting: '2026-12-02T15:00:00Z' })],
  rotations: [rotation('2026-11-16-alpha-dev', { person: 'alpha-dev' })],
});

const items = feedItems(h, [], {
  url: (route) => absoluteUrl('https://hb.example.com', '/', route),
  base: '/',
  bodyHtml: () => '',
  adrStatusDate: (entry) => adrStatusDate(entry, h.supersededBy(entry.id), undefined).date,
  committedOn: () => '2026-11-02',
  digestHtml: () => '',
  now: new Date('2026-11-24T12:00:00Z'),
  today: '2026-11-24',
  timeZone: 'UTC',
});

const catalog = feedCatalog('Acme', [{ id: 'alpha', name: 'Alpha' }], {
  tags: [
    { tag: 'api', pageRoute: 'adrs/tag/api/' },
    { tag: 'design', pageRoute: 'talks/' },
  ],
  guilds: [{ id: 'api-guild', name: 'API Guild', members: ['alpha-dev'] }],
  people: ['alpha-lead', 'beta-lead', 'alpha-dev', 'quiet'].map((id) => ({ id, name: id })),
});

const titles = (feed: FeedDefinition | undefined) => selectFeedItems(items, feed!).map((item: FeedItem) => item.title);

describe('tag, guild and person feeds', () => {
  test('a tag carries every decision and talk with it', () => {
    expect(catalog.tags.map((f) => [f.id, f.route, f.pageRoute])).toEqual([
      ['tag:api', 'tags/api/rss.xml', 'adrs/tag/api/'],
      ['tag:design', 'tags/design/rss.xml', 'talks/'],
    ]);
    expect(titles(catalog.tags[0])).toEqual(['Talk: Talk 2026-11-18-apis', 'ADR 0001 accepted: Decision 0001-rest']);
    expect(titles(catalog.tags[1])).toEqual(['Talk: Talk 2026-11-18-apis']);
  });

  test('a guild carries its meeting, and the decisions and talks of its members or on its subject; everything leaves the meeting out', () => {
    expect(guildSubject('api-guild')).toBe('api');
    // The meeting is dated when it was announced (committed on 2 November).
    expect(titles(catalog.guilds[0])).toEqual([
      'Talk: Talk 2026-11-18-apis',
      'ADR 0001 accepted: Decision 0001-rest',
      'API Guild meets Wed, 2 Dec 2026, 15:00 UTC',
    ]);
    expect(titles(catalog.all).filter((title) => title.includes('meets'))).toEqual([]);
  });

  test('a person carries what they decided, presented and the programs they are in; someone with none has an empty selection', () => {
    const of = (id: string) => titles(catalog.people.find((f) => f.id === `person:${id}`));
    // Beta's lead is the rotation's buddy.
    expect(of('beta-lead')).toEqual(['Talk: Talk 2026-11-18-apis', 'Rotation started: alpha dev visits Beta', 'ADR 0002 accepted: Decision 0002-kafka']);
    expect(of('alpha-dev')).toEqual(['Rotation started: alpha dev visits Beta']);
    expect(of('quiet')).toEqual([]);
  });

  test.each([
    ['guilds/api-guild/', ['all', 'guild:api-guild']],
    ['people/alpha-dev/', ['all', 'person:alpha-dev']],
    // Only the person's own page: not another whose id starts the same.
    ['people/alpha-dev-two/', ['all']],
    ['adrs/tag/api/', ['all', 'adrs', 'tag:api']],
    ['adrs/tag/design/', ['all', 'adrs', 'tag:design']],
    ['talks/', ['all', 'talks']],
  ])('"%s" offers %j', (route, expected) => {
    expect(feedsForRoute(route, catalog).map((f) => f.id)).toEqual(expected);
  });
});
