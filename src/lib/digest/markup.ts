/**
 * How each medium writes a digest (see ./render.ts): the site's page with its CSS
 * classes and components, the email with inline styles (mail clients ignore style
 * sheets), and the feed with bare HTML that the reader styles.
 */
import { badgeHtml, localTimeHtml } from '../html/components.ts';
import { escapeHtml } from '../html/escape.ts';
import { PALETTE } from '../palette.ts';
import { statusLabel, type Tone } from '../status.ts';
import { formatDateTime } from '../time/format.ts';
import type { DigestMarkup } from './render.ts';

/** The digest page: cards in columns, badges, and times the reader's browser shows in their own zone. */
export const PAGE_MARKUP: DigestMarkup = {
  // A digest repeats what its week's entries say: weighted low in search, so the entries themselves rank first.
  body: (sections, note) => `<div class="digest" data-pagefind-weight="0.5">${sections}</div>${note}`,
  section: (teamId, heading, lists) => {
    const id = escapeHtml(teamId);
    return `<section class="card digest-team" aria-labelledby="team-${id}" data-digest-team="${id}"><h2 id="team-${id}" class="digest-team__name">${heading}</h2>${lists}</section>`;
  },
  part: (id, heading, lists) => {
    const anchor = escapeHtml(id);
    return `<section class="card digest-part" aria-labelledby="${anchor}" data-digest-part="${anchor}"><h2 id="${anchor}">${escapeHtml(heading)}</h2>${lists}</section>`;
  },
  list: (heading, kind, items) =>
    `<h3 class="card-title">${escapeHtml(heading)}</h3><ul class="${kind === 'text' ? 'digest-items' : 'plain-list'}">${items.map((item) => `<li>${item}</li>`).join('')}</ul>`,
  link: (url, text) => `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`,
  details: (html) => `<span class="sub">${html}</span>`,
  status: (status, tone) => badgeHtml(tone, status),
  time: (iso, zone) => localTimeHtml({ iso, zone }),
  note: (html) => `<p class="sub digest-note">${html}</p>`,
  gap: '',
};

/** Inline styles by element role; empty for feed readers, which apply their own. */
interface Styles {
  h2: string;
  h3: string;
  ul: string;
  li: string;
  a: string;
  muted: string;
  status: (tone: Tone) => string;
}

/** Emails are read on a light background (`color-scheme: light`): the light palette. */
const C = PALETTE.light;
const TONE_COLOURS: Record<Tone, string> = { ok: C.ok, warn: C.warn, bad: C.bad, info: C.info, neutral: C.muted };

const EMAIL_STYLES: Styles = {
  h2: `margin:28px 0 6px;font-size:18px;line-height:1.3;color:${C.text};`,
  h3: `margin:14px 0 4px;font-size:13px;text-transform:uppercase;letter-spacing:0.05em;color:${C.muted};`,
  ul: 'margin:0 0 8px;padding-left:20px;',
  li: 'margin:0 0 4px;',
  a: `color:${C.accent};`,
  muted: `color:${C.muted};font-size:13px;`,
  status: (tone) => `color:${TONE_COLOURS[tone]};font-weight:600;`,
};

const PLAIN_STYLES: Styles = { h2: '', h3: '', ul: '', li: '', a: '', muted: '', status: () => '' };

const attr = (style: string) => (style ? ` style="${style}"` : '');
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function inlineMarkup(s: Styles): DigestMarkup {
  return {
    body: (sections, note) => `${sections}${note}`,
    section: (_teamId, heading, lists) => `<h2${attr(s.h2)}>${heading}</h2>${lists}`,
    part: (_id, heading, lists) => `<h2${attr(s.h2)}>${escapeHtml(heading)}</h2>${lists}`,
    list: (heading, _kind, items) =>
      `<h3${attr(s.h3)}>${escapeHtml(heading)}</h3><ul${attr(s.ul)}>${items.map((item) => `<li${attr(s.li)}>${item}</li>`).join('')}</ul>`,
    link: (url, text) => `<a href="${escapeHtml(url)}"${attr(s.a)}>${escapeHtml(text)}</a>`,
    details: (html) => `<span${attr(s.muted)}>${html}</span>`,
    status: (status, tone) => `<span${attr(s.status(tone))}>${escapeHtml(capitalize(statusLabel(status)))}</span>`,
    time: (iso, zone) => escapeHtml(formatDateTime(iso, zone)),
    note: (html) => `<p${attr(s.muted)}>${html}</p>`,
    gap: ' ',
  };
}

export const EMAIL_MARKUP = inlineMarkup(EMAIL_STYLES);
export const FEED_MARKUP = inlineMarkup(PLAIN_STYLES);
