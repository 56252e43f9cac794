/**
 * The digest's "Across teams" section (see ./retros-asks.ts), in any medium's markup:
 * first, since asks waiting for help and overdue actions are what a reader can act on.
 */
import { escapeHtml } from '../html/escape.ts';
import { formatDate } from '../time/format.ts';
import type { Digest } from './assemble.ts';
import type { DigestHtmlContext, DigestMarkup } from './render.ts';

export function acrossTeamsSection(digest: Digest, ctx: DigestHtmlContext, m: DigestMarkup): string {
  const part = digest.acrossTeams;
  const list = (heading: string, items: readonly string[]) => (items.length ? m.list(heading, 'entries', items) : '');
  const entry = (...parts: string[]) => parts.join(m.gap);
  const team = (id: string) => {
    const name = ctx.teamName(id);
    return name === undefined ? `<span>${escapeHtml(id)}</span>` : m.link(ctx.links.team(id), name);
  };
  const page = (url: string | undefined, text: string) => (url === undefined ? escapeHtml(text) : m.link(url, text));
  const person = (id: string) => {
    const name = ctx.personName(id) ?? id;
    return ctx.links.person ? m.link(ctx.links.person(id), name) : escapeHtml(name);
  };
  const days = (count: number) => `${count} day${count === 1 ? '' : 's'}`;

  const lists = [
    list(
      'Asks waiting more than 14 days',
      part.waitingAsks.map((ask) => entry(page(ctx.links.ask?.(ask.askId), ask.title), m.details(`${team(ask.team)} · open for ${days(ask.days)}`))),
    ),
    list(
      'New asks for help',
      part.asks.map((ask) =>
        entry(
          page(ctx.links.ask?.(ask.askId), ask.title),
          m.details(`${team(ask.team)} · asked ${escapeHtml(formatDate(ask.date))}${ask.status === 'open' ? '' : ` · now ${escapeHtml(ask.status)}`}`),
        ),
      ),
    ),
    list(
      'Retrospectives',
      part.retros.map((retro) =>
        entry(
          page(ctx.links.retro?.(retro.retroId), retro.title),
          m.details(`${retro.teams.map(team).join(', ')} · ${escapeHtml(formatDate(retro.date))} · ${retro.actions} action${retro.actions === 1 ? '' : 's'}`),
        ),
      ),
    ),
    list(
      'Overdue retrospective actions',
      part.overdueActions.map((action) =>
        entry(
          escapeHtml(action.title),
          m.details(
            `${person(action.owner)}${action.ownerTeam ? ` (${team(action.ownerTeam)})` : ''} · due ${escapeHtml(formatDate(action.due))}, overdue by ${days(action.daysOverdue)} · from ${page(ctx.links.retro?.(action.retroId), action.retroTitle)}`,
          ),
        ),
      ),
    ),
  ].join('');
  return lists ? m.section('across-teams', 'Across teams', lists) : '';
}
