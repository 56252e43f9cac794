/**
 * What MDX content may use: Atrium's own components and a set of harmless HTML
 * elements, with the attributes each takes. The content check reads this list (an
 * unknown component, element or attribute is an error with its line), and
 * `src/components/mdx/index.ts` maps the same names to the Astro components, typed so
 * that neither list can name a component the other lacks. Documented in the README
 * ("Components in MDX") and CONTRIBUTING.md.
 */
import { isRecordingUrl } from '../schemas/talks.ts';

export interface PropSpec {
  required: boolean;
  /** What the prop is, for messages and docs. */
  description: string;
  /** What is wrong with a value, if anything. */
  check?(value: string): string | undefined;
}

export interface ComponentSpec {
  description: string;
  props: Record<string, PropSpec>;
  /** An example, for messages and docs. */
  example: string;
}

const oneOf = (values: readonly string[]) => (value: string) => (values.includes(value) ? undefined : `is not one of: ${values.join(', ')}`);

export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

export const MDX_COMPONENTS = {
  Callout: {
    description: 'A highlighted box for a note, a tip or a warning; its content is Markdown.',
    props: {
      type: { required: false, description: `${CALLOUT_TYPES.join(', ')} (default note)`, check: oneOf(CALLOUT_TYPES) },
      title: { required: false, description: 'a heading for the box' },
    },
    example: '<Callout type="warning" title="Before you deploy">Run the migration first.</Callout>',
  },
  Video: {
    description: 'A recording that loads nothing from the video host until the reader clicks Play.',
    props: {
      url: {
        required: true,
        description: 'a YouTube, Vimeo or Loom link, or a .mp4/.webm file',
        check: (value) => (isRecordingUrl(value) && /^https?:\/\//.test(value) ? undefined : 'is not a YouTube, Vimeo or Loom link or a video file URL'),
      },
      title: { required: true, description: 'what the recording shows, for the Play button' },
    },
    example: '<Video url="https://www.youtube.com/watch?v=abc123" title="Rollout demo" />',
  },
} as const satisfies Record<string, ComponentSpec>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];

/** HTML elements MDX content may write as JSX: text structure only; nothing that runs, embeds, submits or styles. */
export const MDX_HTML_ELEMENTS: ReadonlySet<string> = new Set(
  'a abbr b blockquote br caption cite code dd del details dfn div dl dt em figcaption figure h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td tfoot th thead time tr u ul var'.split(
    ' ',
  ),
);

/** Attributes those elements may have, each a plain quoted value. */
export const MDX_HTML_ATTRIBUTES: ReadonlySet<string> = new Set(
  'alt cite class className colspan datetime dir height href id lang open reversed rowspan scope src start title width'.split(' '),
);

/** Attributes holding an address: only web, mail and relative addresses, never `javascript:` or `data:`. */
export const MDX_URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'cite']);

export function isSafeUrl(value: string): boolean {
  // Browsers drop tabs, newlines and controls inside a URL: `java\tscript:` is `javascript:`.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(value.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}
