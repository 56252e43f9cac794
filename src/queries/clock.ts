/** The build's clock: every page and feed of one build measures time from the same moment. */
import { config } from '../config.ts';
import { buildNow } from '../lib/time/build-clock.ts';
import { todayIn } from '../lib/time/today.ts';

/** The build's moment: talks before it were given. */
export const now = buildNow();

/** The build's date in the handbook's time zone: what "upcoming" and "stale" are measured from. */
export const today = todayIn(config.defaultTimezone, now);
