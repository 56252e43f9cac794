/**
 * Author HTML made harmless with the allow-list (see allow-list.ts): as a tree inside
 * the Markdown pipeline, or as a string for HTML that leaves the site (feeds, email).
 */
import type { Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { ALLOW_LIST } from './allow-list.ts';

const PREFIX = ALLOW_LIST.clobberPrefix ?? '';
const CLOBBER = new Set(ALLOW_LIST.clobber ?? []);

/**
 * Ids that already carry the clobber prefix (GFM footnotes come with it) lose it first,
 * so sanitising gives them one prefix, not two, and their links still match.
 */
function unprefix(node: Nodes): void {
  if (node.type === 'element' && PREFIX) {
    for (const key of CLOBBER) {
      const value = node.properties[key];
      if (typeof value === 'string' && value.startsWith(PREFIX)) node.properties[key] = value.slice(PREFIX.length);
      else if (Array.isArray(value)) node.properties[key] = value.map((v) => (typeof v === 'string' && v.startsWith(PREFIX) ? v.slice(PREFIX.length) : v));
    }
  }
  if ('children' in node) for (const child of node.children) unprefix(child as Nodes);
}

/** A safe copy of a hast tree: only allowed elements, attributes and URL schemes remain. */
export function sanitizeTree(tree: Root, schema = ALLOW_LIST): Root {
  unprefix(tree);
  return sanitize(tree, schema) as Root;
}

/** A safe copy of an HTML fragment. */
export function sanitizeHtml(html: string): string {
  return toHtml(sanitizeTree(fromHtml(html, { fragment: true })));
}
