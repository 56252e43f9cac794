/**
 * Rules of how a decision is made: its options, the one chosen, and who answered. Whether an
 * old decision still holds is a question, not a problem: the page and the stale report ask
 * it (lib/decisions/review.ts), the check does not.
 */
import type { AnyEntry, RuleContext } from './context.ts';

function checkOptions(context: RuleContext, adr: AnyEntry<'adrs'>): void {
  const at = (path: PropertyKey[]) => ({ collection: 'adrs' as const, id: adr.id, path });
  const { status, options = [], decision } = adr.data;
  const ids = options.map((option) => option.id);
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) {
      context.report('adr/duplicate-option', at(['options', index, 'id']), `option id "${id}" is used twice`, 'give each option its own id');
    }
  });
  if ((status === 'accepted' || status === 'rejected') && options.length > 0 && decision === undefined && !adr.unreadable?.has('decision')) {
    context.report(
      'adr/decision-missing',
      at(['status']),
      `is ${status} and has ${options.length} options, but no \`decision\` says which was chosen`,
      `add \`decision: { option: ${ids[0]}, summary: "…" }\`: the chosen option's id (one of ${ids.join(', ')}) and what was decided, in a sentence or two`,
    );
  }
  if (decision !== undefined && !ids.includes(decision.option)) {
    context.report(
      'adr/decision-unknown-option',
      at(['decision', 'option']),
      `names option "${decision.option}", which is not one of the options${ids.length ? ` (${ids.join(', ')})` : ' (there are none)'}`,
      ids.length ? `use the id of the chosen option, one of: ${ids.join(', ')}` : 'list the options under `options`, each with an `id` and a `summary`',
    );
  }
}

function checkResponses(context: RuleContext, adr: AnyEntry<'adrs'>): void {
  const asked = new Set([...(adr.data.consulted ?? []), ...(adr.data.informed ?? [])]);
  const seen = new Set<string>();
  (adr.data.responses ?? []).forEach((response, index) => {
    const at = { collection: 'adrs' as const, id: adr.id, path: ['responses', index, 'team'] };
    if (seen.has(response.team)) {
      context.report(
        'adr/duplicate-response',
        at,
        `team "${response.team}" responded twice`,
        'keep one response per team: its latest position, with a link to the comment',
      );
    }
    seen.add(response.team);
    if (!asked.has(response.team) && !adr.unreadable?.has('consulted') && !adr.unreadable?.has('informed')) {
      context.report(
        'adr/response-not-asked',
        at,
        `is a response from team "${response.team}", which was neither consulted nor informed`,
        `add "${response.team}" to \`consulted\` (or \`informed\`), or correct the response's team`,
      );
    }
  });
}

export function checkDecisions(context: RuleContext): void {
  for (const adr of context.entries('adrs')) {
    checkOptions(context, adr);
    checkResponses(context, adr);
  }
}
