import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MERMAID_THEMES } from '../../src/lib/diagrams/themes.ts';
import { EDGE_STYLE } from '../../src/lib/graph/dependency-mermaid.ts';
import { fillPalette, paletteDeclarations } from '../../src/lib/palette.ts';
import { projectRoot } from '../helpers/fixtures.ts';

/** Every stylesheet the layout imports, together: the palette is declared in one and read in all. */
const styles = path.join(projectRoot, 'src/styles');
const stylesheet = readdirSync(styles)
  .filter((file) => file.endsWith('.css'))
  .sort((a, b) => (a === 'tokens.css' ? -1 : b === 'tokens.css' ? 1 : a.localeCompare(b)))
  .map((file) => readFileSync(path.join(styles, file), 'utf8'))
  .join('\n');
const filled = fillPalette(stylesheet);
/** The declarations of the first rule with exactly this selector. */
const rule = (css: string, selector: string) => css.slice(css.indexOf(`${selector} {`)).split('}')[0]!;

describe('the palette in the stylesheet', () => {
  test("each scheme's colours are written into its :root rule, in the palette's order", () => {
    expect(rule(filled, ':root')).toContain(
      '  color-scheme: light;\n  --bg: #fbfbfa;\n  --surface: #ffffff;\n  --surface-2: #f3f3f1;\n  --text: #1d1f23;\n  --muted: #5b616b;',
    );
    expect(rule(filled, ':root')).toContain('  --neutral-soft: #eeeeeb;\n  --radius: 10px;');
    expect(rule(filled, ":root[data-theme='dark']")).toContain('  color-scheme: dark;\n  --bg: #111317;\n  --surface: #181b20;');
    expect(rule(filled, ":root[data-theme='dark']")).toContain('  --neutral-soft: #262a31;\n  --shadow: none;');
    expect(paletteDeclarations('dark').split('\n')).toHaveLength(17);
  });

  test('no placeholder is left, and every custom property the stylesheet reads is declared', () => {
    expect(filled).not.toContain('/* palette:');
    const declared = new Set([...filled.matchAll(/(--[a-z0-9-]+):/g)].map((match) => match[1]));
    const read = new Set([...filled.matchAll(/var\((--[a-z0-9-]+)/g)].map((match) => match[1]));
    expect([...read].filter((name) => !declared.has(name))).toEqual([]);
    // 22 colours and sizes, and the diagram's scroll shadow and readable-width floor (--edge, --diagram-width, -font, -floor).
    expect(read.size).toBe(26);
  });
});

describe('diagrams take the same colours', () => {
  test('Mermaid themes use the page colours of their scheme', () => {
    expect(MERMAID_THEMES.light.themeVariables).toMatchObject({
      background: '#ffffff',
      primaryBorderColor: '#3b5bdb',
      lineColor: '#5b616b',
      noteBkgColor: '#fdf1dc',
    });
    expect(MERMAID_THEMES.dark.themeVariables).toMatchObject({
      background: '#181b20',
      primaryBorderColor: '#8ea6ff',
      secondaryColor: '#262a31',
      clusterBkg: '#20242b',
    });
  });
  test('dependency arrows keep their colours', () => {
    expect(Object.fromEntries(Object.entries(EDGE_STYLE).map(([status, { style }]) => [status, style.split(',')[0]]))).toEqual({
      blocked: 'stroke:#d92d20',
      'at-risk': 'stroke:#e8890c',
      planned: 'stroke:#8a94a6',
      'on-track': 'stroke:#4c6ef5',
      done: 'stroke:#2f9e6b',
    });
  });
});
