/**
 * Finding the URLs and ids in built HTML, for the link checker and the tests.
 *
 * The HTML is scanned with regular expressions rather than parsed: Astro's output is
 * well formed, and the scanner only has to find tags and their attributes outside of
 * comments, scripts and styles.
 */

export interface Link {
  href: string;
  /** 1-based line of the attribute in the HTML file. */
  line: number;
}

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

/** Every URL the browser would load or navigate to from the page, with its line. */
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

/** The fragment targets of a page: every `id`, and the `name` of anchors. */
export function extractIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of scanTags(html)) {
    for (const attribute of tag.attributes) {
      if (attribute.name === 'id' || (attribute.name === 'name' && tag.name === 'a')) ids.add(attribute.value);
    }
  }
  return ids;
}
