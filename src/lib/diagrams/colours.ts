/**
 * One SVG per diagram that follows the site's theme. Mermaid only takes literal colours,
 * so a diagram is rendered once with a sentinel colour in place of each theme colour
 * (`#fc0000`, `#fc0001`, …), and each sentinel in the SVG is then replaced with a CSS
 * custom property: the site's own (`var(--accent)`) where the light and dark values are
 * one palette token, else a property the SVG declares for both schemes (`var(--d7)`).
 * Switching the theme then recolours the diagram without rendering it again.
 *
 * Sentinels are six-digit colours starting `#fc0`; a diagram whose author wrote such a
 * colour by hand would see it take a theme colour instead.
 */
import { DIAGRAM_SHADES, PALETTE, type Scheme } from '../palette.ts';

/** Mermaid's theme variables as it computed them (`getConfig().themeVariables`): strings, numbers, nested objects. */
export type ThemeVariables = { [name: string]: unknown };

export interface ColourTable {
  /** The theme variables to render with: every colour that differs by scheme is a sentinel. */
  themeVariables: ThemeVariables;
  /** Sentinel (index) → what replaces it: `var(--accent)`, or a declared property `var(--d3)`. */
  values: readonly string[];
  /** The declared properties: name → its colour in each scheme. */
  declared: ReadonlyMap<string, Record<Scheme, string>>;
}

/** The site's colours that diagrams may use, as custom property → value in each scheme. */
export function siteColours(): Map<string, Record<Scheme, string>> {
  const colours = new Map<string, Record<Scheme, string>>();
  for (const token of Object.keys(PALETTE.light) as (keyof typeof PALETTE.light)[]) {
    colours.set(`--${token}`, { light: PALETTE.light[token], dark: PALETTE.dark[token] });
  }
  for (const shade of Object.keys(DIAGRAM_SHADES.light) as (keyof typeof DIAGRAM_SHADES.light)[]) {
    colours.set(`--diagram-${shade}`, { light: DIAGRAM_SHADES.light[shade], dark: DIAGRAM_SHADES.dark[shade] });
  }
  return colours;
}

const sentinel = (index: number) => `#fc0${index.toString(16).padStart(3, '0')}`;
const SENTINEL_LIMIT = 0x1000;

/**
 * The sentinel theme and what each sentinel stands for, from the light and dark theme
 * variables Mermaid computed. `isColour` says whether a value is a CSS colour (the
 * browser knows best: `CSS.supports('color', value)`). A comma-separated list of
 * colours (a chart's palette) gets a sentinel per colour.
 */
export function colourTable(light: ThemeVariables, dark: ThemeVariables, isColour: (value: string) => boolean): ColourTable {
  const byPair = new Map<string, string>();
  for (const [name, pair] of siteColours()) {
    const key = `${pair.light.toLowerCase()} ${pair.dark.toLowerCase()}`;
    if (!byPair.has(key)) byPair.set(key, `var(${name})`); // --accent before --info, its twin
  }
  const values: string[] = [];
  const declared = new Map<string, Record<Scheme, string>>();
  const colourFor = (lightColour: string, darkColour: string): string => {
    const pair = `${lightColour.toLowerCase()} ${darkColour.toLowerCase()}`;
    let value = byPair.get(pair);
    if (!value) {
      const name = `--d${declared.size}`;
      declared.set(name, { light: lightColour, dark: darkColour });
      value = `var(${name})`;
      byPair.set(pair, value);
    }
    if (values.length >= SENTINEL_LIMIT) throw new Error(`Mermaid's theme has more than ${SENTINEL_LIMIT} colours; colours.ts needs longer sentinels`);
    values.push(value);
    return sentinel(values.length - 1);
  };
  const colours = (value: unknown): string[] | undefined => {
    if (typeof value !== 'string') return undefined;
    const parts = value.split(',').map((part) => part.trim());
    return parts.every((part) => part !== '' && isColour(part)) ? parts : undefined;
  };
  const walk = (lightVars: ThemeVariables, darkVars: ThemeVariables): ThemeVariables =>
    Object.fromEntries(
      Object.entries(lightVars).map(([name, value]) => {
        const other = darkVars[name];
        if (value && typeof value === 'object' && !Array.isArray(value) && other && typeof other === 'object') {
          return [name, walk(value as ThemeVariables, other as ThemeVariables)];
        }
        const [lightParts, darkParts] = [colours(value), colours(other)];
        // A colour the same in both schemes (the red of a Gantt chart's critical task) stays as it is.
        if (!lightParts || !darkParts || lightParts.length !== darkParts.length || value === other) return [name, value];
        return [name, lightParts.map((part, index) => colourFor(part, darkParts[index]!)).join(',')];
      }),
    );
  const themeVariables = walk(light, dark);
  return { themeVariables, values, declared };
}

const HEX = /#fc0([0-9a-f]{3})(?![0-9a-f])/gi;
/** A sentinel Mermaid wrote out as rgb()/rgba() (after fading it, say): `rgba(252, 0, 10, 0.5)`, `rgb(252 0 10 / 50%)`. */
const RGB = /rgba?\(\s*252\s*[,\s]\s*(\d{1,3})\s*[,\s]\s*(\d{1,3})\s*(?:[,/]\s*([\d.]+%?)\s*)?\)/gi;

function withAlpha(value: string, alpha: string | undefined): string {
  if (alpha === undefined) return value;
  const percent = alpha.endsWith('%') ? parseFloat(alpha) : parseFloat(alpha) * 100;
  return percent >= 100 ? value : `color-mix(in srgb, ${value} ${Math.round(percent * 100) / 100}%, transparent)`;
}

/**
 * The SVG with every sentinel replaced by its custom property, and the properties it
 * uses declared on its root for both schemes (in its own `<style>`, which Mermaid
 * scopes by the root's id).
 */
export function themeSvg(svg: string, table: ColourTable): string {
  const used = new Set<string>();
  const lookup = (index: number, original: string): string => {
    const value = table.values[index];
    if (value === undefined) return original;
    const declared = /^var\((--d\d+)\)$/.exec(value)?.[1];
    if (declared) used.add(declared);
    return value;
  };
  const themed = svg
    .replace(HEX, (match, index: string) => lookup(parseInt(index, 16), match))
    .replace(RGB, (match, green: string, blue: string, alpha: string | undefined) => {
      const index = Number(green) * 256 + Number(blue);
      return Number(green) < 16 ? withAlpha(lookup(index, match), alpha) : match;
    });
  if (used.size === 0) return themed;
  const id = /^<svg\b[^>]*\sid="([^"]*)"/.exec(themed)?.[1];
  if (!id) return themed;
  const names = [...used].sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)));
  const declarations = (scheme: Scheme) => names.map((name) => `${name}:${table.declared.get(name)![scheme]}`).join(';');
  const css = `#${id}{${declarations('light')}}:root[data-theme='dark'] #${id}{${declarations('dark')}}`;
  return themed.includes('<style>') ? themed.replace('<style>', `<style>${css}`) : themed.replace(/^(<svg\b[^>]*>)/, `$1<style>${css}</style>`);
}
