/** What a page costs a reader before any interaction: its HTML, CSS and JavaScript, gzipped. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

const gz = (text: string | Buffer) => gzipSync(text).length;

/** Follows a module's static imports, which the browser fetches before running it. */
async function moduleClosure(file: string, seen: Set<string>): Promise<number> {
  if (seen.has(file)) return 0;
  seen.add(file);
  const code = await readFile(file, 'utf8');
  let total = gz(code);
  for (const match of code.matchAll(/(?:^|[;\s])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
    const target = match[1]!;
    if (target.startsWith('.')) total += await moduleClosure(path.resolve(path.dirname(file), target), seen);
  }
  return total;
}

export async function pageWeight(outDir: string, page: string, base = '/'): Promise<PageWeight> {
  const html = await readFile(path.join(outDir, page, 'index.html'), 'utf8');
  const local = (href: string) => path.join(outDir, href.startsWith(base) ? href.slice(base.length) : href);
  let css = 0;
  for (const match of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) css += gz(await readFile(local(match[1]!)));
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
  let js = inline ? gz(inline) : 0;
  const seen = new Set<string>();
  for (const match of html.matchAll(/<script[^>]+src="([^"]+)"/g)) js += await moduleClosure(local(match[1]!), seen);
  return { html: gz(html), css, js };
}
