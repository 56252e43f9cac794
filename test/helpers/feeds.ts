/**
 * Checks of a built site's feeds, calendars and digest emails, by folder, so the site
 * tests and a developer's own build (`astro build --outDir /tmp/x`) are checked alike.
 */
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface RssItem {
  title: string;
  link: string;
  guid: string;
  isPermaLink: string | undefined;
  pubDate: string;
  description: string;
  content: string;
  categories: string[];
}

export interface RssFeed {
  title: string;
  link: string;
  description: string;
  self: string | undefined;
  lastBuildDate: string | undefined;
  items: RssItem[];
}

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const ABSOLUTE = /^https?:\/\/[^/]+\//;

const text = (value: unknown): string =>
  typeof value === 'object' && value !== null ? String((value as Record<string, unknown>)['#text'] ?? '') : String(value ?? '');

/**
 * Reads RSS 2.0 strictly: the XML must be well formed, and the channel and every item
 * must have what RSS 2.0 and feed validators require (absolute links, RFC 822 dates,
 * unique guids, a self link). Returns the feed and every problem found.
 */
export function readRss(xml: string): { feed: RssFeed; problems: string[] } {
  const problems: string[] = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) problems.push(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const doc = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (name) => name === 'item' || name === 'category',
  }).parse(xml);
  const rss = doc.rss ?? {};
  if (rss['@_version'] !== '2.0') problems.push(`rss version is ${rss['@_version']}, not 2.0`);
  if (rss['@_xmlns:content'] !== 'http://purl.org/rss/1.0/modules/content/') problems.push('content namespace missing');
  const channel = rss.channel ?? {};
  for (const field of ['title', 'link', 'description'] as const) if (!text(channel[field])) problems.push(`channel has no ${field}`);
  if (!ABSOLUTE.test(text(channel.link))) problems.push(`channel link ${text(channel.link)} is not absolute`);
  const self = channel['atom:link']?.['@_rel'] === 'self' ? channel['atom:link']['@_href'] : undefined;
  if (!self) problems.push('channel has no atom:link rel="self"');
  if (channel.lastBuildDate && !RFC_822.test(channel.lastBuildDate)) problems.push(`lastBuildDate ${channel.lastBuildDate} is not RFC 822`);

  const guids = new Set<string>();
  const items: RssItem[] = (channel.item ?? []).map((raw: Record<string, unknown>, index: number) => {
    const guid = raw.guid as Record<string, string> | string | undefined;
    const item: RssItem = {
      title: text(raw.title),
      link: text(raw.link),
      guid: text(guid),
      isPermaLink: typeof guid === 'object' ? guid['@_isPermaLink'] : undefined,
      pubDate: text(raw.pubDate),
      description: text(raw.description),
      content: text(raw['content:encoded']),
      categories: ((raw.category as unknown[]) ?? []).map(text),
    };
    const where = `item ${index + 1} (${item.title})`;
    if (!item.title) problems.push(`${where} has no title`);
    if (!ABSOLUTE.test(item.link)) problems.push(`${where} link ${item.link} is not absolute`);
    if (!item.guid) problems.push(`${where} has no guid`);
    else if (guids.has(item.guid)) problems.push(`${where} repeats guid ${item.guid}`);
    guids.add(item.guid);
    if (!RFC_822.test(item.pubDate) || Number.isNaN(Date.parse(item.pubDate))) problems.push(`${where} pubDate ${item.pubDate} is not RFC 822`);
    if (!item.content) problems.push(`${where} has no content:encoded`);
    if (item.categories.length === 0) problems.push(`${where} has no category`);
    return item;
  });

  // A real feed parser must read the same items back.
  const parsed = parseFeed(xml);
  if (parsed.meta.type !== 'rss' || parsed.meta.version !== '2.0') problems.push(`feed parser sees ${parsed.meta.type} ${parsed.meta.version}`);
  if (parsed.items.length !== items.length) problems.push(`feed parser sees ${parsed.items.length} items, the XML has ${items.length}`);
  parsed.items.forEach((item, index) => {
    const expected = items[index];
    if (!expected) return;
    if (item.url !== expected.link || item.id !== expected.guid) problems.push(`feed parser reads item ${index + 1} as ${item.url} / ${item.id}`);
    if (!item.published || Number.isNaN(item.published.getTime())) problems.push(`feed parser finds no date on item ${index + 1}`);
  });

  return {
    feed: {
      title: text(channel.title),
      link: text(channel.link),
      description: text(channel.description),
      self,
      lastBuildDate: channel.lastBuildDate,
      items,
    },
    problems,
  };
}

/** Every feed file in a built site, as site paths (`rss.xml`, `teams/mobile/rss.xml`). */
export async function feedFiles(dist: string): Promise<string[]> {
  const files = await readdir(dist, { recursive: true });
  return files
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('rss.xml'))
    .sort();
}

/**
 * The file an absolute URL of the site is served from, or undefined for another site.
 * `https://x.io/handbook/teams/a/#b` → `teams/a/index.html` (with base `/handbook/`).
 */
export function fileOfUrl(url: string, site: string, base: string): string | undefined {
  const parsed = new URL(url);
  if (parsed.origin !== new URL(site).origin || !parsed.pathname.startsWith(base)) return undefined;
  const sitePath = decodeURIComponent(parsed.pathname.slice(base.length));
  return sitePath === '' || sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
}

export async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** URLs of the site that the build did not produce. */
export async function missingPages(urls: readonly string[], dist: string, site: string, base: string): Promise<string[]> {
  const missing: string[] = [];
  for (const url of new Set(urls)) {
    const file = fileOfUrl(url, site, base);
    if (file === undefined) continue;
    if (!(await exists(path.join(dist, file)))) missing.push(url);
  }
  return missing;
}

export const read = (dist: string, file: string) => readFile(path.join(dist, file), 'utf8');
