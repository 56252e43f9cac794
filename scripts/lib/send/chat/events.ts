/**
 * Single events for a chat, posted when they happen rather than on Fridays: a decision
 * opened for feedback, and a dependency that became blocked. Each is read from the
 * handbook as it is now; an entry not in that state is an error, not a message.
 */
import { adrLabel } from '../../../../src/lib/adr-label.ts';
import type { HandbookIndexes } from '../../../../src/lib/handbook/indexes.ts';
import { daysBetween } from '../../../../src/lib/time/dates.ts';
import { formatDate } from '../../../../src/lib/time/format.ts';
import { SendError } from '../failure.ts';
import type { ChatLine, ChatMessage } from './message.ts';

export const CHAT_EVENTS = ['decision-opened', 'dependency-blocked'] as const;
export type ChatEvent = (typeof CHAT_EVENTS)[number];

export interface EventLinks {
  adr: (id: string) => string;
  dependency: (id: string) => string;
  team: (id: string) => string;
}

const unknown = (noun: string, id: string, ids: string[]) =>
  new SendError(
    `No ${noun} "${id}" in the published handbook. Known ids start with: ${ids.slice(0, 5).join(', ') || 'none'}. Pass the id of its file name, without the extension.`,
  );

function decisionOpened(h: HandbookIndexes, id: string, today: string, links: EventLinks): ChatMessage {
  const adr = h.adrs.find((entry) => entry.id === id);
  if (!adr)
    throw unknown(
      'ADR',
      id,
      h.adrs.map((entry) => entry.id),
    );
  if (adr.data.status !== 'proposed')
    throw new SendError(`${adrLabel(adr.id)} is ${adr.data.status}, not proposed: only a proposed decision is open for feedback.`);
  const teams = (ids: string[]): ChatLine =>
    ids.flatMap((teamId, index) => [...(index ? [{ text: ', ' }] : []), { text: h.team.get(teamId)?.data.name ?? teamId, url: links.team(teamId) }]);
  const by = adr.data.feedbackBy;
  const lines: ChatLine[] = [
    [{ text: 'Owned by ', strong: true }, ...teams(adr.data.teams)],
    ...(adr.data.consulted.length ? [[{ text: 'Consulted: ', strong: true }, ...teams(adr.data.consulted)]] : []),
    ...(by ? [[{ text: 'Feedback by ', strong: true }, { text: `${formatDate(by)} (${daysBetween(today, by)} days from today)` }]] : []),
  ];
  return {
    id: `decision-opened-${adr.id}`,
    title: `Decision open for feedback: ${adrLabel(adr.id)}`,
    summary: adr.data.title,
    sections: [{ heading: 'Who and until when', lines }],
    buttons: [
      { text: 'Read the decision', url: links.adr(adr.id) },
      ...(adr.data.discussion ? [{ text: 'Join the discussion', url: adr.data.discussion }] : []),
    ],
  };
}

function dependencyBlocked(h: HandbookIndexes, id: string, links: EventLinks): ChatMessage {
  const dependency = h.dependencies.find((entry) => entry.id === id);
  if (!dependency)
    throw unknown(
      'dependency',
      id,
      h.dependencies.map((entry) => entry.id),
    );
  const { from, to, status, needBy, contact, notes, link } = dependency.data;
  if (status !== 'blocked') throw new SendError(`Dependency "${id}" is ${status}, not blocked: set its status to blocked first.`);
  const team = (teamId: string) => ({ text: h.team.get(teamId)?.data.name ?? teamId, url: links.team(teamId) });
  const lines: ChatLine[] = [
    [team(to.team), { text: ` delivers ${to.deliverable} to ` }, team(from.team), { text: ` for ${from.deliverable}.` }],
    [{ text: 'Needed by ', strong: true }, { text: formatDate(needBy) }],
    ...(contact ? [[{ text: 'Contact: ', strong: true }, { text: h.person.get(contact)?.data.name ?? contact }]] : []),
    ...(notes ? [[{ text: notes }]] : []),
  ];
  return {
    id: `dependency-blocked-${id}`,
    title: `Dependency blocked: ${to.deliverable}`,
    summary: `${h.team.get(from.team)?.data.name ?? from.team} is waiting for it.`,
    sections: [{ heading: 'What is blocked', lines }],
    buttons: [{ text: 'Open the dependency', url: links.dependency(id) }, ...(link ? [{ text: 'Tracking issue', url: link }] : [])],
  };
}

export function eventChatMessage(event: ChatEvent, h: HandbookIndexes, id: string, today: string, links: EventLinks): ChatMessage {
  return event === 'decision-opened' ? decisionOpened(h, id, today, links) : dependencyBlocked(h, id, links);
}
