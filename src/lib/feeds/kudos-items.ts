/**
 * Thanks in the feeds: one item per kudos, on its day, and one per award once it is
 * decided. Both are of the kudos feed, and of the feeds of every team they name.
 */
import { escapeHtml } from '../html/escape.ts';
import type { HandbookIndexes } from '../handbook/indexes.ts';
import { nominatedTeams, winnerOf } from '../kudos/awards.ts';
import { routes } from '../routes.ts';
import { formatDate } from '../time/format.ts';
import { portableHtml } from './html.ts';
import type { FeedContext, FeedItem, ItemParts } from './items.ts';

export function kudosFeedItems(h: HandbookIndexes, ctx: FeedContext, p: ItemParts): FeedItem[] {
  const kudos = h.kudos
    .filter((entry) => entry.data.date <= ctx.today)
    .map((entry) => {
      const { date, from, to, teams, link } = entry.data;
      const url = ctx.url(routes.kudosEntry(entry.id));
      const giver = h.person.get(from);
      const giverTeam = giver?.data.team;
      const receivers = [...new Set([...teams, ...to.flatMap((person) => h.person.get(person)?.data.team ?? [])])];
      const names = [...to.map((person) => h.person.get(person)?.data.name ?? person), ...teams.map(p.teamName)];
      const who = `${p.personLinks([from])}${giverTeam ? ` (${p.teamLinks([giverTeam])})` : ''}`;
      return p.withContent(
        {
          kind: 'kudos',
          guid: url,
          link: url,
          title: `Kudos to ${names.join(', ')}`,
          pubDate: p.midnight(date),
          categories: ['Kudos', ...receivers.map(p.teamName)],
          teams: [...new Set([...(giverTeam ? [giverTeam] : []), ...receivers])],
          // A person's feed carries what they were thanked for, not what they thanked others for.
          people: to,
          tags: [],
          description: `${giver?.data.name ?? from} thanks ${names.join(', ')} for ${entry.data.for}`,
        },
        () =>
          portableHtml(
            `<p>${who} thanks ${[...(to.length ? [p.personLinks(to)] : []), ...(teams.length ? [p.teamLinks(teams)] : [])].join(' and ')}, ${escapeHtml(formatDate(date))}:</p>
<p>${escapeHtml(entry.data.for)}</p>${link ? `\n<p><a href="${escapeHtml(link)}">Read more</a></p>` : ''}`,
            { pageUrl: url, base: ctx.base },
          ),
      );
    });
  const awards = h.awards.flatMap((award) => {
    const winner = winnerOf(award.data);
    const { decided, title, quarter, citation } = award.data;
    if (!winner || decided === undefined || decided > ctx.today) return [];
    const url = ctx.url(routes.award(award.id));
    return [
      p.withContent(
        {
          kind: 'kudos' as const,
          guid: `${url}#decided`,
          link: url,
          title: `${title}, ${quarter}: ${winner.teams.map(p.teamName).join(' and ')}`,
          pubDate: p.midnight(decided),
          categories: ['Award', ...nominatedTeams(award.data).map(p.teamName)],
          teams: nominatedTeams(award.data),
          people: [],
          tags: [],
          description: `${title} for ${quarter} goes to ${winner.teams.map(p.teamName).join(' and ')}, for ${winner.for}.`,
        },
        () =>
          portableHtml(
            `<p>${p.teamLinks(winner.teams)}: ${escapeHtml(winner.for)}</p>${citation ? `\n<blockquote>${escapeHtml(citation)}</blockquote>` : ''}`,
            {
              pageUrl: url,
              base: ctx.base,
            },
          ),
      ),
    ];
  });
  return [...kudos, ...awards];
}
