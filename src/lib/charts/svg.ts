/**
 * What every chart shares: an accessible SVG frame (role img, a title and a description
 * that says the numbers, so a screen reader needs no picture) and the scale of its y axis.
 * Colours are the stylesheet's custom properties through classes, so charts follow the
 * theme; no chart needs JavaScript.
 */
import { escapeHtml } from '../html/escape.ts';

export interface Frame {
  /** Unique on the page: the title's and description's ids derive from it. */
  id: string;
  title: string;
  /** The numbers in words, e.g. "2026-Q2: 3.6; 2026-Q3: 3.5". */
  description: string;
  width: number;
  height: number;
}

export function svgFrame(frame: Frame, body: string): string {
  const { id, title, description, width, height } = frame;
  return (
    `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>${body}</svg>`
  );
}

/** A round top for the y axis: 1, 2 or 5 times a power of ten, at least `max`. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= max - 1e-9)!;
}

export const text = (x: number, y: number, content: string, anchor: 'start' | 'middle' | 'end' = 'middle', className = 'chart-label') =>
  `<text x="${x}" y="${y}" text-anchor="${anchor}" class="${className}">${escapeHtml(content)}</text>`;

/** Numbers rounded for drawing: short SVG, identical across runs. */
export const px = (value: number) => String(Math.round(value * 10) / 10);
