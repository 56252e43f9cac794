/**
 * The plain-text part of the digest email, read from its HTML part: one rendering of
 * the digest (src/lib/digest/render.ts), so what a new collection adds to the email
 * appears in both parts. Headings are underlined (with the address they link to under
 * them), list items start with "- ", and a link is followed by its address in angle brackets.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const SKIPPED = new Set(['head', 'title', 'style', 'script', 'template']);
const BLOCKS = new Set(['html', 'body', 'div', 'p', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'section']);

const isBlock = (node: RootContent | ElementContent): node is Element => node.type === 'element' && BLOCKS.has(node.tagName);

function inline(nodes: readonly (RootContent | ElementContent)[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value.replace(/\s+/g, ' ');
      if (node.type !== 'element' || SKIPPED.has(node.tagName)) return '';
      if (node.tagName === 'br') return '\n';
      const text = inline(node.children);
      const href = node.tagName === 'a' && typeof node.properties.href === 'string' ? node.properties.href : undefined;
      return href && href !== text.trim() ? `${text} <${href}>` : text;
    })
    .join('');
}

/** A heading underlined, and the address it links to under it rather than in it. */
function heading(node: Element, underline: string): string[] {
  const link = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'a');
  const href = link && typeof link.properties.href === 'string' ? link.properties.href : undefined;
  const text = (href ? inline(link!.children) : inline(node.children)).trim();
  return ['', text, underline.repeat(text.length), ...(href ? [href] : []), ''];
}

/** Lines of a block element and its children: paragraphs separated by a blank line. */
function blockLines(node: Root | Element, out: string[]): void {
  let run: (RootContent | ElementContent)[] = [];
  const flush = () => {
    const text = inline(run).trim();
    if (text) out.push(text, '');
    run = [];
  };
  for (const child of node.children) {
    if (child.type === 'element' && SKIPPED.has(child.tagName)) continue;
    if (!isBlock(child)) {
      run.push(child);
      continue;
    }
    flush();
    const text = () => inline(child.children).trim();
    if (child.tagName === 'h1' || child.tagName === 'h2') out.push(...heading(child, child.tagName === 'h1' ? '=' : '-'));
    else if (child.tagName === 'h3' || child.tagName === 'h4') out.push(text().toUpperCase());
    else if (child.tagName === 'li') out.push(`- ${text()}`);
    else if (child.tagName === 'ul' || child.tagName === 'ol') {
      blockLines(child, out);
      out.push('');
    } else blockLines(child, out);
  }
  flush();
}

export function htmlToText(html: string): string {
  const lines: string[] = [];
  blockLines(fromHtml(html), lines);
  return `${lines
    .map((line) => line.replace(/[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
