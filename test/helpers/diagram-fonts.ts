/**
 * How large a diagram's labels are on screen: each label's computed font size times the
 * scale its SVG is drawn at (the screen transform of the text, or of the foreignObject
 * that holds an HTML label), so a 16 px label in an SVG shrunk to a quarter reads as 4 px.
 */
import type { Page } from 'playwright-core';

export interface DiagramFonts {
  /** The figure's accessible name (its SVG's aria-label). */
  label: string;
  /** Smallest label on screen, in CSS pixels, rounded to 0.1. */
  smallest: number;
  /** The text of that label, to say which one it is when a floor is missed. */
  text: string;
}

/** The smallest rendered label font of every visible diagram on the page, in page order. */
export function diagramFonts(page: Page): Promise<DiagramFonts[]> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.diagram svg[aria-label]')]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => {
        let smallest = Number.POSITIVE_INFINITY;
        let text = '';
        for (const element of svg.querySelectorAll('text, tspan, foreignObject *')) {
          const own = [...element.childNodes]
            .filter((node) => node.nodeType === Node.TEXT_NODE)
            .map((node) => node.textContent ?? '')
            .join('')
            .trim();
          if (own === '' || element.getBoundingClientRect().width === 0) continue;
          const matrix = ((element.closest('foreignObject') ?? element) as SVGGraphicsElement).getScreenCTM?.();
          const size = parseFloat(getComputedStyle(element).fontSize) * (matrix ? Math.hypot(matrix.a, matrix.b) : 1);
          if (size < smallest) [smallest, text] = [size, own];
        }
        return { label: svg.getAttribute('aria-label') ?? '', smallest: Math.round(smallest * 10) / 10, text };
      }),
  );
}
