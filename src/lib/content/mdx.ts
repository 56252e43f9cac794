/**
 * MDX compiles to JavaScript that the build runs, so MDX content is held to data:
 * no `import`/`export`, no `{expressions}`, and only the components and HTML elements
 * of `lib/mdx-components.ts`, with plain quoted attribute values. The file is parsed
 * by Sätteri, the parser Astro's MDX integration compiles it with, so what is found
 * here is what the build would have run, at its exact line.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { problem, type Problem, type RuleId } from '../problems.ts';
import {
  isSafeUrl,
  MDX_COMPONENT_NAMES,
  MDX_COMPONENTS,
  MDX_HTML_ATTRIBUTES,
  MDX_HTML_ELEMENTS,
  MDX_URL_ATTRIBUTES,
  type ComponentSpec,
} from '../mdx-components.ts';
import { closest } from './suggest.ts';

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: JsxAttribute[];
  children?: Node[];
  position?: { start: { line: number; offset?: number } };
}

/** `{/* … *\/}` is how MDX writes a comment; it runs nothing. */
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;
const COMPONENTS = `Atrium's MDX components are ${MDX_COMPONENT_NAMES.join(' and ')} (see "Components in MDX" in the README)`;

const shorten = (code: string) => {
  const line = code.trim().split('\n')[0]!;
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
};

/** Problems of one MDX file's body. `text` is the whole file (front matter included), so lines are the file's. */
export function mdxProblems(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  const report = (rule: RuleId, line: number, field: string, message: string, fix: string) => problems.push(problem(rule, { file, line, field }, message, fix));

  let tree: Node;
  try {
    tree = mdxToMdast(text) as MdastNode as Node;
  } catch (error) {
    const raw = (error as Error).message;
    const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(raw);
    report(
      'mdx/syntax',
      match ? Number(match[1]) : 1,
      '-',
      `is not valid MDX: ${match ? match[3] : raw}`,
      'correct this line: MDX closes every tag, writes a literal { or < as \\{ or &lt;, and writes comments as {/* … */} instead of <!-- … -->',
    );
    return problems;
  }

  /** The line of an attribute, which the tree does not record: its first mention after the tag opens. */
  const attributeLine = (node: Node, name: string) => {
    const start = node.position?.start.offset ?? 0;
    const at = text.slice(start).search(name === '{' ? /\{/ : new RegExp(`(?<![\\w-])${name}(?![\\w-])`));
    const offset = at === -1 ? start : start + at;
    return text.slice(0, offset).split('\n').length;
  };

  const checkAttributes = (node: Node, tag: string, allowed: (name: string) => string | undefined, value: (name: string, value: string) => string | undefined) => {
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute' || attribute.name === undefined) {
        report('mdx/expression', attributeLine(node, '{'), tag, `spreads an expression into <${tag}>, which would run when the site is built`, 'write each attribute as name="text"');
        continue;
      }
      const field = `${tag}.${attribute.name}`;
      const line = attributeLine(node, attribute.name);
      const notAllowed = allowed(attribute.name);
      if (notAllowed) {
        report('mdx/attribute', line, field, `is not an attribute <${tag}> takes`, notAllowed);
      } else if (attribute.value !== null && typeof attribute.value === 'object') {
        report('mdx/expression', line, field, `is set to the expression {${shorten(attribute.value.value)}}, which would run when the site is built`, `write the value as text in quotes: ${attribute.name}="…"`);
      } else {
        const problemWith = value(attribute.name, attribute.value ?? '');
        if (problemWith) report('mdx/attribute', line, field, `${JSON.stringify(shorten(attribute.value ?? ''))} ${problemWith}`, `correct the value of ${attribute.name}`);
      }
    }
  };

  const checkComponent = (node: Node, name: string, spec: ComponentSpec) => {
    const props = Object.keys(spec.props);
    checkAttributes(
      node,
      name,
      (attribute) => (props.includes(attribute) ? undefined : `${closest(attribute, props) ? `did you mean ${closest(attribute, props)}? ` : ''}<${name}> takes: ${props.join(', ')}`),
      (attribute, value) => spec.props[attribute]?.check?.(value),
    );
    const given = new Set((node.attributes ?? []).map((attribute) => attribute.name));
    for (const [prop, propSpec] of Object.entries(spec.props)) {
      if (propSpec.required && !given.has(prop)) {
        report('mdx/attribute', node.position?.start.line ?? 1, `${name}.${prop}`, `is required: ${propSpec.description}`, `add ${prop}="…", as in ${spec.example}`);
      }
    }
  };

  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        // One node holds a run of statements: report each where it starts.
        (node.value ?? '').split('\n').forEach((code, index) => {
          if (index === 0 || /^(?:import|export)\b/.test(code)) {
            report('mdx/esm', line + index, '-', `has code (${shorten(code)}), which would run when the site is built`, `remove it: MDX content cannot import or export anything; ${COMPONENTS} and need no import`);
          }
        });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT_ONLY.test(node.value ?? '')) {
          report('mdx/expression', line, '-', `has the expression {${shorten(node.value ?? '')}}, which would run when the site is built`, 'write the text itself; to show a brace, write \\{ or \\}');
        }
        return;
      case 'link':
      case 'image':
      case 'definition':
        if (!isSafeUrl(node.url ?? '')) {
          report('mdx/attribute', line, node.type, `${JSON.stringify(shorten(node.url ?? ''))} is not a web, mail or relative address`, 'link to an http(s), mailto or relative address');
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!name) {
          report('mdx/html-element', line, '-', 'has a fragment <>…</>', 'remove the <> and </> around the content');
        } else if (/^[A-Z]/.test(name) || /[.:]/.test(name)) {
          const spec = (MDX_COMPONENTS as Record<string, ComponentSpec>)[name];
          if (spec) checkComponent(node, name, spec);
          else {
            const guess = closest(name, MDX_COMPONENT_NAMES);
            report('mdx/unknown-component', line, name, `<${name}> is not one of Atrium's MDX components`, `${guess ? `did you mean <${guess}>? ` : ''}${COMPONENTS}`);
          }
        } else if (!MDX_HTML_ELEMENTS.has(name)) {
          report('mdx/html-element', line, name, `<${name}> is not allowed in MDX content`, 'use Markdown, or an element of the list in CONTRIBUTING.md ("Components in MDX")');
        } else {
          checkAttributes(
            node,
            name,
            (attribute) => (MDX_HTML_ATTRIBUTES.has(attribute) ? undefined : `remove it; HTML elements in MDX take only: ${[...MDX_HTML_ATTRIBUTES].join(', ')}`),
            (attribute, value) => (MDX_URL_ATTRIBUTES.has(attribute) && !isSafeUrl(value) ? 'is not a web, mail or relative address' : undefined),
          );
        }
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}
