/**
 * Problem-solving sessions of asks for help, as calendar events: at their time in UTC
 * (like talks), an hour long, with the ask's page, where the problem and its helpers are.
 */
import type { ICalEventData } from 'ical-generator';
import { ASK_SESSION_MINUTES } from '../../schemas/asks.ts';
import type { Ask } from '../../schemas/index.ts';

export interface AskSessionEvent {
  askId: string;
  ask: Ask;
  teamName: string;
  helperNames: string[];
  /** Absolute URL of the ask's page. */
  pageUrl: string;
}

export function askSessionEventData(event: AskSessionEvent, uidDomain: string, stamp: Date): ICalEventData {
  const start = new Date(event.ask.session!);
  return {
    id: `ask-${event.askId}@${uidDomain}`,
    summary: `Problem-solving session: ${event.ask.title}`,
    start,
    end: new Date(start.getTime() + ASK_SESSION_MINUTES * 60_000),
    description: [
      `${event.teamName} asks for help: ${event.ask.title}`,
      event.helperNames.length ? `Helping: ${event.helperNames.join(', ')}` : 'Anyone who knows about this is welcome.',
      `Ask page: ${event.pageUrl}`,
    ].join('\n'),
    url: event.pageUrl,
    location: event.pageUrl,
    categories: [{ name: 'Ask for help' }, { name: event.teamName }],
    stamp,
  };
}
