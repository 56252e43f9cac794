/**
 * Post-build internal link checker: reads the generated HTML, and reports every link,
 * stylesheet, script or image that points at a page, file or fragment the build did not
 * produce. External links are ignored: they are not ours to keep alive, and checking them
 * would make the build depend on the network.
 *
 * The HTML is scanned with regular expressions rather than parsed: Astro's output is
 * well formed, and the scanner only has to find tags and their attributes outside of
 * comments, scripts and styles.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface Link {
  href: string;
  /** 1-based line of the attribute in the HTML file. */
  line: number;
}

export interface LinkProblem {
  /** Path of the HTML file, relative to the output folder, with forward slashes. */
  page: string;
  line: number;
  /** The link as written in the HTML, entities decoded. */
  href: string;
  message: string;
}

export interface LinkCheckOptions {
  /** Path the site is served under: `/` or `/handbook/`. */
  base: string;
  /** Origin of the deployed site; absolute links to it are checked like root-relative ones. */
  siteOrigin?: string;
  /** Every file in the output folder, relative, with forward slashes. */
  files: Set<string>;
}

export interface LinkReport {
  problems: LinkProblem[];
  linksChecked: number;
  pagesChecked: number;
}

// ---------------------------------------------------------------------------
// Scanning HTML

/** Which attributes of which elements hold a URL the browser will load or navigate to. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  iframe: ['src'],
  source: ['src', 'srcset'],
  video: ['src'],
};

/** A start tag; quoted attribute values may contain `>`. */
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:"[^"]*"|'[^']*'|[^"'>])*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Text that looks like markup but is not: a tag inside a comment, or a string inside an inline script. */
const NOT_MARKUP = /<!--[\s\S]*?(?:-->|$)|(<(script|style)\b[^>]*>)([\s\S]*?)(?=<\/\2\s*>|$)/gi;

interface Attribute {
  name: string;
  value: string;
  /** Offset of the attribute in the HTML, for line numbers. */
  offset: number;
}

interface Tag {
  name: string;
  attributes: Attribute[];
}

/** Replaces comments and script/style bodies with spaces, keeping offsets and newlines so line numbers stay right. */
function blankOutNonMarkup(html: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return html.replace(NOT_MARKUP, (match: string, openingTag: string | undefined, _name: string | undefined, body: string | undefined) =>
    openingTag === undefined ? blank(match) : openingTag + blank(body ?? ''),
  );
}

function* scanTags(html: string): Generator<Tag> {
  for (const tag of blankOutNonMarkup(html).matchAll(TAG)) {
    const [, name = '', attributeText = ''] = tag;
    const attributesOffset = tag.index + 1 + name.length;
    const attributes: Attribute[] = [];
    for (const attribute of attributeText.matchAll(ATTRIBUTE)) {
      const [, attributeName = '', doubleQuoted, singleQuoted, unquoted] = attribute;
      attributes.push({
        name: attributeName.toLowerCase(),
        value: decodeEntities(doubleQuoted ?? singleQuoted ?? unquoted ?? ''),
        offset: attributesOffset + attribute.index,
      });
    }
    yield { name: name.toLowerCase(), attributes };
  }
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const codePoint = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** Maps offsets to 1-based line numbers; built once per page, so each lookup is a binary search. */
function lineFinder(html: string): (offset: number) => number {
  const lineStarts = [0];
  for (let index = html.indexOf('\n'); index !== -1; index = html.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/**
 * `srcset` lists candidates as `url descriptor, url descriptor`. URLs may themselves contain
 * commas (`data:` URLs do), so this follows the HTML parsing rules rather than splitting on commas.
 */
function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let rest = srcset;
  while ((rest = rest.replace(/^[\s,]+/, '')) !== '') {
    const url = /^\S+/.exec(rest)?.[0] ?? '';
    rest = rest.slice(url.length);
    if (url.endsWith(',')) {
      urls.push(url.replace(/,+$/, ''));
      continue;
    }
    urls.push(url);
    rest = rest.replace(/^[^,]*/, '');
  }
  return urls;
}

export function extractLinks(html: string): Link[] {
  const lineOf = lineFinder(html);
  const links: Link[] = [];
  for (const tag of scanTags(html)) {
    const urlAttributes = URL_ATTRIBUTES[tag.name];
    if (!urlAttributes) continue;
    for (const attribute of tag.attributes) {
      if (!urlAttributes.includes(attribute.name)) continue;
      const line = lineOf(attribute.offset);
      const hrefs = attribute.name === 'srcset' ? srcsetUrls(attribute.value) : [attribute.value.trim()];
      for (const href of hrefs) links.push({ href, line });
    }
  }
  return links;
}

export function extractIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of scanTags(html)) {
    for (const attribute of tag.attributes) {
      if (attribute.name === 'id' || (attribute.name === 'name' && tag.name === 'a')) ids.add(attribute.value);
    }
  }
  return ids;
}

// ---------------------------------------------------------------------------
// Resolving links

