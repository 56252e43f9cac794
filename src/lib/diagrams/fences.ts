/** Mermaid fences in a Markdown body: their source, their line, and the heading they sit under. */

export interface MermaidFence {
  source: string;
  /** 0-based line of the opening fence within the text given. */
  line: number;
  /** Text of the closest heading above the fence, if any. */
  heading: string | undefined;
}

const OPEN = /^(\s{0,3})(`{3,}|~{3,})\s*mermaid\b.*$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;

export function mermaidFences(markdown: string): MermaidFence[] {
  const lines = markdown.split('\n');
  const fences: MermaidFence[] = [];
  let heading: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const open = OPEN.exec(line);
    const anyFence = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (open || anyFence) {
      const marker = (open?.[2] ?? anyFence![1])!;
      const start = index;
      const body: string[] = [];
      for (index++; index < lines.length; index++) {
        const closing = new RegExp(`^\\s{0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
        if (closing.test(lines[index]!)) break;
        body.push(lines[index]!);
      }
      if (open) fences.push({ source: body.join('\n'), line: start, heading });
      continue;
    }
    const match = HEADING.exec(line);
    if (match) heading = match[1];
  }
  return fences;
}

/**
 * The diagram's own title: `title:` in its front matter, `accTitle:`, or the
 * `title` statement of Gantt, pie and timeline charts.
 */
export function ownTitle(source: string): string | undefined {
  const frontMatter = /^\s*---\s*\n([\s\S]*?)\n\s*---/.exec(source)?.[1];
  const title =
    (frontMatter && /^\s*title:\s*(.+?)\s*$/m.exec(frontMatter)?.[1]) ||
    /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(source)?.[1] ||
    /^\s*(?:pie\s+)?title\s+(.+?)\s*$/m.exec(source)?.[1];
  return title?.replace(/^["']|["']$/g, '');
}

/** A fence's accessible name: its own title, else the heading it sits under. */
export function fenceLabel(fence: Pick<MermaidFence, 'source' | 'heading'>): string {
  return ownTitle(fence.source) ?? (fence.heading ? `Diagram: ${fence.heading}` : 'Diagram');
}
