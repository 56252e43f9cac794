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

/** Adds a space between adjacent tags (`</a><span>` → `</a> <span>`) outside `<pre>` blocks. */
export function spaceBetweenTags(html: string): string {
  let out = '';
  let last = 0;
  for (const match of html.matchAll(PRE_BLOCK)) {
    out += html.slice(last, match.index).replace(/></g, '> <') + match[0];
    last = match.index + match[0].length;
  }
  return out + html.slice(last).replace(/></g, '> <');
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
