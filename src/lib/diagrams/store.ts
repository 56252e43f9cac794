/** A diagram's HTML from the on-disk cache, falling back to client rendering on a miss. */
import { diagramKey, readCachedSvg } from './cache.ts';
import { fallbackFigure, renderedFigure } from './markup.ts';

export interface DiagramSettings {
  cacheDir: string;
  base: string;
}

export function diagramHtml(source: string, label: string, settings: DiagramSettings): { html: string; rendered: boolean } {
  const light = readCachedSvg(settings.cacheDir, diagramKey(source, 'light'));
  const dark = readCachedSvg(settings.cacheDir, diagramKey(source, 'dark'));
  return light && dark
    ? { html: renderedFigure({ light, dark }, label), rendered: true }
    : { html: fallbackFigure(source, label, settings.base), rendered: false };
}
