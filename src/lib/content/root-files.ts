/**
 * Files that live directly in `content/` rather than in a collection folder: each is
 * read and checked by its own module, so the content walker accounts for it instead of
 * reporting a stray file.
 */
export const CONTENT_ROOT_FILES = {
  /** Related-work matches teams dismissed (lib/related/dismissals.ts). */
  relatedDismissed: 'related-dismissed.yaml',
} as const;

export const CONTENT_ROOT_FILE_NAMES: ReadonlySet<string> = new Set(Object.values(CONTENT_ROOT_FILES));
