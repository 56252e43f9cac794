/** What the checks need to know of a Markdown body, without a Markdown parser. */

export interface Heading {
  depth: number;
  text: string;
  /** 0-based line within the body. */
  line: number;
}

/** ATX headings (`## Decision`) outside fenced code blocks. */
export function headings(body: string): Heading[] {
  const result: Heading[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((line, index) => {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (!fence) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (fence) return;
    const match = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (match) result.push({ depth: match[1]!.length, text: match[2]!, line: index });
  });
  return result;
}
