/**
 * Post-build internal link checker: reads the generated HTML, and reports every link,
 * stylesheet, script or image that points at a page, file or fragment the build did not
 * produce. External links are ignored: they are not ours to keep alive, and checking them
 * would make the build depend on the network. The HTML is read by `html-scan.ts`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractIds, extractLinks } from './html-scan.ts';

export { extractIds, extractLinks, type Link } from './html-scan.ts';

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
