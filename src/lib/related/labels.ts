/** How a related-work document is named on a page: what it is, and its words. */
import { formatDate } from '../time/format.ts';
import type { RelatedDocument } from './documents.ts';

const KIND_LABEL: Record<string, string> = {
  priority: 'Priority',
  input: 'Looking for input',
  shipped: 'Shipped',
  next: 'Next',
  update: 'Weekly update',
  adr: 'Open decision',
  ask: 'Ask for help',
};

/** `Next, update of 20 Nov 2026`, `Priority`, `Open decision`. */
export function relatedKindLabel(doc: RelatedDocument): string {
  const kind = KIND_LABEL[doc.kind] ?? doc.kind;
  return doc.entry.startsWith('updates/') && doc.date ? `${kind}, update of ${formatDate(doc.date)}` : kind;
}

/** The document's own words, or for an update's prose the update it is in. */
export function relatedTitle(doc: RelatedDocument): string {
  return doc.title || (doc.date ? `Weekly update of ${formatDate(doc.date)}` : doc.entry);
}
