/** The entry types of every collection. Which collections exist, and their schemas, is said once in `lib/collections.ts`. */
export type { Adr, AdrKind, AdrStatus } from './adrs.ts';
export type { Dependency, DependencyStatus } from './dependencies.ts';
export type { Guild } from './guilds.ts';
export type { Person } from './people.ts';
export type { Talk } from './talks.ts';
export type { Team, OfficeHours } from './teams.ts';
export type { Update } from './updates.ts';
export type { Rotation } from './rotations.ts';
export type { Mentorship, MentorshipKind } from './mentorships.ts';
export type { Pairing } from './pairings.ts';
