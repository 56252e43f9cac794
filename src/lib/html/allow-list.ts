/**
 * What author-written HTML may contain, on pages, in feeds and in emails alike: the
 * one allow-list every sanitising step uses. It is GitHub's (hast-util-sanitize's
 * default schema, which GitHub-flavoured Markdown is written against), narrowed to the
 * URL schemes a handbook needs and with the elements that embed, submit or style
 * dropped together with their content.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** Elements removed with everything inside them (a script's text must not show up as prose). */
const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'button',
  'textarea',
  'select',
  'option',
  'template',
  'noscript',
  'svg',
  'math',
  'link',
  'meta',
  'base',
  'title',
];

/** Links may go to the web, to mail, or within the site (relative URLs have no scheme and always pass). */
const WEB = ['http', 'https'];

/** GFM table alignment is the one inline style Markdown itself writes. */
const TABLE_ALIGNMENT = /^text-align:\s*(?:left|right|center);?$/;

export const ALLOW_LIST: Schema = {
  ...defaultSchema,
  strip: DROPPED_WITH_CONTENT,
  protocols: { href: [...WEB, 'mailto'], src: WEB, cite: WEB, longDesc: WEB },
  attributes: {
    ...defaultSchema.attributes,
    td: [['style', TABLE_ALIGNMENT]],
    th: [['style', TABLE_ALIGNMENT]],
  },
};

/** The URL schemes the allow-list keeps, for messages and tests. */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'relative'] as const;

/**
 * The same allow-list for HTML that leaves the site (feeds, email). Ids are kept as the
 * page has them: the page's sanitiser already prefixed the author's (so they cannot
 * clobber the site's script globals), heading ids are Atrium's, and links into the page
 * (`#decision`) must keep matching.
 */
export const PORTABLE_ALLOW_LIST: Schema = { ...ALLOW_LIST, clobber: [] };
