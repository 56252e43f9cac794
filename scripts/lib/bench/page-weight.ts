/** What a page costs a reader before any interaction: its HTML, CSS and JavaScript, gzipped. */
import { readdir, readFile } from 'node:fs/promises';
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

export interface HeaviestPages {
  /** Pages (index.html) in the build. */
  pages: number;
  /** Pages whose HTML is over the budget, gzipped. */
  over: number;
  /** The heaviest few, heaviest first: path under the site and gzipped HTML bytes. */
  heaviest: { page: string; html: number }[];
}

/** Every page's gzipped HTML against the budget (DESIGN.md: 20 KB at 5,000 entries), so no page type hides. */
export async function heaviestPages(outDir: string, budgetBytes: number, count = 5): Promise<HeaviestPages> {
  const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'));
  const sizes: { page: string; html: number }[] = [];
  for (const file of files) sizes.push({ page: file.replace(/index\.html$/, ''), html: gz(await readFile(path.join(outDir, file))) });
  sizes.sort((a, b) => b.html - a.html || a.page.localeCompare(b.page));
  return { pages: sizes.length, over: sizes.filter((size) => size.html > budgetBytes).length, heaviest: sizes.slice(0, count) };
}
