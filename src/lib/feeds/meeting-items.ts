/**
 * A guild's next meeting in the feeds: one item per guild that has one, carried only
 * by that guild's own feed (its members follow its meetings; the feed of everything
 * carries entries, and a meeting is one field of a guild's page). A new date is a new
 * guid, so moving the meeting announces it again.
 */
import type { HandbookIndexes } from '../handbook/indexes.ts';
import { escapeHtml } from '../html/escape.ts';
import { routes } from '../routes.ts';
import { formatDateTime } from '../time/format.ts';
import { portableHtml } from './html.ts';
import { KIND_LABEL, type FeedContext, type FeedItem, type ItemParts } from './items.ts';

export function meetingFeedItems(h: HandbookIndexes, ctx: FeedContext, p: ItemParts): FeedItem[] {
  return h.guilds.flatMap((guild) => {
    const { name, nextMeeting, cadence, channel, leads } = guild.data;
    if (!nextMeeting) return [];
    const url = ctx.url(routes.guild(guild.id));
    const when = formatDateTime(nextMeeting, ctx.timeZone);
    // Announced when the date was committed, never after the meeting itself.
    const announced = p.midnight(ctx.committedOn(guild) ?? ctx.today);
    return [
      p.withContent(
        {
          kind: 'meeting',
          guid: `${url}#meeting-${nextMeeting}`,
          link: url,
          title: `${name} meets ${when}`,
          pubDate: new Date(Math.min(announced.getTime(), Date.parse(nextMeeting))),
          categories: [KIND_LABEL.meeting, name],
          teams: [],
          people: [],
          tags: [],
          guild: guild.id,
          description: `The next meeting of ${name}: ${when}. ${cadence}.`,
        },
        () =>
          portableHtml(
            `<p>Next meeting: <strong>${escapeHtml(when)}</strong></p>
<p>${escapeHtml(cadence)} · in <code>${escapeHtml(channel)}</code> · led by ${p.personLinks(leads)}</p>`,
            { pageUrl: url, base: ctx.base },
          ),
      ),
    ];
  });
}
