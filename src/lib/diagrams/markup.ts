/**
 * The HTML of a diagram on a page: its one SVG (which follows the reader's theme) in a
 * box that scrolls sideways when the diagram is wider than the column at a readable
 * size, with a link to its full-size page; or, without pre-rendered SVG, the source for
 * the browser to render with Mermaid loaded on that page only.
 */
import { escapeHtml } from '../html/escape.ts';
import { withBase } from '../routes.ts';

/**
 * Gives the SVG an accessible name, and the role of an image; a diagram with links
 * is a group instead, since an image hides what is inside it from screen readers.
 */
export function labelSvg(svg: string, label: string): string {
  const role = /<a xlink:href="/.test(svg) ? 'group' : 'img';
  return svg.replace(/<svg\b([^>]*)>/, (_match, attributes: string) => {
    const cleaned = attributes.replace(/\s(role|aria-label|aria-labelledby)="[^"]*"/g, '');
    return `<svg${cleaned} role="${role}" aria-label="${escapeHtml(label)}">`;
  });
}

/** Under the diagram: the hint that it scrolls (shown by src/client/diagram-scroll.ts when it does) and the link to its full-size page. */
function diagramBar(label: string, fullSize: string): string {
  return (
    `<div class="diagram__bar">` +
    `<span class="diagram__hint" aria-hidden="true">Scroll sideways →</span>` +
    `<a class="diagram__full" href="${escapeHtml(fullSize)}" aria-label="View full size: ${escapeHtml(label)}">View full size</a>` +
    `</div>`
  );
}

/** @param fullSize the URL of the diagram's full-size page; none on that page itself. */
export function renderedFigure(svg: string, label: string, fullSize?: string): string {
  return (
    `<figure class="diagram${fullSize ? '' : ' diagram--full'}" data-diagram="svg">` +
    `<div class="diagram__scroll">${labelSvg(svg, label)}</div>` +
    (fullSize ? diagramBar(label, fullSize) : '') +
    `</figure>`
  );
}

/** Path of the browser fallback's loader, under the site's base. */
export const FALLBACK_DIR = '_atrium/mermaid/';

export function fallbackFigure(source: string, label: string, base: string, fullSize?: string): string {
  return (
    `<figure class="diagram" data-diagram="client">` +
    `<pre class="mermaid-fallback" role="img" aria-label="${escapeHtml(label)}">${escapeHtml(source)}</pre>` +
    `<script type="module" src="${withBase(base, `${FALLBACK_DIR}render.js`)}"></script>` +
    (fullSize ? diagramBar(label, fullSize) : '') +
    `</figure>`
  );
}
