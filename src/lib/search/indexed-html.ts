/**
 * What the search index reads of a built page. Pagefind separates words only at the
 * block elements it knows (`p`, `li`, `td`, …), so `<dd>superseded</dd><dt>Use gRPC`
 * or `<a>outbox</a><span>Elena Petrova</span>` would be indexed, and shown in excerpts,
 * as "supersededUse gRPC" and "outboxElena Petrova". The page itself is left as it is;
 * only the copy handed to the index gets a space wherever one tag directly follows
 * another.
 */

/** `<pre>` keeps its exact text: a space between the tokens of highlighted code would split `foo.bar()`. */
const PRE_BLOCK = /<pre[\s>][\s\S]*?<\/pre>/gi;

/**
 * A closing tag directly followed by an opening one (`</a><span>`): the end of one
 * element's text and the start of the next. A closing tag followed by another closing
 * tag is left alone, so a paragraph that ends in a link still ends its sentence
 * (Pagefind adds the full stop only when the text ends in a letter).
 */
const CLOSE_THEN_OPEN = /(<\/[a-zA-Z][^>]*>)(?=<[a-zA-Z])/g;

/** Adds a space where one element ends and the next begins (`</a><span>` → `</a> <span>`), outside `<pre>` blocks. */
export function spaceBetweenTags(html: string): string {
  let out = '';
  let last = 0;
  for (const match of html.matchAll(PRE_BLOCK)) {
    out += html.slice(last, match.index).replace(CLOSE_THEN_OPEN, '$1 ') + match[0];
    last = match.index + match[0].length;
  }
  return out + html.slice(last).replace(CLOSE_THEN_OPEN, '$1 ');
}

/**
 * The part of a page the index reads: its language and its `<main>`, which holds the
 * indexed content and everything SearchMeta declares, without the inline SVG diagrams
 * the index leaves out anyway. Handing Pagefind this instead of the whole page (header,
 * navigation, footer, a team page's two dependency graphs) halves the time it takes.
 */
export function indexedPart(html: string): string {
  const lang = /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? 'en';
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  const main = start === -1 || end === -1 ? html : html.slice(start, end + '</main>'.length);
  return `<html lang="${lang}"><body>${spaceBetweenTags(main.replace(/<svg[\s>][\s\S]*?<\/svg>/g, ''))}</body></html>`;
}

/** The values of one of the page's search filters, as SearchMeta writes them (`data-pagefind-filter="tag:kafka"`). */
export function filterValues(html: string, filter: string): string[] {
  const values: string[] = [];
  for (const match of html.matchAll(/data-pagefind-filter="([^"]*)"/g)) {
    const [key, ...value] = match[1]!.split(':');
    if (key === filter) values.push(decodeEntities(value.join(':')));
  }
  return values;
}

const decodeEntities = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name]!);
