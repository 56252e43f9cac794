/**
 * A quarterly pulse survey: `content/surveys/<quarter>.yaml`. Aggregates only, per team
 * and question, never an answer: the check refuses a result of fewer than five responses
 * (it would point at a person) and a distribution that does not add up.
 */
import { z } from 'zod';
import { draft, entryId, list, nonEmptyList, text } from './fields.ts';
import { quarterId } from './quarter.ts';

/** Fewest responses a published result may have: fewer could identify who answered. */
export const MIN_SURVEY_RESPONSES = 5;

export const surveyQuestionSchema = z.strictObject({
  /** A short id, kebab-case, that results refer to, e.g. `cross-team`. */
  id: entryId,
  /** The statement people rate from 1 (strongly disagree) to 5 (strongly agree). */
  text,
});

export const surveyResultSchema = z.strictObject({
  /** The team whose members answered (a team id). */
  team: entryId,
  /** The question's `id`. */
  question: entryId,
  /** How many people answered; at least five. */
  responses: z.number().int().min(0).max(100_000),
  /** The mean rating, 1 to 5, as rounded in the survey tool (e.g. 3.4 or 3.42). */
  mean: z.number().min(1).max(5),
  /** How many people chose 1, 2, 3, 4 and 5, in that order; they add up to `responses`. */
  distribution: z.tuple([z.number().int().min(0), z.number().int().min(0), z.number().int().min(0), z.number().int().min(0), z.number().int().min(0)]),
});

export const surveySchema = z.strictObject({
  /** The quarter surveyed, `2026-Q4`; the same as the file name. */
  quarter: quarterId,
  /** The statements asked, each rated 1–5; at least one, at most 10. */
  questions: nonEmptyList(surveyQuestionSchema, 'lists no question', 'add the statements people rated, each with an id and its text', 10),
  /** One aggregate per team and question. */
  results: list(surveyResultSchema, 500),
  /** Hidden from production builds while true. */
  draft,
});

export type SurveyInput = z.input<typeof surveySchema>;
export type Survey = z.output<typeof surveySchema>;
export type SurveyResult = z.output<typeof surveyResultSchema>;
