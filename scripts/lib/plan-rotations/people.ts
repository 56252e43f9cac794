/**
 * Who can go, cover and be a buddy in each fortnight of the quarter: nobody already on a
 * rotation is proposed, nobody away is asked to cover or host, and a team does not send
 * and host in the same fortnight. The rotations already in the handbook are counted
 * first, then each proposal as it is made.
 */
import type { Handbook } from '../../../src/lib/handbook/types.ts';
import { overlaps, rotationSpan, type DaySpan } from '../../../src/lib/programs/spans.ts';
import type { Fortnight } from './quarter.ts';

/** Who is taken in one fortnight, and which teams send or host in it. */
interface Slot {
  away: Set<string>;
  covering: Set<string>;
  buddying: Set<string>;
  sending: Set<string>;
  hosting: Set<string>;
}

export interface Staffing {
  person: string;
  cover: string;
  buddy: string;
}

export interface Occupancy {
  slots: Slot[];
  /** People on a rotation that overlaps the quarter, or proposed for one: not proposed again. */
  rotating: Set<string>;
}

const emptySlot = (): Slot => ({ away: new Set(), covering: new Set(), buddying: new Set(), sending: new Set(), hosting: new Set() });

export function occupancyOf(handbook: Handbook, quarter: DaySpan, fortnights: readonly Fortnight[]): Occupancy {
  const teamOf = new Map(handbook.people.map((person) => [person.id, person.data.team]));
  const occupancy: Occupancy = { slots: fortnights.map(emptySlot), rotating: new Set() };
  for (const { data } of handbook.rotations) {
    const span = rotationSpan(data);
    if (overlaps(span, quarter)) occupancy.rotating.add(data.person);
    fortnights.forEach((fortnight, index) => {
      if (!overlaps(span, fortnight)) return;
      const slot = occupancy.slots[index]!;
      slot.away.add(data.person);
      slot.covering.add(data.cover);
      slot.buddying.add(data.buddy);
      const home = teamOf.get(data.person);
      if (home !== undefined) slot.sending.add(home);
      slot.hosting.add(data.hostTeam);
    });
  }
  return occupancy;
}

/** A copy to try a proposal on, so a pair's second direction can fail without undoing the first by hand. */
export function copyOccupancy(occupancy: Occupancy): Occupancy {
  return {
    rotating: new Set(occupancy.rotating),
    slots: occupancy.slots.map((slot) => ({
      away: new Set(slot.away),
      covering: new Set(slot.covering),
      buddying: new Set(slot.buddying),
      sending: new Set(slot.sending),
      hosting: new Set(slot.hosting),
    })),
  };
}

/** A team as staffing sees it. */
export interface TeamStaff {
  id: string;
  /** Members, by id. */
  members: readonly string[];
  lead: string;
}

/**
 * The visitor, cover and buddy for `from` visiting `to` in fortnight `index`, or undefined.
 * The visitor is someone who has not rotated, or the one who rotated longest ago, leads last.
 */
export function staff(occupancy: Occupancy, index: number, from: TeamStaff, to: TeamStaff, lastRotated: (person: string) => string): Staffing | undefined {
  const slot = occupancy.slots[index]!;
  if (slot.hosting.has(from.id) || slot.sending.has(to.id)) return undefined;
  const busy = (person: string) => slot.away.has(person) || slot.covering.has(person) || slot.buddying.has(person);
  const person = from.members
    .filter((id) => !occupancy.rotating.has(id) && !busy(id))
    .sort((a, b) => Number(a === from.lead) - Number(b === from.lead) || lastRotated(a).localeCompare(lastRotated(b)) || a.localeCompare(b))[0];
  if (person === undefined) return undefined;
  const cover = from.members.find((id) => id !== person && !busy(id));
  const buddy = [...to.members].sort((a, b) => Number(a === to.lead) - Number(b === to.lead) || a.localeCompare(b)).find((id) => !busy(id));
  if (cover === undefined || buddy === undefined) return undefined;
  return { person, cover, buddy };
}

/** Counts a proposal in. */
export function take(occupancy: Occupancy, index: number, fromTeam: string, toTeam: string, staffing: Staffing): void {
  const slot = occupancy.slots[index]!;
  occupancy.rotating.add(staffing.person);
  slot.away.add(staffing.person);
  slot.covering.add(staffing.cover);
  slot.buddying.add(staffing.buddy);
  slot.sending.add(fromTeam);
  slot.hosting.add(toTeam);
}
