/** A search result as a list item: type, title, team and the excerpt with the match highlighted. */
import { escapeHtml as escape } from '../lib/html/escape.ts';
import type { PagefindResultData } from './pagefind.ts';

/**
 * Pagefind's excerpt is text with `<mark>` around matches, and with the text's own `<`
 * and `>` already written as `&lt;` and `&gt;` (nothing else): undo exactly that, then
 * escape once, so `a < b` reads as it was written rather than as `a &lt; b`.
 */
export function safeExcerpt(excerpt: string): string {
  // U+0001 cannot occur in an excerpt, so it stands in for the marks while the text is escaped.
  /* eslint-disable no-control-regex */
  const text = excerpt
    .replace(/<\/?mark>/g, '\u0001')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  return escape(text)
    .replace(/\u0001(.*?)\u0001/g, '<mark>$1</mark>')
    .replace(/\u0001/g, '');
  /* eslint-enable no-control-regex */
}

/**
 * In the dialog each link is itself the listbox option (an option may not contain
 * a link); on the search page, `asOption: false` leaves plain, tabbable links.
 */
export function resultItem(result: PagefindResultData, id: string, asOption = true): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const date = result.meta.date
    ? new Date(`${result.meta.date}T00:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    : undefined;
  const meta = [result.meta.team, date]
    .filter(Boolean)
    .map((part) => escape(part!))
    .join(' · ');
  const optionAttributes = asOption ? ` role="option" id="${id}" aria-selected="false" tabindex="-1"` : '';
  if (asOption) item.setAttribute('role', 'none');
  item.innerHTML =
    `<a href="${escape(result.url)}"${optionAttributes}>` +
    `<span class="search-result__head"><span class="badge">${escape(result.meta.type ?? 'Page')}</span>` +
    `<span class="search-result__title">${escape(result.meta.title ?? result.url)}</span></span>` +
    (meta ? `<span class="search-result__meta sub">${meta}</span>` : '') +
    `<span class="search-result__excerpt">${safeExcerpt(result.excerpt)}</span></a>`;
  return item;
}

/** Arrow keys move through the options; Enter opens the active one. Returns the new active index. */
export function moveActive(list: HTMLElement, input: HTMLInputElement, index: number): number {
  const options = [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  if (options.length === 0) {
    input.removeAttribute('aria-activedescendant');
    return -1;
  }
  const next = ((index % options.length) + options.length) % options.length;
  options.forEach((option, i) => option.setAttribute('aria-selected', String(i === next)));
  input.setAttribute('aria-activedescendant', options[next]!.id);
  options[next]!.scrollIntoView({ block: 'nearest' });
  return next;
}
