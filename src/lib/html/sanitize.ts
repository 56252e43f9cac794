/**
 * Author HTML made harmless with the allow-list (see allow-list.ts): as a tree inside
 * the Markdown pipeline, or as a string for HTML that leaves the site (feeds, email).
 */
import type { Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { stripBidiControls } from '../text/bidi.ts';
import { ALLOW_LIST } from './allow-list.ts';

const PREFIX = ALLOW_LIST.clobberPrefix ?? '';
const CLOBBER = new Set(ALLOW_LIST.clobber ?? []);

/**
 * Before sanitising: ids that already carry the clobber prefix (GFM footnotes come with
 * it) lose it, so sanitising gives them one prefix, not two, and their links still
 * match; text loses the bidi controls that would reorder what follows (lib/text/bidi.ts).
 */
function prepare(node: Nodes): void {
  if (node.type === 'text') node.value = stripBidiControls(node.value);
  if (node.type === 'element' && PREFIX) {
    for (const key of CLOBBER) {
      const value = node.properties[key];
      if (typeof value === 'string' && value.startsWith(PREFIX)) node.properties[key] = value.slice(PREFIX.length);
      else if (Array.isArray(value)) node.properties[key] = value.map((v) => (typeof v === 'string' && v.startsWith(PREFIX) ? v.slice(PREFIX.length) : v));
    }
  }
  if ('children' in node) for (const child of node.children) prepare(child as Nodes);
}

/** A safe copy of a hast tree: only allowed elements, attributes and URL schemes remain. */
export function sanitizeTree(tree: Root, schema = ALLOW_LIST): Root {
  prepare(tree);
  return sanitize(tree, schema) as Root;
}

/** A safe copy of an HTML fragment. */
export function sanitizeHtml(html: string): string {
  return toHtml(sanitizeTree(fromHtml(html, { fragment: true })));
}
