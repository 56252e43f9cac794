/**
 * The integrity pass: every cross-entry rule of the handbook, reported together.
 * Pure: give it the handbook and a way to locate fields; it returns Problems.
 */
import type { Handbook } from '../handbook/types.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { checkAdrs } from './adrs.ts';
import { createContext, type IntegrityOptions, type Locator } from './context.ts';
import { checkDependencies } from './dependencies.ts';
import { checkReferences } from './references.ts';
import { checkGuilds, checkTeams } from './teams.ts';

export type { IntegrityOptions, Locator } from './context.ts';

export function checkIntegrity(handbook: Handbook, locator: Locator, options: IntegrityOptions): Problem[] {
  const problems: Problem[] = [];
  const context = createContext(handbook, locator, options, problems);
  checkReferences(context);
  checkAdrs(context);
  checkTeams(context);
  checkGuilds(context);
  checkDependencies(context);
  return sortProblems(problems);
}
