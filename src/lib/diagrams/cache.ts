/**
 * Rendered diagrams on disk, keyed by the diagram's source, the Mermaid version and
 * the theme scheme (the site's colours and how they reach the SVG): a warm cache
 * renders nothing, and CI can restore the folder between runs.
 * Nothing read from it is trusted blindly: an entry that is not a whole SVG of its own
 * key (a cut-short file, an empty one, another key's) counts as missing and is rendered again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { THEME_SCHEME } from './themes.ts';

export const MERMAID_VERSION: string = createRequire(import.meta.url)('mermaid/package.json').version;

/** One key per diagram: its single SVG follows the reader's theme through custom properties. */
export function diagramKey(source: string, version = MERMAID_VERSION, scheme = THEME_SCHEME): string {
  return createHash('sha256').update(`${version}\u0000${scheme}\u0000${source}`).digest('hex').slice(0, 32);
}

/** A cache entry as found: usable, absent, or there but not a diagram it could be (cut short, empty, another key's). */
export type CachedSvg = { state: 'hit'; svg: string } | { state: 'missing' } | { state: 'damaged'; reason: string };

/** The id Mermaid gives a diagram's root `<svg>`: the render job's id, which is made from the key. */
export const svgId = (key: string) => `m${key}`;

/**
 * Why an SVG read from the cache cannot be the diagram with this key, if it cannot:
 * a whole SVG starts with `<svg`, ends with `</svg>` and closes every `<svg` it opens,
 * and its root carries the id of the key it was rendered for.
 */
export function damage(svg: string, key: string): string | undefined {
  const text = svg.trim();
  if (text === '') return 'the file is empty';
  if (!text.startsWith('<svg')) return 'it does not start with <svg';
  if (!text.endsWith('</svg>')) return 'it does not end with </svg> (cut short?)';
  const opened = text.match(/<svg\b/g)?.length ?? 0;
  const closed = text.match(/<\/svg>/g)?.length ?? 0;
  if (opened !== closed) return `it opens <svg> ${opened} times and closes it ${closed} times`;
  const id = /^<svg\b[^>]*\sid="([^"]*)"/.exec(text)?.[1];
  if (id !== svgId(key)) return `it was rendered for another diagram (id ${id ?? 'missing'})`;
  return undefined;
}

export function lookupCachedSvg(cacheDir: string, key: string): CachedSvg {
  let svg: string;
  try {
    svg = readFileSync(path.join(cacheDir, `${key}.svg`), 'utf8');
  } catch {
    return { state: 'missing' };
  }
  const reason = damage(svg, key);
  return reason ? { state: 'damaged', reason } : { state: 'hit', svg };
}

/** The cached SVG, if there is a whole one for this key. */
export function readCachedSvg(cacheDir: string, key: string): string | undefined {
  const entry = lookupCachedSvg(cacheDir, key);
  return entry.state === 'hit' ? entry.svg : undefined;
}

export function writeCachedSvg(cacheDir: string, key: string, svg: string): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path.join(cacheDir, `${key}.svg`), svg);
}
