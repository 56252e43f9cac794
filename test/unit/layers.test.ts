/**
 * The layers of src/, read from the import statements themselves: src/lib is pure
 * build-time code (no Astro, nothing from the site's pages, components or query
 * layer), its folders import each other without loops, and nothing in src/ reaches
 * into the command-line tools or the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findCycles } from '../../src/lib/graph/cycles.ts';
import { projectRoot } from '../helpers/fixtures.ts';

interface Import {
  /** The importing file, relative to the project root, with forward slashes. */
  from: string;
  /** A project file (relative, forward slashes) for relative specifiers; the package name as written otherwise. */
  to: string;
}

/** Folders of src/ whose code sits above src/lib: lib may not import from them. */
const ABOVE_LIB = ['pages', 'components', 'layouts', 'integrations', 'queries', 'data', 'client', 'scripts'];

const STATIC_IMPORT = /\b(?:import|export)\s+(?:[^;'"()]*?\s+from\s+)?['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Block comments, and line comments that start a line or follow a space (not the `//` of a URL). */
const stripComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/[^\n]*/g, '$1');

/** Every module specifier a file imports, statically or dynamically. */
function specifiers(code: string): string[] {
  const text = stripComments(code);
  return [...text.matchAll(STATIC_IMPORT), ...text.matchAll(DYNAMIC_IMPORT)].map((match) => match[1]!);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(projectRoot, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(tsx?|astro|mjs)$/.test(entry.name))
    .map((entry) => path.relative(projectRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

function importsOf(file: string): Import[] {
  const code = readFileSync(path.join(projectRoot, file), 'utf8');
  return specifiers(code).map((specifier) => {
    const bare = specifier.replace(/\?.*$/, '');
    const to = bare.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), bare)) : bare;
    return { from: file, to };
  });
}

/** The unit of layering inside src/lib: a folder (`feeds`), or a file at its top (`routes.ts`). */
function libUnit(file: string): string | undefined {
  const match = /^src\/lib\/([^/]+)/.exec(file);
  return match?.[1];
}

/** Loops between units of src/lib, each as the units in order, the first repeated at the end. */
function libCycles(imports: readonly Import[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    const [a, b] = [libUnit(from), libUnit(to)];
    if (a && b && a !== b) edges.set(a, (edges.get(a) ?? new Set()).add(b));
  }
  return findCycles(edges.keys(), (unit) => edges.get(unit) ?? []);
}

/** Imports from src/lib of Astro itself or of the layers built on top of lib. */
function libReachingUp(imports: readonly Import[]): string[] {
  return imports
    .filter(({ from }) => from.startsWith('src/lib/'))
    .filter(({ to }) => to === 'astro' || to.startsWith('astro:') || to.startsWith('astro/') || ABOVE_LIB.some((folder) => to.startsWith(`src/${folder}/`)))
    .map(({ from, to }) => `${from} imports ${to}`);
}

/** Imports from src/ of the command-line tools (scripts/) or the tests (test/). */
function srcReachingOut(imports: readonly Import[]): string[] {
  return imports
    .filter(({ from, to }) => from.startsWith('src/') && (to.startsWith('scripts/') || to.startsWith('test/')))
    .map(({ from, to }) => `${from} imports ${to}`);
}

const imports = sourceFiles('src').flatMap(importsOf);

describe('layers of src/', () => {
  test('the imports are read: lib folders import each other along the known edges', () => {
    const libEdges = new Set(imports.map(({ from, to }) => `${libUnit(from)} -> ${libUnit(to)}`));
    expect(
      [...libEdges]
        .filter((edge) => ['feeds -> digest', 'feeds -> html', 'digest -> html', 'integrity -> graph', 'graph -> dependencies.ts'].includes(edge))
        .sort(),
    ).toEqual(['digest -> html', 'feeds -> digest', 'feeds -> html', 'graph -> dependencies.ts', 'integrity -> graph']);
  });

  test('no loop between the folders of src/lib', () => {
    expect(libCycles(imports)).toEqual([]);
  });

  test('src/lib imports neither Astro nor the pages, components, layouts, integrations, query layer or browser code', () => {
    expect(libReachingUp(imports)).toEqual([]);
  });

  test('nothing in src/ imports the command-line tools or the tests', () => {
    expect(srcReachingOut(imports)).toEqual([]);
  });
});

describe('the layer rules catch a violation', () => {
  test('a loop through two folders', () => {
    const loop = [
      { from: 'src/lib/graph/dependency-mermaid.ts', to: 'src/lib/integrity/dependencies.ts' },
      { from: 'src/lib/integrity/dependencies.ts', to: 'src/lib/graph/cycles.ts' },
      { from: 'src/lib/integrity/dependencies.ts', to: 'src/lib/routes.ts' },
    ];
    expect(libCycles(loop)).toEqual([['graph', 'integrity', 'graph']]);
  });

  test('lib reaching up, src reaching out', () => {
    const wrong = [
      { from: 'src/lib/feeds/items.ts', to: 'astro:content' },
      { from: 'src/lib/feeds/items.ts', to: 'src/queries/handbook.ts' },
      { from: 'src/lib/feeds/items.ts', to: 'src/lib/digest/html.ts' },
      { from: 'src/pages/index.astro', to: 'scripts/lib/bench/generate.ts' },
      { from: 'src/components/A.astro', to: 'test/helpers/site.ts' },
    ];
    expect(libReachingUp(wrong)).toEqual(['src/lib/feeds/items.ts imports astro:content', 'src/lib/feeds/items.ts imports src/queries/handbook.ts']);
    expect(srcReachingOut(wrong)).toEqual([
      'src/pages/index.astro imports scripts/lib/bench/generate.ts',
      'src/components/A.astro imports test/helpers/site.ts',
    ]);
  });

  test('imports are read from code, not from comments or URLs', () => {
    const code = [
      "import type { A } from './a.ts';",
      "import {\n  b,\n  c,\n} from '../b.ts';",
      "import './style.css';",
      "export { d } from './d.ts';",
      "// import { e } from './commented.ts';",
      "/** import { f } from './doc.ts'; */",
      "const url = 'https://example.com'; const g = await import('./g.ts');",
    ].join('\n');
    expect(specifiers(code)).toEqual(['./a.ts', '../b.ts', './style.css', './d.ts', './g.ts']);
  });
});
