/** A diagram's HTML from the on-disk cache, falling back to client rendering on a miss. */
import { withBase, routes } from '../routes.ts';
import { diagramKey, readCachedSvg } from './cache.ts';
import { fallbackFigure, renderedFigure } from './markup.ts';

export interface DiagramSettings {
  cacheDir: string;
  base: string;
}

/** @param options.fullSize false on the diagram's own full-size page, which needs no link to itself. */
export function diagramHtml(
  source: string,
  label: string,
  settings: DiagramSettings,
  options: { fullSize?: boolean } = {},
): { html: string; rendered: boolean } {
  const key = diagramKey(source);
  const svg = readCachedSvg(settings.cacheDir, key);
  const fullSize = options.fullSize === false ? undefined : withBase(settings.base, routes.diagram(key));
  return svg
    ? { html: renderedFigure(svg, label, fullSize), rendered: true }
    : { html: fallbackFigure(source, label, settings.base, fullSize), rendered: false };
}
