/**
 * The Markdown pipeline's sanitiser: a Sätteri hast plugin that runs over every .md
 * and .mdx body before anything Atrium adds itself (highlighting, heading ids), so
 * only what an author wrote passes the allow-list (src/lib/html/allow-list.ts).
 *
 * Two kinds of node are kept out of it and put back afterwards:
 * - HTML that Atrium's own mdast plugins produce (a diagram's SVG), registered with
 *   `trustedHtmlNode`; the marker it leaves carries a random token, so an author who
 *   writes the same marker by hand gets nothing;
 * - in MDX, the components Atrium provides (capitalised JSX); their children are
 *   Markdown and are sanitised like the rest.
 * Lower-case JSX in MDX (`<div onClick=…>`, `<script>`) is plain HTML and is sanitised.
 */
import { randomUUID } from 'node:crypto';
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { defineHastPlugin, htmlToHast, type Data } from 'satteri';
import { ALLOW_LIST } from '../lib/html/allow-list.ts';
import { sanitizeTree } from '../lib/html/sanitize.ts';

/** Bump when what the sanitiser keeps changes, so Astro renders cached Markdown again. */
const VERSION = 1;
const TRUSTED_TAG = 'atrium-trusted';
const SLOT_TAG = 'atrium-slot';

interface TrustedRegistry {
  token: string;
  html: string[];
}

const registry = (data: Data): TrustedRegistry => ((data.atriumTrusted as TrustedRegistry | undefined) ??= { token: randomUUID(), html: [] });

/** An mdast node standing for Atrium's own HTML, which the sanitiser leaves as it is. */
export function trustedHtmlNode(ctx: { data: Data }, html: string) {
  const trusted = registry(ctx.data);
  trusted.html.push(html);
  return {
    type: 'atriumTrusted',
    children: [],
    data: { hName: TRUSTED_TAG, hProperties: { dataToken: trusted.token, dataIndex: String(trusted.html.length - 1) } },
  };
}

type Slot = { kind: 'html'; html: string } | { kind: 'component'; node: Record<string, unknown> };

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: Nodes[];
}

/** Plain HTML attributes of a lower-case JSX element; expressions and spreads are not HTML and are dropped. */
function jsxProperties(node: JsxNode): Record<string, string | boolean> {
  const properties: Record<string, string | boolean> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    if (attribute.value === null || attribute.value === undefined) properties[attribute.name] = true;
    else if (typeof attribute.value === 'string') properties[attribute.name] = attribute.value;
  }
  return properties;
}

/** The tree with trusted HTML and components swapped for numbered slots, and JSX HTML made hast. */
function protect(node: Nodes, slots: Slot[], trusted: TrustedRegistry | undefined): Nodes[] {
  const children = (list: Nodes[]) => list.flatMap((child) => protect(child, slots, trusted)) as ElementContent[];
  const slot = (value: Slot, content: ElementContent[] = []): Element => {
    slots.push(value);
    return { type: 'element', tagName: SLOT_TAG, properties: { dataSlot: String(slots.length - 1) }, children: content };
  };
  if (node.type === 'element') {
    if (node.tagName === TRUSTED_TAG) {
      const html = node.properties.dataToken === trusted?.token ? trusted?.html[Number(node.properties.dataIndex)] : undefined;
      return html === undefined ? [] : [slot({ kind: 'html', html })];
    }
    if (node.tagName === SLOT_TAG) return children(node.children); // written by hand: not ours
    return [{ ...node, children: children(node.children) }];
  }
  const jsx = node as unknown as JsxNode;
  if (jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') {
    if (!jsx.name) return children(jsx.children); // a fragment, <>…</>
    if (/^[A-Z]|\./.test(jsx.name)) {
      const { children: inner, ...component } = jsx;
      return [slot({ kind: 'component', node: component }, children(inner))];
    }
    return [{ ...h(jsx.name, jsxProperties(jsx)), children: children(jsx.children) }];
  }
  if ('children' in node) return [{ ...node, children: children(node.children as Nodes[]) } as Nodes];
  return [node];
}

/** Slots back to what they stood for: HTML verbatim in Markdown, parsed in MDX (which has no raw HTML). */
function restore(node: Nodes, slots: readonly Slot[], mdx: boolean): Nodes[] {
  const children = (list: Nodes[]) => list.flatMap((child) => restore(child, slots, mdx));
  if (node.type === 'element' && node.tagName === SLOT_TAG) {
    const slot = slots[Number(node.properties.dataSlot)];
    if (!slot) return [];
    if (slot.kind === 'component') return [{ ...slot.node, children: children(node.children) } as unknown as Nodes];
    if (!mdx) return [{ type: 'raw', value: slot.html } as unknown as Nodes];
    return (htmlToHast(slot.html, { fragment: true }) as Root).children as Nodes[];
  }
  if ('children' in node) return [{ ...node, children: children(node.children as Nodes[]) } as Nodes];
  return [node];
}

/** The allow-list plus the slots this plugin itself puts in and takes out again. */
const WITH_SLOTS = {
  ...ALLOW_LIST,
  tagNames: [...(ALLOW_LIST.tagNames ?? []), SLOT_TAG],
  attributes: { ...ALLOW_LIST.attributes, [SLOT_TAG]: ['dataSlot'] },
};

/** Sanitises a whole document (a plain copy of the tree Sätteri gives). */
export function sanitizeDocument(root: Root, data: Data, mdx: boolean): Root {
  const slots: Slot[] = [];
  const protectedTree = protect(root, slots, data.atriumTrusted as TrustedRegistry | undefined)[0] as Root;
  const clean = sanitizeTree(protectedTree, WITH_SLOTS);
  return restore(clean, slots, mdx)[0] as Root;
}

export function sanitizePlugin() {
  return defineHastPlugin({
    name: `atrium-sanitize-v${VERSION}`,
    before(root, ctx) {
      // Sätteri hands out a lazy view of its tree; a plain copy is what the sanitiser walks.
      const plain = JSON.parse(JSON.stringify(root)) as Root;
      ctx.replaceNode(root, sanitizeDocument(plain, ctx.data, ctx.sourceFormat === 'mdx') as unknown as RootContent);
    },
  });
}
