/**
 * The Markdown side of diagrams: a Sätteri mdast plugin that swaps each ```mermaid
 * fence for its pre-rendered SVG (or the browser fallback). Works for .md and .mdx; the
 * SVG reaches the page through the sanitiser untouched (see sanitize-plugin.ts).
 */
import { defineMdastPlugin } from 'satteri';
import { normalizeText } from '../lib/content/text.ts';
import { fenceLabel, mermaidFences } from '../lib/diagrams/fences.ts';
import { diagramHtml, type DiagramSettings } from '../lib/diagrams/store.ts';
import { MERMAID_VERSION } from '../lib/diagrams/cache.ts';
import { trustedHtmlNode } from './sanitize-plugin.ts';

/** Bump when the markup this plugin emits changes, so cached Markdown is rendered again. */
const MARKUP_VERSION = 4;

/**
 * @param variant part of the plugin's name: Astro caches rendered Markdown keyed by its
 *   configuration, so a different variant (inline SVG, browser fallback, dev) re-renders it.
 */
export function mermaidFencesPlugin(settings: DiagramSettings, variant: string) {
  return defineMdastPlugin({
    name: `atrium-mermaid-${variant}-${MERMAID_VERSION}-v${MARKUP_VERSION}`,
    code(node, ctx) {
      if (node.lang !== 'mermaid') return;
      // The file's own line endings stay in the fence: normalize as the check did, so the text matches what was pre-rendered.
      const source = normalizeText(node.value);
      // Match the fence by its text: the heading above it names the diagram when it has no title of its own.
      const heading = mermaidFences(normalizeText(ctx.source)).find((fence) => fence.source === source)?.heading;
      const label = fenceLabel({ source, heading });
      // Atrium's own HTML: the sanitiser (sanitize-plugin.ts) keeps it out of the author's.
      ctx.replaceNode(node, trustedHtmlNode(ctx, diagramHtml(source, label, settings).html));
    },
  });
}
