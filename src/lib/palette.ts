/**
 * Every colour Atrium uses, in one place. The stylesheet's custom properties
 * (`--bg`, `--accent`, …) are written from `PALETTE` at build time (see
 * src/integrations/palette.ts), Mermaid's themes and the digest email take the same
 * values from here, so the page, its diagrams and the email cannot drift apart.
 */

export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** The site's colour tokens; each is the custom property of the same name in the stylesheet. */
export type Tokens = Record<
  | 'bg'
  | 'surface'
  | 'surface-2'
  | 'text'
  | 'muted'
  | 'border'
  | 'accent'
  | 'accent-soft'
  | 'ok'
  | 'ok-soft'
  | 'warn'
  | 'warn-soft'
  | 'bad'
  | 'bad-soft'
  | 'info'
  | 'info-soft'
  | 'neutral-soft',
  string
>;

export const PALETTE: Readonly<Record<Scheme, Readonly<Tokens>>> = {
  light: {
    bg: '#fbfbfa',
    surface: '#ffffff',
    'surface-2': '#f3f3f1',
    text: '#1d1f23',
    muted: '#5b616b',
    border: '#e2e2de',
    accent: '#3b5bdb',
    'accent-soft': '#eef1fd',
    ok: '#166534',
    'ok-soft': '#e3f4ea',
    warn: '#8a4b00',
    'warn-soft': '#fdf1dc',
    bad: '#b42318',
    'bad-soft': '#fde8e6',
    info: '#3b5bdb',
    'info-soft': '#eef1fd',
    'neutral-soft': '#eeeeeb',
  },
  dark: {
    bg: '#111317',
    surface: '#181b20',
    'surface-2': '#20242b',
    text: '#e6e8eb',
    muted: '#a0a7b2',
    border: '#2d323a',
    accent: '#8ea6ff',
    'accent-soft': '#1f2741',
    ok: '#5fd394',
    'ok-soft': '#15301f',
    warn: '#f3b54a',
    'warn-soft': '#36290f',
    bad: '#ff8a80',
    'bad-soft': '#3b1a18',
    info: '#8ea6ff',
    'info-soft': '#1f2741',
    'neutral-soft': '#262a31',
  },
};

/** Shades only diagrams use: the boxes that group nodes (Mermaid's subgraphs); custom properties `--diagram-cluster`, `--diagram-cluster-border`. */
export const DIAGRAM_SHADES: Readonly<Record<Scheme, { cluster: string; 'cluster-border': string }>> = {
  light: { cluster: '#f7f7f5', 'cluster-border': '#c9c9c3' },
  dark: { cluster: PALETTE.dark['surface-2'], 'cluster-border': '#3a404a' },
};

/**
 * Line colours of the dependency graph, the same in both schemes: saturated enough to
 * read on a light and a dark background alike.
 */
export const GRAPH_STROKES = {
  red: '#d92d20',
  orange: '#e8890c',
  grey: '#8a94a6',
  blue: '#4c6ef5',
  green: '#2f9e6b',
} as const;

/** The custom properties of one scheme, one declaration a line, as the stylesheet's `:root` rules hold them. */
export function paletteDeclarations(scheme: Scheme, indent = '  '): string {
  return Object.entries(PALETTE[scheme])
    .map(([token, colour]) => `${indent}--${token}: ${colour};`)
    .join('\n');
}

/** The diagram shades of one scheme as custom properties (`--diagram-cluster: …;`), one a line. */
export function diagramShadeDeclarations(scheme: Scheme, indent = '  '): string {
  return Object.entries(DIAGRAM_SHADES[scheme])
    .map(([shade, colour]) => `${indent}--diagram-${shade}: ${colour};`)
    .join('\n');
}

/** A placeholder in a stylesheet for one scheme's custom properties: `/* palette: light … *\/` on a line of its own. */
const PLACEHOLDER = /^([ \t]*)\/\* palette: (light|dark)\b[^*]*\*\//gm;
/** The same for the diagram shades: `/* diagram shades: dark *\/`. */
const SHADES_PLACEHOLDER = /^([ \t]*)\/\* diagram shades: (light|dark)\b[^*]*\*\//gm;

/** The stylesheet with each palette placeholder replaced by that scheme's custom properties, at its indentation. */
export function fillPalette(css: string): string {
  return css
    .replace(PLACEHOLDER, (_match, indent: string, scheme: Scheme) => paletteDeclarations(scheme, indent))
    .replace(SHADES_PLACEHOLDER, (_match, indent: string, scheme: Scheme) => diagramShadeDeclarations(scheme, indent));
}
