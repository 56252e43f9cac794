/**
 * Reads one content file (YAML, or Markdown/MDX with YAML front matter) and keeps
 * enough of the YAML syntax tree to tell the line of any field, so every problem
 * can point at the line to change.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { RuleId } from '../problems.ts';

export interface SourceFile {
  /** Parsed YAML data (front matter for Markdown), or undefined when it does not parse. */
  data: unknown;
  /** Markdown body after the front matter; empty for YAML files. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Line of a field (`['officeHours', 'timezone']`), or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
  /** Problems that stop the file from being read at all: YAML syntax errors, missing front matter. */
  syntaxErrors: { rule: RuleId; line: number; message: string; fix: string }[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

export function parseSource(text: string, kind: 'yaml' | 'markdown'): SourceFile {
  let yamlText = text;
  let yamlLine = 1; // line of the YAML text's first line in the file
  let body = '';
  let bodyLine = 1;
  if (kind === 'markdown') {
    const match = text.startsWith('---') ? FRONT_MATTER.exec(text) : null;
    if (!match || match.index !== 0) {
      return {
        data: undefined,
        body: text,
        bodyLine: 1,
        lineOf: () => 1,
        syntaxErrors: [
          {
            rule: 'content/front-matter',
            line: 1,
            message: 'has no front matter',
            fix: 'start the file with a --- line, the fields in YAML, and a closing --- line',
          },
        ],
      };
    }
    yamlText = match[1] ?? '';
    yamlLine = 2;
    body = text.slice(match[0].length);
    bodyLine = text.slice(0, match[0].length).split('\n').length;
  }

  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + yamlLine - 1;
  const syntaxErrors = document.errors.map((error) => ({
    rule: 'content/yaml-syntax' as const,
    line: toFileLine(error.pos[0]),
    message: `has invalid YAML: ${error.message.split('\n')[0]}`,
    fix: 'fix the YAML syntax on this line (indentation, a missing colon, or quotes around text with ": " or a leading # or @)',
  }));

  function lineOf(path: readonly PropertyKey[]): number {
    let node: unknown = document.contents;
    let line = node && (node as Node).range ? toFileLine((node as Node).range![0]) : yamlLine;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (keyNode.range) line = toFileLine(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        if (item.range) line = toFileLine(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return line;
  }

  return {
    data: syntaxErrors.length > 0 ? undefined : (document.toJS() ?? {}),
    body,
    bodyLine,
    lineOf,
    syntaxErrors,
  };
}
