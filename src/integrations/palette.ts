/**
 * Writes the palette (src/lib/palette.ts) into the stylesheet as Vite loads it, in
 * `astro dev` and in the build alike: tokens.css (and diagrams.css) hold a placeholder where its
 * `:root` rules list the colours, so the CSS the browser gets is what it would be
 * with the colours written out by hand.
 */
import type { Plugin } from 'vite';
import { fillPalette } from '../lib/palette.ts';

export function palettePlugin(): Plugin {
  return {
    name: 'atrium:palette',
    // Before Vite's own CSS handling, which would otherwise have the placeholder already stripped as a comment.
    enforce: 'pre',
    transform(code, id) {
      // Both placeholders count: diagrams.css holds only the diagram shades, and without them its clusters paint black.
      if (!/\.css(?:\?|$)/.test(id) || !/\/\* (?:palette|diagram shades): /.test(code)) return undefined;
      return { code: fillPalette(code), map: null };
    },
  };
}
