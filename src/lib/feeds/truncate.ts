/**
 * Feed items of a bounded size. Readers download every item on every poll, so one huge
 * entry must not make every feed it is in huge: past the budget, the item ends at the
 * last element that fits (an element too large on its own is cut inside, at a word),
 * and a link sends the reader to the page for the rest.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

/** Bytes of HTML an item's full text may take in a feed: a long ADR fits, a 5 MB paste does not. */
export const FEED_CONTENT_MAX_BYTES = 20_000;

const size = (node: RootContent | ElementContent) => Buffer.byteLength(toHtml(node));

/** The children that fit in `budget` bytes. */
function fit<T extends RootContent | ElementContent>(children: readonly T[], budget: number): T[] {
  const kept: T[] = [];
  let left = budget;
  for (const child of children) {
    const bytes = size(child);
    if (bytes <= left) {
      kept.push(child);
      left -= bytes;
      continue;
    }
    // End at the last whole element; only one too large on its own is cut inside.
    if (kept.some((node) => node.type === 'element' || (node.type === 'text' && node.value.trim() !== ''))) return kept;
    if (child.type === 'text') {
      const words = child.value.slice(0, Math.max(0, left - 1)).replace(/\s+\S*$/, '');
      if (words) kept.push({ ...child, value: `${words}…` });
    } else if (child.type === 'element') {
      // The element's own tags cost bytes too: what is inside gets the rest.
      const shell = size({ ...child, children: [] });
      const inner = left > shell ? fit(child.children, left - shell) : [];
      if (inner.length > 0) kept.push({ ...child, children: inner });
    }
    return kept;
  }
  return kept;
}

/** The tree within `maxBytes`, ending with a link to the page when it had to be cut. */
export function truncateTree(tree: Root, maxBytes: number, pageUrl: string): Root {
  if (Buffer.byteLength(toHtml(tree)) <= maxBytes) return tree;
  const kept = fit(tree.children, maxBytes);
  const more: ElementContent = {
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [{ type: 'element', tagName: 'a', properties: { href: pageUrl }, children: [{ type: 'text', value: 'Read the rest on the handbook page' }] }],
  };
  return { ...tree, children: [...kept, { type: 'text', value: '\n' }, more] };
}
