/** Every tag with its entries and experts, computed once per build. */
import { tagSummaries, type TagSummary } from '../lib/tags/experts.ts';
import { today } from './clock.ts';
import { handbook } from './handbook.ts';

let summaries: Promise<Map<string, TagSummary>> | undefined;

/** Tags by name, in name order. */
export function tags(): Promise<Map<string, TagSummary>> {
  summaries ??= handbook().then((h) => new Map(tagSummaries(h, today).map((summary) => [summary.tag, summary])));
  return summaries;
}
