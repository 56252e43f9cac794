/**
 * Mermaid's look in each site theme: the `base` theme with the site's palette
 * (src/lib/palette.ts), so diagrams match the page and keep readable contrast in dark
 * mode. The build renders each diagram once, with both looks folded into custom
 * properties (colours.ts); the browser fallback renders the reader's look.
 * Part of the cache key: a change here renders every diagram again.
 */
import { DIAGRAM_SHADES, PALETTE } from '../palette.ts';

const FONT = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const { light, dark } = PALETTE;

export const MERMAID_THEMES = {
  light: {
    theme: 'base',
    fontFamily: FONT,
    themeVariables: {
      fontFamily: FONT,
      background: light.surface,
      primaryColor: light['accent-soft'],
      primaryTextColor: light.text,
      primaryBorderColor: light.accent,
      secondaryColor: light['surface-2'],
      tertiaryColor: light.surface,
      lineColor: light.muted,
      textColor: light.text,
      edgeLabelBackground: light.surface,
      clusterBkg: DIAGRAM_SHADES.light.cluster,
      clusterBorder: DIAGRAM_SHADES.light['cluster-border'],
      noteBkgColor: light['warn-soft'],
      noteTextColor: light.text,
    },
  },
  dark: {
    theme: 'base',
    fontFamily: FONT,
    themeVariables: {
      darkMode: true,
      fontFamily: FONT,
      background: dark.surface,
      primaryColor: dark['accent-soft'],
      primaryTextColor: dark.text,
      primaryBorderColor: dark.accent,
      secondaryColor: dark['neutral-soft'],
      tertiaryColor: dark['surface-2'],
      lineColor: dark.muted,
      textColor: dark.text,
      titleColor: dark.text,
      edgeLabelBackground: dark['surface-2'],
      clusterBkg: DIAGRAM_SHADES.dark.cluster,
      clusterBorder: DIAGRAM_SHADES.dark['cluster-border'],
      noteBkgColor: dark['warn-soft'],
      noteTextColor: dark.text,
    },
  },
} as const;

/**
 * How the looks reach an SVG: bump when the way sentinels become custom properties
 * (colours.ts) or the finishing of an SVG (finish.ts) changes, so cached SVGs are rendered again.
 */
const SCHEME_VERSION = 1;

/** Everything about the theme that shapes a rendered SVG, as one string for the cache key. */
export const THEME_SCHEME = JSON.stringify({ version: SCHEME_VERSION, looks: MERMAID_THEMES, palette: PALETTE, shades: DIAGRAM_SHADES });
