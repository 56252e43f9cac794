/**
 * What the build does to an SVG fresh from Mermaid before caching it: colours that
 * follow the site's theme, links named for screen readers, and the numbers the page's
 * CSS needs to keep every label readable (see `.diagram` in styles/diagrams.css).
 */
import { themeSvg, type ColourTable } from './colours.ts';

/** Below this the SVG would have to be blown up too far to reach the floor; a label that small is an odd one out. */
const SMALLEST_FONT = 8;

/**
 * Each link Mermaid made for a `click … href "…" "name"` gets that name as its
 * accessible name and tooltip: Mermaid puts it in a `title` attribute of the shape
 * inside the link, which neither names the link nor shows on hover.
 */
export function nameLinks(svg: string): string {
  return svg.replace(/<a xlink:href="([^"]*)"([^>]*)>(\s*<g\b[^>]*?)\stitle="([^"]*)"/g, (_match, url: string, rest: string, shape: string, name: string) => {
    return `<a xlink:href="${url}"${rest} aria-label="${name}"><title>${name}</title>${shape}`;
  });
}

/**
 * The SVG's natural width (its viewBox) and smallest label font as custom properties on
 * its root, in place of Mermaid's fixed `max-width`: the page draws it between the floor
 * font and 16 px labels, and scrolls it when the floor is wider than the column.
 */
export function sizeSvg(svg: string, font: number): string {
  return svg.replace(/^<svg\b[^>]*>/, (root) => {
    const width = /\sviewBox="[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)/.exec(root)?.[1];
    if (!width) return root;
    const properties = `--diagram-width: ${Math.round(Number(width))}; --diagram-font: ${Math.round(Math.max(font, SMALLEST_FONT) * 10) / 10};`;
    const bare = root.replace(/\sstyle="([^"]*)"/, (_match, style: string) => {
      const rest = style.replace(/max-width:\s*[\d.]+px;?\s*/, '').trim();
      return rest ? ` style="${rest}"` : '';
    });
    return /\sstyle="/.test(bare) ? bare.replace(/\sstyle="([^"]*?);?\s*"/, ` style="$1; ${properties}"`) : bare.replace(/>$/, ` style="${properties}">`);
  });
}

export function finishSvg(svg: string, font: number, table: ColourTable): string {
  return sizeSvg(nameLinks(themeSvg(svg, table)), font);
}
