/**
 * Before pages are built: render every diagram the cache does not have yet, in one
 * browser, and report broken ones as problems with their file and line.
 * A warm cache launches no browser at all.
 */
import type { Problem } from '../problems.ts';
import { diagramKey, readCachedSvg, THEMES, writeCachedSvg } from './cache.ts';
import type { ChromiumLookup } from './chromium.ts';
import type { DiagramSource } from './handbook-diagrams.ts';
import { renderDiagrams, type RenderJob } from './render.ts';

export interface PrerenderReport {
  /** `svg`: diagrams are inline SVG; `client`: no browser here, pages render them in the reader's. */
  mode: 'svg' | 'client';
  diagrams: number;
  fromCache: number;
  rendered: number;
  browserLaunches: number;
  milliseconds: number;
  problems: Problem[];
  /** Why there is no browser, in client mode. */
  reason?: string;
}

export async function prerenderDiagrams(
  diagrams: readonly DiagramSource[],
  options: { cacheDir: string; chromium: ChromiumLookup },
): Promise<PrerenderReport> {
  const started = performance.now();
  const unique = new Map<string, DiagramSource>();
  for (const diagram of diagrams) if (!unique.has(diagram.source)) unique.set(diagram.source, diagram);
  const jobs: (RenderJob & { key: string; diagram: DiagramSource })[] = [];
  for (const diagram of unique.values()) {
    for (const theme of THEMES) {
      const key = diagramKey(diagram.source, theme);
      if (readCachedSvg(options.cacheDir, key) === undefined) jobs.push({ id: `m${key}`, key, source: diagram.source, theme, diagram });
    }
  }
  const base = { diagrams: unique.size, fromCache: unique.size * THEMES.length - jobs.length, problems: [] as Problem[] };
  if (jobs.length === 0) return { ...base, mode: 'svg', rendered: 0, browserLaunches: 0, milliseconds: performance.now() - started };
  if (!options.chromium.found) {
    return { ...base, mode: 'client', rendered: 0, browserLaunches: 0, milliseconds: performance.now() - started, reason: options.chromium.reason };
  }

  const results = await renderDiagrams(jobs, options.chromium.path);
  const reported = new Set<string>();
  let rendered = 0;
  results.forEach((result, index) => {
    const job = jobs[index]!;
    if ('svg' in result) {
      writeCachedSvg(options.cacheDir, job.key, result.svg);
      rendered++;
      return;
    }
    if (reported.has(job.source)) return; // the same error in the other theme
    reported.add(job.source);
    const origin = job.diagram.origin;
    const message = result.error.split('\n').filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
    base.problems.push(
      'file' in origin
        ? {
            rule: 'diagram/render',
            severity: 'error',
            file: origin.file,
            line: origin.line,
            field: 'mermaid',
            message: `diagram does not render: ${message}`,
            fix: 'correct the diagram in this fence (Mermaid syntax: https://mermaid.js.org/intro/syntax-reference.html)',
          }
        : {
            rule: 'diagram/generated',
            severity: 'error',
            file: 'content/dependencies',
            line: 1,
            field: 'mermaid',
            message: `the generated ${origin.generated} does not render: ${message}`,
            fix: 'check the deliverable names in content/dependencies/ for unusual characters, and report this as a bug',
          },
    );
  });
  return { ...base, mode: 'svg', rendered, browserLaunches: 1, milliseconds: performance.now() - started };
}
