/** What the checks need to know of a Markdown body, without a Markdown parser. */

export interface Heading {
  depth: number;
  text: string;
  /** 0-based line within the body. */
  line: number;
}

/** Lines of the body outside fenced code blocks, with their 0-based line numbers. */
export function proseLines(body: string): { text: string; line: number }[] {
  const result: { text: string; line: number }[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((line, index) => {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (!fence) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (!fence) result.push({ text: line, line: index });
  });
  return result;
}

/** ATX headings (`## Decision`) outside fenced code blocks. */
export function headings(body: string): Heading[] {
  const result: Heading[] = [];
  for (const { text, line } of proseLines(body)) {
    const match = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(text);
    if (match) result.push({ depth: match[1]!.length, text: match[2]!, line });
  }
  return result;
}

/**
 * Placeholders that `npm run new` writes for the author to replace: a comment that
 * starts with `TODO:`, in Markdown (`<!-- TODO: … -->`) or MDX (`{/* TODO: … *\/}`).
 */
export function placeholders(body: string): { text: string; line: number }[] {
  const result: { text: string; line: number }[] = [];
  for (const { text, line } of proseLines(body)) {
    const match = /(?:<!--|\{\/\*)\s*(TODO:.*?)\s*(?:-->|\*\/\}|$)/.exec(text);
    if (match) result.push({ text: match[1]!, line });
  }
  return result;
}
