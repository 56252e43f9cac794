/** Static paths of entry pages: one page per entry, the entry itself handed to the page as a prop. */
export function entryPaths<E extends { id: string }>(entries: readonly E[]) {
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
