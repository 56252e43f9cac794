/**
 * An imported record's Markdown: its sections under the handbook's names, links to
 * other records pointed at their handbook pages, the sections an accepted ADR needs,
 * and what has no field kept in a closing section.
 */
import { headings } from '../../../src/lib/content/markdown.ts';
import { REQUIRED_ADR_SECTIONS, type AdrStatus } from '../../../src/schemas/adrs.ts';
import type { SourceAdr } from './parse.ts';
import type { ImportedTarget } from './types.ts';

const SECTION_NAMES: Record<string, (typeof REQUIRED_ADR_SECTIONS)[number]> = {
  context: 'Context',
  'context and problem statement': 'Context',
  'problem statement': 'Context',
  'context and problem': 'Context',
  decision: 'Decision',
  'decision outcome': 'Decision',
  consequences: 'Consequences',
};

/**
 * The record's sections under the handbook's names, so an accepted record has the
 * Context, Decision and Consequences the check asks for: MADR's "Context and Problem
 * Statement" is the Context, "Decision Outcome" the Decision, and its "### Consequences"
 * (or "### Positive/Negative Consequences") become the Consequences section.
 */
export function mapSections(body: string): string {
  const lines = body.split('\n');
  const found = headings(body);
  const h2 = found.filter((heading) => heading.depth === 2);
  const present = new Set<string>();
  for (const heading of h2) {
    const name =
      SECTION_NAMES[
        heading.text
          .toLowerCase()
          .replace(/<!--.*?-->/g, '')
          .trim()
      ];
    if (name && !present.has(name)) {
      present.add(name);
      lines[heading.line] = `## ${name}`;
    }
  }
  if (!present.has('Consequences')) {
    const sub = found.find((heading) => heading.depth === 3 && /^(?:positive |negative )?consequences\b/i.test(heading.text));
    if (sub && /^consequences\b/i.test(sub.text)) lines[sub.line] = `## Consequences`;
    else if (sub) lines.splice(sub.line, 0, '## Consequences', '');
  }
  return lines.join('\n');
}

type Resolve = (target: string) => ImportedTarget | undefined;

/** Relative links to other records of the log now point at their handbook pages; what cannot resolve is reported. */
function rewriteLinks(markdown: string, targetOf: Resolve, note: (message: string) => void): string {
  return markdown.replace(/(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?((?:\s+"[^"]*")?)\s*\)/g, (whole, bang: string, text: string, href: string, title: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|#|\/)/i.test(href)) return whole;
    const [file, anchor] = href.split('#') as [string, string | undefined];
    const target = bang ? undefined : targetOf(file);
    if (target) return `[${text}](../${target.id}/${anchor ? `#${anchor}` : ''}${title})`;
    note(
      bang
        ? `shows the image ${href}, which is not imported — copy it into public/ and point the image at it`
        : `links to ${href}, which is not one of the imported records — the link will not resolve in the handbook; point it at a full URL`,
    );
    return whole;
  });
}

/** Names the handbook could not match, kept in the body rather than lost. */
export interface Unmatched {
  deciders: readonly string[];
  consulted: readonly string[];
}

/** What the record says that has no handbook field, as Markdown list items. */
function keptLines(source: SourceAdr, unmatched: Unmatched, resolve: Resolve): string[] {
  return [
    ...(unmatched.deciders.length > 0 ? [`- Deciders: ${unmatched.deciders.join(', ')}`] : []),
    ...(unmatched.consulted.length > 0 ? [`- Consulted: ${unmatched.consulted.join(', ')}`] : []),
    ...(source.informed.length > 0 ? [`- Informed: ${source.informed.join(', ')}`] : []),
    ...source.otherMetadata.filter((metadata) => !source.body.includes(metadata.split(': ').slice(1).join(': '))).map((metadata) => `- ${metadata}`),
    ...source.otherRelations.map((relation) => `- ${rewriteLinks(relation, resolve, () => {})}`),
  ];
}

/** The imported record's body, each change said through `say`. */
export function recordBody(source: SourceAdr, status: AdrStatus, unmatched: Unmatched, resolve: Resolve, say: (message: string) => void): string {
  let body = rewriteLinks(mapSections(source.body), resolve, say);
  const kept = keptLines(source, unmatched, resolve);
  if (status === 'accepted') {
    const present = new Set(
      headings(body)
        .filter((heading) => heading.depth === 2)
        .map((heading) => heading.text.toLowerCase()),
    );
    for (const section of REQUIRED_ADR_SECTIONS.filter((name) => !present.has(name.toLowerCase()))) {
      body += `\n\n## ${section}\n\n_Not recorded in the original decision record._`;
      say(`has no ${section} section, which an accepted ADR needs — added one that says it was not recorded; fill it in if you know`);
    }
  }
  if (kept.length > 0) body += `\n\n## Notes from the original record\n\n${kept.join('\n')}`;
  return body;
}
