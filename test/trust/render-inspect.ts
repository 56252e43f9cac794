/** Reading built HTML as a browser would (a real parser), for the render tests. */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Every element of an HTML fragment, in document order. */
export function elements(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      found.push(child);
      walk(child);
    }
  };
  walk(fromHtml(html, { fragment: true }));
  return found;
}

/** Everything that could run script, submit, embed or restyle, as `<tag>` or `tag attribute=value`. */
export function dangers(html: string): string[] {
  const found: string[] = [];
  for (const element of elements(html)) {
    if (['script', 'iframe', 'form', 'style', 'object', 'embed', 'input', 'button', 'svg'].includes(element.tagName)) found.push(`<${element.tagName}>`);
    for (const [key, value] of Object.entries(element.properties)) {
      if (/^on/i.test(key)) found.push(`${element.tagName} ${key}`);
      if (['href', 'src', 'action', 'formAction'].includes(key) && /^\s*(?:javascript|data|vbscript):/i.test(String(value)))
        found.push(`${element.tagName} ${key}=${value}`);
    }
  }
  return found;
}
