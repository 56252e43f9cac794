/** A calendar quarter, `2026-Q4`: the period of a survey or of a file of signals, and its file name. */
import { pattern } from './fields.ts';

export const QUARTER_ID = /^\d{4}-Q[1-4]$/;

export const quarterId = pattern(QUARTER_ID, 'is not a quarter', 'write the year and the quarter, e.g. 2026-Q4');
