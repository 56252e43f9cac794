/**
 * The site's Content-Security-Policy. GitHub Pages cannot send headers, so it travels
 * as a `<meta http-equiv>` in each page, written after the build from the page's final
 * HTML: every inline script of Atrium's is allowed by its hash, and nothing else inline
 * runs. Should author HTML ever get past the sanitiser, its script, handlers and
 * `javascript:` links are blocked by the browser all the same.
 */
import { createHash } from 'node:crypto';
import { EMBED_ORIGINS } from '../video.ts';

/** Sources of everything but inline scripts, whose hashes are added per page. */
const DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // Pagefind compiles its WebAssembly in the page.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // Diagrams are SVG with their own <style>, and Mermaid (in the browser fallback) styles
  // nodes inline; author HTML cannot carry styles (the sanitiser drops them).
  'style-src': ["'self'", "'unsafe-inline'"],
  // Pictures in Markdown may come from anywhere on the web.
  'img-src': ["'self'", 'https:', 'data:'],
  'media-src': ["'self'", 'https:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  // The video facade's players, after the reader clicks Play.
  'frame-src': Object.values(EMBED_ORIGINS),
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** A script hash source, as CSP wants it: `'sha256-…'` of the text between the tags. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Script element types that run; anything else (JSON-LD, templates) is data. */
const EXECUTABLE = /^(?:|module|text\/javascript|application\/javascript)$/i;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The text of each inline script that runs, in order. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (EXECUTABLE.test(type.trim())) scripts.push(text);
  }
  return scripts;
}

/** The policy for a page with these inline scripts. */
export function contentSecurityPolicy(scripts: readonly string[]): string {
  const hashes = [...new Set(scripts.map(scriptHash))];
  return Object.entries(DIRECTIVES)
    .map(([name, sources]) => [name, ...sources, ...(name === 'script-src' ? hashes : [])].join(' '))
    .join('; ');
}

const META = /<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>\s*/i;
const CHARSET = /<meta\s+charset=["']?[^"'>]+["']?\s*\/?>/i;

/**
 * The page with its policy, placed right after `<meta charset>` (a policy only governs
 * what follows it, and the charset must stay first); an earlier policy is replaced.
 * A document without a `<head>` (an email, a fragment) is returned as it is.
 */
export function withContentSecurityPolicy(html: string): string {
  if (!/<head[\s>]/i.test(html)) return html;
  const page = html.replace(META, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScripts(page))}">`;
  if (CHARSET.test(page)) return page.replace(CHARSET, (charset) => `${charset}${meta}`);
  return page.replace(/<head([^>]*)>/i, (head) => `${head}${meta}`);
}
