/**
 * The Markdown pipeline Atrium hands Astro (for .md and .mdx): raw HTML parsed into
 * elements, diagrams swapped in, everything the author wrote sanitised, and only then
 * code highlighted. Astro would highlight before any plugin of ours runs, so its own
 * highlighting is switched off and the same highlighter (same settings) runs after the
 * sanitiser: Shiki's classes and colours are Atrium's output, not the author's.
 */
import type { AstroConfig } from 'astro';
import { satteri, satteriCreateHighlightFn, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import type { MdastPluginEntry } from 'satteri';
import { sanitizePlugin } from './sanitize-plugin.ts';

type HighlightFn = Parameters<typeof satteriHighlightPlugin>[0];

function highlightAfterSanitising(markdown: AstroConfig['markdown']) {
  const { syntaxHighlight, shikiConfig } = markdown;
  if (!syntaxHighlight) return [];
  let highlighter: ReturnType<typeof satteriCreateHighlightFn> | undefined;
  const highlight: HighlightFn = async (code, lang, meta) => {
    // Astro's own settings, passed on as Astro would (their types differ only in optional fields).
    type Settings = Parameters<typeof satteriCreateHighlightFn>;
    highlighter ??= satteriCreateHighlightFn(syntaxHighlight as Settings[0], shikiConfig as Settings[1]);
    const fn = await highlighter;
    if (!fn) throw new Error(`markdown.syntaxHighlight is set to ${JSON.stringify(syntaxHighlight)}, which Atrium cannot run; use 'shiki', 'prism' or false`);
    return fn(code, lang, meta);
  };
  const excludeLangs = typeof syntaxHighlight === 'object' ? syntaxHighlight.excludeLangs : undefined;
  return [satteriHighlightPlugin(highlight, excludeLangs)];
}

/** The `markdown` settings for `updateConfig`. */
export function markdownPipeline(markdown: AstroConfig['markdown'], mdastPlugins: MdastPluginEntry[]): Partial<AstroConfig['markdown']> {
  return {
    syntaxHighlight: false,
    processor: satteri({ features: { rawHtml: true }, mdastPlugins, hastPlugins: [sanitizePlugin(), ...highlightAfterSanitising(markdown)] }),
  };
}
