/**
 * The HTML of a diagram on a page: both rendered themes (CSS shows the one that
 * matches the reader's), or, without pre-rendered SVG, the source for the browser
 * to render with Mermaid loaded on that page only.
 */
import { escapeHtml } from '../html/escape.ts';
import { withBase } from '../routes.ts';

/** Gives the SVG an accessible name and the role of an image. */
export function labelSvg(svg: string, label: string): string {
  return svg.replace(/<svg\b([^>]*)>/, (_match, attributes: string) => {
    const cleaned = attributes.replace(/\s(role|aria-label|aria-labelledby)="[^"]*"/g, '');
    return `<svg${cleaned} role="img" aria-label="${escapeHtml(label)}">`;
  });
}

export function renderedFigure(svgs: { light: string; dark: string }, label: string): string {
  return (
    `<figure class="diagram" data-diagram="svg">` +
    `<div class="diagram__theme diagram__theme--light">${labelSvg(svgs.light, label)}</div>` +
    `<div class="diagram__theme diagram__theme--dark">${labelSvg(svgs.dark, label)}</div>` +
    `</figure>`
  );
}

/** Path of the browser fallback's loader, under the site's base. */
export const FALLBACK_DIR = '_atrium/mermaid/';

export function fallbackFigure(source: string, label: string, base: string): string {
  return (
    `<figure class="diagram" data-diagram="client">` +
    `<pre class="mermaid-fallback" role="img" aria-label="${escapeHtml(label)}">${escapeHtml(source)}</pre>` +
    `<script type="module" src="${withBase(base, `${FALLBACK_DIR}render.js`)}"></script>` +
    `</figure>`
  );
}
