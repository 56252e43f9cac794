/** A published entry must not keep its template's `TODO:` placeholders: readers would see an unfinished page. */
import { COLLECTION_NAMES } from '../collections.ts';
import { placeholders } from '../content/markdown.ts';
import type { RuleContext } from './context.ts';

export function checkPlaceholders(context: RuleContext): void {
  for (const collection of COLLECTION_NAMES) {
    for (const entry of context.entries(collection)) {
      if (entry.data.draft !== false || !entry.body) continue;
      for (const placeholder of placeholders(entry.body)) {
        context.report(
          'template/placeholder',
          { collection, id: entry.id, path: [], bodyLine: placeholder.line },
          `still holds a placeholder of its template: "${placeholder.text.length > 80 ? `${placeholder.text.slice(0, 77)}…` : placeholder.text}"`,
          'replace the comment with the text it asks for, or mark the entry `draft: true` until it is written',
        );
      }
    }
  }
}
