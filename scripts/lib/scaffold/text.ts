/**
 * Turning what people type into what the handbook stores: ids from titles, and
 * YAML values that read back exactly as written.
 */
import { stringify } from 'yaml';

/**
 * A kebab-case id from a title: "Use gRPC for Internal Services" → "use-grpc-for-internal-services".
 * Accents are folded ("Zoë" → "zoe") so ids stay ASCII like every file name in content/;
 * long titles are cut at a word boundary, because ids become file names and URLs.
 */
export function slugify(title: string, maxLength = 60): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength && slug) break;
    slug = next;
  }
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/**
 * One scalar as YAML. Text is stringified as YAML 1.1 so values that 1.1 parsers
 * read as booleans or numbers (`yes`, `on`, `14:00`) are quoted: Astro and the check
 * must both read back the string that was written.
 */
export function yamlText(value: string): string {
  return stringify(value, { lineWidth: 0, version: '1.1' }).trimEnd();
}

/** A list of ids in flow style, as the demo content writes them: `[platform, checkout]`. */
export function yamlIdList(ids: readonly string[]): string {
  return `[${ids.join(', ')}]`;
}

/** The same for an optional field: undefined (the field is left out) when there are no ids. */
export function yamlIdListOrNone(ids: readonly string[]): string | undefined {
  return ids.length > 0 ? yamlIdList(ids) : undefined;
}

/** Lines of YAML: `key: value` pairs in order, skipping undefined values; values are already YAML. */
export function yamlLines(pairs: readonly (readonly [string, string | undefined])[]): string[] {
  return pairs.filter((pair): pair is readonly [string, string] => pair[1] !== undefined).map(([key, value]) => `${key}: ${value}`);
}

/** A block list of text items under a key, or nothing when the list is empty. */
export function yamlTextList(key: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : [`${key}:`, ...items.map((item) => `  - ${yamlText(item)}`)];
}

/** A Markdown file: YAML front matter, then the body. */
export function markdownFile(frontMatter: readonly string[], body: string): string {
  return `---\n${frontMatter.join('\n')}\n---\n${body.trim() ? `\n${body.trim()}\n` : ''}`;
}

/** A YAML file. */
export function yamlFile(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}

/** Collapses whitespace, so a title pasted with a line break stays a one-line title. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
