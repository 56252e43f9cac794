/**
 * The integrity pass: every cross-entry rule of the handbook, reported together.
 * Pure: give it the handbook and a way to locate fields; it returns Problems.
 */
import type { InvalidHandbook } from '../content/partial.ts';
import type { Handbook } from '../handbook/types.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { checkAdrs } from './adrs.ts';
import { checkDecisions } from './decisions.ts';
import { checkDependencyHistory } from './dependency-history.ts';
import { createContext, noInvalidEntries, type IntegrityOptions, type Locator } from './context.ts';
import { checkDependencies } from './dependencies.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkReferences } from './references.ts';
import { checkGuilds, checkTeams } from './teams.ts';
import { checkRotations } from './rotations.ts';
import { checkMentorships } from './mentorships.ts';
import { checkPairings } from './pairings.ts';
import { checkAwards, checkEnabledBy, checkKudos } from './kudos.ts';
import { checkRetros } from './retros.ts';
import { checkAsks } from './asks.ts';
import { checkSignals, checkSurveys } from './surveys.ts';

export type { IntegrityOptions, Locator } from './context.ts';

/** @param invalid what could be read of entries that failed their schema; the rules check those fields too */
export function checkIntegrity(handbook: Handbook, locator: Locator, options: IntegrityOptions, invalid: InvalidHandbook = noInvalidEntries()): Problem[] {
  const problems: Problem[] = [];
  const context = createContext(handbook, invalid, locator, options, problems);
  checkReferences(context);
  checkAdrs(context);
  checkDecisions(context);
  checkTeams(context);
  checkGuilds(context);
  checkDependencies(context);
  checkDependencyHistory(context);
  checkRotations(context);
  checkMentorships(context);
  checkPairings(context);
  checkKudos(context);
  checkAwards(context);
  checkEnabledBy(context);
  checkRetros(context);
  checkAsks(context);
  checkSurveys(context);
  checkSignals(context);
  checkPlaceholders(context);
  return sortProblems(problems);
}
