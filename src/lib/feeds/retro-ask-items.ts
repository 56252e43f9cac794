/**
 * Retrospectives and asks for help in the feeds. A retrospective is one item, on the day
 * it was held, with its lists, its actions and its summary. An ask is an item for the
 * state it is in, with a new guid when that changes (asked, helped, solved), so readers
 * see it again when another team has helped and when it is solved with its answer.
 */
import type { Ask, Retro } from '../../schemas/index.ts';
import type { HandbookIndexes } from '../handbook/indexes.ts';
import type { HandbookEntry } from '../handbook/types.ts';
import { escapeHtml } from '../html/escape.ts';
import { actionStateText } from '../retros-asks/actions.ts';
import { routes } from '../routes.ts';
import { formatDate, formatDateTime } from '../time/format.ts';
import { portableHtml } from './html.ts';
import type { FeedContext, FeedItem, ItemParts } from './items.ts';

export function retroAskFeedItems(h: HandbookIndexes, ctx: FeedContext, p: ItemParts): FeedItem[] {
  const withBody = (collection: 'retros' | 'asks', entry: HandbookEntry<unknown>, url: string, head: string) =>
    portableHtml(`${head.replace(/\n{2,}/g, '\n').trim()}\n${ctx.bodyHtml(collection, entry)}`, { pageUrl: url, base: ctx.base });

  function retroItem(retro: HandbookEntry<Retro>): FeedItem {
    const { title, date, teams, facilitator, wentWell, improve, actions } = retro.data;
    const url = ctx.url(routes.retro(retro.id));
    const actionLines = actions.map(
      (action) =>
        `<li>${escapeHtml(action.title)}: ${p.personLinks([action.owner])}, due ${formatDate(action.due)} (${escapeHtml(actionStateText(action, ctx.today))})</li>`,
    );
    const head = `<p>${p.teamLinks(teams)} · ${formatDate(date)} · facilitated by ${p.personLinks([facilitator])}</p>
${wentWell.length ? `<h2>Went well</h2>${p.list(wentWell)}` : ''}
${improve.length ? `<h2>Could improve</h2>${p.list(improve)}` : ''}
${actionLines.length ? `<h2>Actions</h2><ul>${actionLines.join('')}</ul>` : ''}`;
    return p.withContent(
      {
        kind: 'retro',
        guid: url,
        link: url,
        title: `Retrospective: ${title}`,
        pubDate: p.midnight(date),
        categories: ['Retrospective', ...teams.map(p.teamName)],
        teams: [...new Set(teams)],
        people: [...new Set([facilitator, ...actions.map((action) => action.owner)])],
        tags: [],
        description: `Cross-team retrospective of ${teams.map(p.teamName).join(', ')} on ${formatDate(date)}, with ${actions.length} action${actions.length === 1 ? '' : 's'}.`,
        source: { collection: 'retros', entry: retro },
      },
      () => withBody('retros', retro, url, head),
    );
  }

  function askItem(ask: HandbookEntry<Ask>): FeedItem {
    const { title, team, date, status, helpers, helpedOn, session, tags } = ask.data;
    const url = ctx.url(routes.ask(ask.id));
    const helperTeams = [...new Set(helpers.map((id) => h.person.get(id)?.data.team).filter((id) => id !== undefined))];
    // Solved carries no date of its own: the commit that said so, never before help came.
    const solvedOn = [helpedOn ?? date, ctx.committedOn(ask) ?? ctx.today].sort().at(-1)!;
    const day = status === 'open' ? date : status === 'helped' ? (helpedOn ?? date) : solvedOn;
    const head = `<p>${p.teamLinks([team])} asked on ${formatDate(date)}${helpers.length ? ` · helped by ${p.personLinks(helpers)}${helpedOn ? ` on ${formatDate(helpedOn)}` : ''}` : ''}</p>
${session ? `<p>Problem-solving session: ${escapeHtml(formatDateTime(session, ctx.timeZone))}</p>` : ''}`;
    const label = { open: `${p.teamName(team)} asks for help`, helped: 'Helped', solved: 'Solved' }[status];
    return p.withContent(
      {
        kind: 'ask',
        guid: `${url}#${status}`,
        link: url,
        title: `${label}: ${title}`,
        pubDate: p.midnight(day),
        categories: ['Ask for help', p.teamName(team), ...tags],
        teams: [team, ...helperTeams.filter((id) => id !== team)],
        people: helpers,
        tags,
        description: `${p.teamName(team)} asked for help on ${formatDate(date)}; ${status === 'open' ? 'still open' : `${status} on ${formatDate(day)}`}.`,
        source: { collection: 'asks', entry: ask },
      },
      () => withBody('asks', ask, url, head),
    );
  }

  return [...h.retros.map(retroItem), ...h.asks.map(askItem)];
}
