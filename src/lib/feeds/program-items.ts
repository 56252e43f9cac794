/**
 * The programs in the feeds: one item per rotation, mentorship and pair session, for
 * the state it is in. Like a talk (announced, then given), a program's item gets a new
 * guid when its state changes, so readers see it planned, started, and ended with its
 * outcome; a pair session is planned, then held.
 */
import { escapeHtml } from '../html/escape.ts';
import type { HandbookIndexes } from '../handbook/indexes.ts';
import { formatSpan, formatWeeks } from '../programs/format.ts';
import { programItems, type ProgramItem } from '../programs/items.ts';
import { addDays } from '../time/dates.ts';
import { formatDateTime } from '../time/format.ts';
import { portableHtml } from './html.ts';
import type { FeedContext, FeedItem, ItemParts } from './items.ts';

const STARTED = { rotation: 'Rotation', mentorship: 'Mentorship', pairing: 'Pair session' } as const;

/** The facts above an item's goals or topics: who, where, when. */
function facts(item: ProgramItem, h: HandbookIndexes, p: ItemParts, timeZone: string): string {
  const span = escapeHtml(formatSpan(item.span));
  if (item.kind === 'rotation') {
    const { person, hostTeam, buddy, cover, weeks } = item.entry.data;
    const home = h.homeTeamOf(item.entry);
    return `<p>${p.personLinks([person])}${home ? ` (${p.teamLinks([home])})` : ''} visits ${p.teamLinks([hostTeam])} for ${formatWeeks(weeks)}, ${span}.</p>
<p>Buddy: ${p.personLinks([buddy])} · covering at home: ${p.personLinks([cover])}</p>`;
  }
  if (item.kind === 'mentorship') {
    const { mentor, mentee, kind, cadence, weeks } = item.entry.data;
    return `<p>${kind === 'reverse' ? 'Reverse mentoring: ' : ''}${p.personLinks([mentor])} mentors ${p.personLinks([mentee])} for ${formatWeeks(weeks)}, ${span}, ${escapeHtml(cadence)}.</p>
<p>Teams: ${p.teamLinks(item.teams)}</p>`;
  }
  const { date, durationMinutes, people } = item.entry.data;
  return `<p>${escapeHtml(formatDateTime(date, timeZone))} · ${durationMinutes} min</p>
<p>${p.personLinks(people)} (${p.teamLinks(item.teams)})</p>`;
}

function goals(item: ProgramItem, p: ItemParts): string {
  if (item.kind === 'rotation') return `<h2>Goals</h2>${p.list(item.entry.data.goals)}`;
  if (item.kind === 'mentorship') return `<h2>Topics</h2>${p.list(item.entry.data.topics)}`;
  return `<h2>Objective</h2><p>${escapeHtml(item.entry.data.objective)}</p>`;
}

export function programFeedItems(h: HandbookIndexes, ctx: FeedContext, p: ItemParts): FeedItem[] {
  return programItems(h, ctx).map((item) => {
    const url = ctx.url(item.route);
    const ended = item.state === 'ended';
    // A pair session is over in an hour or so: it is planned until it has been held.
    const started = item.state === 'in-progress' && item.kind !== 'pairing';
    const state = ended ? (item.kind === 'pairing' ? 'held' : 'ended') : started ? 'started' : 'planned';
    const start = item.kind === 'pairing' ? new Date(item.entry.data.date) : p.midnight(item.span.start);
    const announced = p.midnight(ctx.committedOn(item.entry) ?? ctx.today);
    const pubDate = ended
      ? item.kind === 'pairing'
        ? new Date(Date.parse(item.entry.data.date) + item.entry.data.durationMinutes * 60_000)
        : p.midnight(addDays(item.span.last, 1))
      : started
        ? start
        : new Date(Math.min(announced.getTime(), start.getTime()));
    const label = STARTED[item.kind];
    const title = {
      planned: `${label} planned: ${item.title} (${formatSpan(item.span)})`,
      started: `${label} started: ${item.title}`,
      ended: `${label} ended: ${item.title}`,
      held: `${label}: ${item.title}`,
    }[state];
    const outcome = item.outcome ? `<h2>Outcome</h2><p>${escapeHtml(item.outcome)}</p>` : ended ? '<p>No outcome recorded yet.</p>' : '';
    return p.withContent(
      {
        kind: item.kind,
        guid: `${url}#${state}`,
        link: url,
        title,
        pubDate,
        categories: [label, ...item.teams.map(p.teamName)],
        teams: item.teams,
        people: item.people,
        tags: [],
        description: `${label} ${state === 'held' ? 'held' : state}, ${formatSpan(item.span)}: ${item.title}.`,
      },
      () => portableHtml(`${facts(item, h, p, ctx.timeZone)}\n${goals(item, p)}${outcome}`, { pageUrl: url, base: ctx.base }),
    );
  });
}
