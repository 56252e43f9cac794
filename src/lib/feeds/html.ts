/**
 * HTML that leaves the site: feed items and digest emails are read far from the page
 * they came from, so every URL in them must be absolute, and nothing may depend on
 * the site's scripts or styles.
 *
 * The HTML is Astro's own output (rendered Markdown and our templates), which is well
 * formed, so tags are found with the same regular expressions as the link checker
 * rather than with a full parser. What leaves the site is parsed once more, though, to
 * pass the same allow-list as the pages (src/lib/html/allow-list.ts) and to be cut to
 * a feed's size.
 */
import { escapeHtml } from '../html/escape.ts';
import { basePath } from '../routes.ts';
import { sanitizePortable, toPortableHtml } from '../html/sanitize.ts';
import { FEED_CONTENT_MAX_BYTES, truncateTree } from './truncate.ts';

/** Attribute text as the browser reads it; numeric references too (`&#x27;` is how a `'` in a link is written). */
const decodeAttribute = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export interface UrlContext {
  /** The absolute URL of the page the HTML appears on: relative links resolve against it. */
  pageUrl: string;
  /** Path the site is served under, `/` or `/handbook/`. */
  base: string;
}

/**
 * One URL made absolute. A root-relative path that does not start with the base path
 * was written for a site served at `/`: it gets the base, as the handbook's own links do.
 */
export function resolveUrl(url: string, { pageUrl, base }: UrlContext): string {
  const value = url.trim();
  if (value === '') return pageUrl;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return value; // https:, mailto:, data:, …
  const page = new URL(pageUrl);
  if (value.startsWith('//')) return new URL(`${page.protocol}${value}`).href;
  if (value.startsWith('/')) {
    const prefix = basePath(base);
    const path = value.startsWith(prefix) || value === prefix.slice(0, -1) ? value : `${prefix}${value.slice(1)}`;
    return new URL(path, page.origin).href;
  }
  return new URL(value, page).href; // relative paths, ?query and #fragment
}

/** Attributes that hold a URL, by element; `*` applies to every element. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  '*': ['href', 'src', 'xlink:href'],
  img: ['srcset'],
  source: ['srcset'],
  video: ['poster'],
  blockquote: ['cite'],
  q: ['cite'],
  form: ['action'],
  object: ['data'],
};

/** A start tag; quoted attribute values may contain `>`. */
const TAG = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:"[^"]*"|'[^']*'|[^"'>])*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+)/g;
/** Comments and the bodies of scripts and styles: text that looks like markup but is not. */
const NOT_MARKUP = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

function rewriteSrcset(value: string, context: UrlContext): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      return [resolveUrl(url, context), ...descriptor].join(' ');
    })
    .join(', ');
}

function rewriteTag(name: string, attributes: string, context: UrlContext): string {
  const wanted = new Set([...(URL_ATTRIBUTES['*'] ?? []), ...(URL_ATTRIBUTES[name.toLowerCase()] ?? [])]);
  return attributes.replace(ATTRIBUTE, (match, attribute: string, equals: string, quoted: string) => {
    const key = attribute.toLowerCase();
    if (!wanted.has(key)) return match;
    const raw = decodeAttribute(/^["']/.test(quoted) ? quoted.slice(1, -1) : quoted);
    const absolute = key === 'srcset' ? rewriteSrcset(raw, context) : resolveUrl(raw, context);
    return `${attribute}${equals}"${escapeHtml(absolute)}"`;
  });
}

/** Every URL in the HTML made absolute (links, images, sources, posters, srcsets). */
export function absolutizeHtml(html: string, context: UrlContext): string {
  let result = '';
  let last = 0;
  // Rewrite markup only between comments, scripts and styles, which are copied as they are.
  for (const skipped of html.matchAll(NOT_MARKUP)) {
    result += rewriteMarkup(html.slice(last, skipped.index), context) + skipped[0];
    last = skipped.index + skipped[0].length;
  }
  return result + rewriteMarkup(html.slice(last), context);
}

function rewriteMarkup(html: string, context: UrlContext): string {
  return html.replace(TAG, (_match, name: string, attributes: string) => `<${name}${rewriteTag(name, attributes, context)}>`);
}

const DIAGRAM = /<figure class="diagram"[^>]*>[\s\S]*?<\/figure>/g;
const LABEL = /aria-label="([^"]*)"/;

/**
 * HTML for a feed reader or a mail client: only what the allow-list keeps (no scripts,
 * handlers, frames or forms), at most `maxBytes` of it, and each diagram replaced by a
 * link to the page. A page's diagram is inline SVG whose colours are the site's CSS
 * custom properties (or, without Chromium at build time, a script), so a reader would
 * show it without colours, or not at all.
 */
export function portableHtml(html: string, context: UrlContext, maxBytes = FEED_CONTENT_MAX_BYTES): string {
  const withoutDiagrams = html.replace(DIAGRAM, (figure) => {
    const label = LABEL.exec(figure)?.[1] ?? 'Diagram';
    return `<p><a href="${escapeHtml(context.pageUrl)}">${label}</a> (a diagram: see it on the handbook page)</p>`;
  });
  const safe = sanitizePortable(withoutDiagrams);
  return absolutizeHtml(toPortableHtml(truncateTree(safe, maxBytes, context.pageUrl)), context);
}