/** Stands in for the site's origin when none is configured, so relative links still resolve with `URL`. */
const PLACEHOLDER_ORIGIN = 'https://atrium.invalid';

/** The URL a file in the output folder is served at: `teams/mobile/index.html` → `<base>teams/mobile/`. */
export function pageUrl(page: string, base: string): string {
  if (page === 'index.html') return base;
  if (page.endsWith('/index.html')) return base + page.slice(0, -'index.html'.length);
  return base + page;
}

function hasExtension(sitePath: string): boolean {
  const lastSegment = sitePath.slice(sitePath.lastIndexOf('/') + 1);
  return lastSegment.includes('.');
}

/** The files a path below the base may be served from, in the order a static host tries them. */
function candidateFiles(sitePath: string): string[] {
  if (sitePath === '' || sitePath.endsWith('/')) return [`${sitePath}index.html`];
  if (hasExtension(sitePath)) return [sitePath];
  return [`${sitePath}/index.html`, `${sitePath}.html`, sitePath];
}

function safeDecode(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    return component;
  }
}

/** Links the browser would not fetch from this site: other origins and non-HTTP schemes. */
function resolveInternal(href: string, fromUrl: URL, siteOrigin: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(href, fromUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.origin === siteOrigin ? url : undefined;
}

/** Fragments the browser handles without an element: the top of the page, and text fragments. */
function needsElement(fragment: string): boolean {
  return fragment !== '' && fragment !== 'top' && !fragment.startsWith(':~:');
}

// ---------------------------------------------------------------------------
// Checking a site

export function checkSite(pages: ReadonlyMap<string, string>, options: LinkCheckOptions): LinkReport {
  const { base, files } = options;
  const siteOrigin = options.siteOrigin ? new URL(options.siteOrigin).origin : PLACEHOLDER_ORIGIN;
  const exists = (file: string) => files.has(file) || pages.has(file);

  // Many links point at the same few pages (navigation, breadcrumbs): parse each target's ids once.
  const idsByPage = new Map<string, Set<string>>();
  const idsOf = (page: string, html: string): Set<string> => {
    let ids = idsByPage.get(page);
    if (!ids) idsByPage.set(page, (ids = extractIds(html)));
    return ids;
  };

  const problemWith = (href: string, url: URL): string | undefined => {
    const pathname = safeDecode(url.pathname);
    const fragment = safeDecode(url.hash.slice(1));
    const shown = (href.startsWith('#') ? '' : pathname) + (fragment === '' ? '' : `#${fragment}`);

    const sitePath = pathInsideBase(pathname, base);
    if (sitePath === undefined) return `links to ${shown}, which points outside the site's base path ${base}`;
    const target = candidateFiles(sitePath).find(exists);
    if (target === undefined) return `links to ${pathname}, which does not exist`;

    const targetHtml = pages.get(target);
    if (targetHtml === undefined || !needsElement(fragment) || idsOf(target, targetHtml).has(fragment)) return undefined;
    return `links to ${shown}, but ${pageUrl(target, base)} has no element with id "${fragment}"`;
  };

  const problems: LinkProblem[] = [];
  let linksChecked = 0;
  for (const [page, html] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
    const fromUrl = new URL(pageUrl(page, base), siteOrigin);
    for (const { href, line } of extractLinks(html)) {
      const url = resolveInternal(href, fromUrl, siteOrigin);
      if (!url) continue;
      linksChecked++;
      const message = problemWith(href, url);
      if (message) problems.push({ page, line, href, message });
    }
  }
  return { problems, linksChecked, pagesChecked: pages.size };
}

/** The path below the base, or undefined when the link leaves it; `/handbook` counts as `/handbook/`. */
function pathInsideBase(pathname: string, base: string): string | undefined {
  if (pathname.startsWith(base)) return pathname.slice(base.length);
  if (`${pathname}/` === base) return '';
  return undefined;
}

export function checkSiteLinks(pages: ReadonlyMap<string, string>, options: LinkCheckOptions): LinkProblem[] {
  return checkSite(pages, options).problems;
}

// ---------------------------------------------------------------------------
// Reading the output folder and printing problems

export async function readSite(outDir: string): Promise<{ pages: Map<string, string>; files: Set<string> }> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = new Set<string>();
  const pages = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(outDir, absolute).split(path.sep).join('/');
    files.add(relative);
    if (relative.endsWith('.html')) pages.set(relative, await readFile(absolute, 'utf8'));
  }
  return { pages, files };
}

function filePath(problem: LinkProblem, outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, '')}/${problem.page}`;
}

export function formatLinkProblem(problem: LinkProblem, outDir: string): string {
  return `${filePath(problem, outDir)}:${problem.line}  ${problem.href}  ${problem.message}`;
}

/** GitHub Actions workflow command, shown as an annotation in the run's summary. */
export function githubAnnotation(problem: LinkProblem, outDir: string): string {
  const escape = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (value: string) => escape(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::error file=${property(filePath(problem, outDir))},line=${problem.line},title=Broken link::${escape(`${problem.href}  ${problem.message}`)}`;
}
