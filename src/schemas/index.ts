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
export type { Kudos } from './kudos.ts';
export type { Award } from './awards.ts';
export type { Retro, RetroAction } from './retros.ts';
export type { Ask, AskStatus } from './asks.ts';
export type { Survey, SurveyResult } from './surveys.ts';
export type { Signals, SignalPair } from './signals.ts';
