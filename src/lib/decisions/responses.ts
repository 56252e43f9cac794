/**
 * Who answered a proposal, and who has not. Consulted teams are asked for input; informed
 * teams are told and may answer. Pure, so the ADR page, the home page and a team's own
 * page (which lists what it still owes an answer on) share one reading.
 */
import type { Adr } from '../../schemas/index.ts';
import type { HandbookEntry } from '../handbook/types.ts';

type Asked = Pick<Adr, 'consulted' | 'responses'>;

/** Consulted teams without a response, in the order the ADR lists them. */
export function notResponded(adr: Asked): string[] {
  const answered = new Set(adr.responses.map((response) => response.team));
  return adr.consulted.filter((team) => !answered.has(team));
}

/** Teams that objected to an accepted decision: it was taken over their objection, and the page says so. */
export function acceptedOver(adr: Pick<Adr, 'status' | 'responses'>): string[] {
  return adr.status === 'accepted' ? adr.responses.filter((response) => response.position === 'object').map((response) => response.team) : [];
}

export type AskedRole = 'consulted' | 'informed';

export interface Unanswered<A> {
  adr: A;
  /** How the team was asked. */
  role: AskedRole;
}

/**
 * The proposals a team was asked about (consulted, or also informed when `roles` says so)
 * and has not answered, soonest deadline first.
 */
export function unansweredBy<A extends HandbookEntry<Adr>>(adrs: readonly A[], team: string, roles: readonly AskedRole[] = ['consulted']): Unanswered<A>[] {
  const found: Unanswered<A>[] = [];
  for (const adr of adrs) {
    if (adr.data.status !== 'proposed' || adr.data.responses.some((response) => response.team === team)) continue;
    const role = roles.find((r) => adr.data[r].includes(team));
    if (role) found.push({ adr, role });
  }
  return found.sort((a, b) => (a.adr.data.feedbackBy ?? '9999').localeCompare(b.adr.data.feedbackBy ?? '9999') || a.adr.id.localeCompare(b.adr.id));
}
