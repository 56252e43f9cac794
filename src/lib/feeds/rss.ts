/**
 * A feed as RSS 2.0, through @astrojs/rss (which needs no Astro runtime, so this stays
 * a plain module). Beyond what the library writes, each feed names itself
 * (`atom:link rel="self"`, which validators ask for), its language and its last build,
 * and each item carries its own guid, because the library would use the page URL and
 * so could not tell an ADR's new status from its old one.
 *
 * Item titles and descriptions are text made from fields (a person's name, a title),
 * and some readers render them as HTML, others as text: the characters that open markup
 * are escaped before the library escapes them as XML, so a name written as markup shows
 * as the text it is in both, and an ampersand is not doubled (`Data &amp; Analytics`).
 */
import { getRssString } from '@astrojs/rss';
import { escapeHtml, escapeTags } from '../html/escape.ts';
import type { FeedItem } from './items.ts';

export interface RssChannel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows. */
  pageUrl: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  language?: string;
}

export function renderRss(channel: RssChannel, items: readonly FeedItem[]): Promise<string> {
  // The newest item's date rather than the clock, so a rebuild without changes writes the same file.
  const lastBuild = items.reduce<Date | undefined>((newest, item) => (!newest || item.pubDate > newest ? item.pubDate : newest), undefined);
  return getRssString({
    title: channel.title,
    description: channel.description,
    site: channel.pageUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${channel.language ?? 'en'}</language>`,
      `<atom:link href="${escapeHtml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
      lastBuild ? `<lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>` : '',
      '<generator>Atrium</generator>',
    ].join(''),
    items: items.map((item) => ({
      title: escapeTags(item.title),
      link: item.link,
      pubDate: item.pubDate,
      description: escapeTags(item.description),
      content: item.content,
      categories: item.categories,
      customData: `<guid isPermaLink="false">${escapeHtml(item.guid)}</guid>`,
    })),
  });
}
