/**
 * Author HTML made harmless with the allow-list (see allow-list.ts): as a tree inside
 * the Markdown pipeline, or as a string for HTML that leaves the site (feeds, email).
 */
import type { Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { stripBidiControls } from '../text/bidi.ts';
import { ALLOW_LIST, PORTABLE_ALLOW_LIST } from './allow-list.ts';

/**
 * Before sanitising: ids that already carry the clobber prefix (GFM footnotes come with
 * it) lose it, so sanitising gives them one prefix, not two, and their links still
 * match; text loses the bidi controls that would reorder what follows (lib/text/bidi.ts).
 */
function prepare(node: Nodes, schema: Schema): void {
  if (node.type === 'text') node.value = stripBidiControls(node.value);
  const prefix = schema.clobberPrefix ?? '';
  if (node.type === 'element' && prefix) {
    for (const key of schema.clobber ?? []) {
      const value = node.properties[key];
      if (typeof value === 'string' && value.startsWith(prefix)) node.properties[key] = value.slice(prefix.length);
      else if (Array.isArray(value)) node.properties[key] = value.map((v) => (typeof v === 'string' && v.startsWith(prefix) ? v.slice(prefix.length) : v));
    }
  }
  if ('children' in node) for (const child of node.children) prepare(child as Nodes, schema);
}

/** A safe copy of a hast tree: only allowed elements, attributes and URL schemes remain. */
export function sanitizeTree(tree: Root, schema: Schema = ALLOW_LIST): Root {
  prepare(tree, schema);
  return sanitize(tree, schema) as Root;
}

/** Serialised as readers expect: `&amp;` and `&lt;` rather than numeric references. */
export const toPortableHtml = (tree: Root) => toHtml(tree, { characterReferences: { useNamedReferences: true } });

/** A safe copy of an HTML fragment that leaves the site (see PORTABLE_ALLOW_LIST). */
export function sanitizeHtml(html: string): string {
  return toPortableHtml(sanitizePortable(html));
}

/** The fragment as a safe tree, for HTML that leaves the site. */
export function sanitizePortable(html: string): Root {
  return sanitizeTree(fromHtml(html, { fragment: true }), PORTABLE_ALLOW_LIST);
}
