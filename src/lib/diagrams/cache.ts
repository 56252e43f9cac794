/**
 * Rendered diagrams on disk, keyed by the diagram's source, the Mermaid version and
 * the theme: a warm cache renders nothing, and CI can restore the folder between runs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { MERMAID_THEMES } from './themes.ts';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const MERMAID_VERSION: string = createRequire(import.meta.url)('mermaid/package.json').version;

export function diagramKey(source: string, theme: Theme, version = MERMAID_VERSION): string {
  const look = JSON.stringify(MERMAID_THEMES[theme]);
  return createHash('sha256').update(`${version}\u0000${look}\u0000${source}`).digest('hex').slice(0, 32);
}

export function readCachedSvg(cacheDir: string, key: string): string | undefined {
  try {
    return readFileSync(path.join(cacheDir, `${key}.svg`), 'utf8');
  } catch {
    return undefined;
  }
}

export function writeCachedSvg(cacheDir: string, key: string, svg: string): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path.join(cacheDir, `${key}.svg`), svg);
}
