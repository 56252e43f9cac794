/**
 * Before pages are built: render every diagram the cache does not have yet, in one
 * browser, and report broken ones as problems with their file and line.
 * A warm cache launches no browser at all, and a browser that will not start means
 * the readers' browsers render the diagrams instead. Diagrams written in content have
 * a budget (source size, time, SVG size); past it they are problems too.
 */
import type { Problem } from '../problems.ts';
import { diagramKey, lookupCachedSvg, svgId, writeCachedSvg } from './cache.ts';
import type { ChromiumLookup } from './chromium.ts';
import { finishSvg } from './finish.ts';
import type { DiagramSource as FullDiagramSource } from './handbook-diagrams.ts';
import { BrowserLaunchError, renderDiagrams, type RenderJob, type RenderResult } from './render.ts';

export interface PrerenderReport {
  /** `svg`: diagrams are inline SVG; `client`: no browser here (or it would not start), pages render them in the reader's. */
  mode: 'svg' | 'client';
  diagrams: number;
  fromCache: number;
  /** Cache entries that were not whole SVGs of their key (cut short, empty, another key's), rendered again. */
  damaged: number;
  rendered: number;
  browserLaunches: number;
  milliseconds: number;
  problems: Problem[];
  /** Why there is no browser, in client mode. */
  reason?: string;
}

/** What rendering needs to know of a diagram: its text, and where it comes from for messages. */
type DiagramSource = Pick<FullDiagramSource, 'source' | 'origin'>;

/** What one diagram written in content may cost (see diagramTimeoutMs and friends in src/config.ts). */
export interface DiagramBudget {
  timeoutMs: number;
  maxSvgBytes: number;
  maxSourceBytes: number;
}

const NO_BUDGET: DiagramBudget = { timeoutMs: Number.POSITIVE_INFINITY, maxSvgBytes: Number.POSITIVE_INFINITY, maxSourceBytes: Number.POSITIVE_INFINITY };
const SPLIT = 'split it into smaller diagrams (a graph where every node links to every other grows with the square of its nodes)';
const kb = (bytes: number) => `${Math.ceil(bytes / 1000)} KB`;

function problemFor(diagram: DiagramSource, rule: 'diagram/render' | 'diagram/budget', message: string, fix: string): Problem {
  const origin = diagram.origin;
  return 'file' in origin
    ? { rule, severity: 'error', file: origin.file, line: origin.line, field: 'mermaid', message, fix }
    : {
        rule: 'diagram/generated',
        severity: 'error',
        file: 'content/dependencies',
        line: 1,
        field: 'mermaid',
        message: `the generated ${origin.generated}: ${message}`,
        fix: 'check the deliverable names in content/dependencies/ for unusual characters, and report this as a bug',
      };
}

/** Why a rendering cannot be used, as a problem; undefined when it can. */
function resultProblem(diagram: DiagramSource, result: RenderResult, budget: DiagramBudget): Problem | undefined {
  if ('error' in result) {
    const message = result.error.split('\n').filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
    return problemFor(
      diagram,
      'diagram/render',
      `diagram does not render: ${message}`,
      'correct the diagram in this fence (Mermaid syntax: https://mermaid.js.org/intro/syntax-reference.html)',
    );
  }
  if ('timedOutAfterMs' in result) {
    return problemFor(
      diagram,
      'diagram/budget',
      `diagram took longer than ${result.timedOutAfterMs / 1000} s to render, so the build stopped it`,
      `${SPLIT}, or raise diagramTimeoutMs in src/config.ts`,
    );
  }
  const bytes = Buffer.byteLength(result.svg);
  if (bytes > budget.maxSvgBytes) {
    return problemFor(
      diagram,
      'diagram/budget',
      `diagram renders to ${kb(bytes)} of SVG, more than the ${kb(budget.maxSvgBytes)} a page may carry per diagram`,
      `${SPLIT}, or raise diagramMaxSvgBytes in src/config.ts`,
    );
  }
  return undefined;
}

export async function prerenderDiagrams(
  diagrams: readonly DiagramSource[],
  options: { cacheDir: string; chromium: ChromiumLookup; budget?: DiagramBudget; onProgress?: (done: number, total: number) => void },
): Promise<PrerenderReport> {
  const started = performance.now();
  // Generated dependency graphs are Atrium's own and exempt; authored fences get the budget.
  const budgetOf = (diagram: DiagramSource) => ('file' in diagram.origin ? (options.budget ?? NO_BUDGET) : NO_BUDGET);
  const unique = new Map<string, DiagramSource>();
  for (const diagram of diagrams) if (!unique.has(diagram.source)) unique.set(diagram.source, diagram);
  const problems: Problem[] = [];
  const jobs: (RenderJob & { key: string; diagram: DiagramSource })[] = [];
  let damaged = 0;
  for (const diagram of unique.values()) {
    const sourceBytes = Buffer.byteLength(diagram.source);
    if (sourceBytes > budgetOf(diagram).maxSourceBytes) {
      problems.push(
        problemFor(
          diagram,
          'diagram/budget',
          `diagram source is ${kb(sourceBytes)}, more than the ${kb(budgetOf(diagram).maxSourceBytes)} a diagram may have`,
          `${SPLIT}, or raise diagramMaxSourceBytes in src/config.ts`,
        ),
      );
      continue;
    }
    const key = diagramKey(diagram.source);
    const cached = lookupCachedSvg(options.cacheDir, key);
    if (cached.state === 'damaged') damaged++;
    if (cached.state !== 'hit') jobs.push({ id: svgId(key), key, source: diagram.source, timeoutMs: budgetOf(diagram).timeoutMs, diagram });
  }
  const base = { diagrams: unique.size, fromCache: unique.size - problems.length - jobs.length, damaged, problems };
  const client = (reason: string, browserLaunches: number): PrerenderReport => ({
    ...base,
    mode: 'client',
    rendered: 0,
    browserLaunches,
    milliseconds: performance.now() - started,
    reason,
  });
  if (jobs.length === 0) return { ...base, mode: 'svg', rendered: 0, browserLaunches: 0, milliseconds: performance.now() - started };
  if (!options.chromium.found) return client(options.chromium.reason, 0);

  let rendering: Awaited<ReturnType<typeof renderDiagrams>>;
  try {
    rendering = await renderDiagrams(jobs, options.chromium.path, options.onProgress);
  } catch (error) {
    if (!(error instanceof BrowserLaunchError)) throw error;
    return client(`the browser at ${options.chromium.path} was found but did not start (${error.message})`, 1);
  }
  let rendered = 0;
  rendering.results.forEach((result, index) => {
    const job = jobs[index]!;
    const finished: RenderResult = 'svg' in result ? { ...result, svg: finishSvg(result.svg, result.font, rendering.table!) } : result;
    const problem = resultProblem(job.diagram, finished, budgetOf(job.diagram));
    if (problem) {
      problems.push(problem);
    } else if ('svg' in finished) {
      writeCachedSvg(options.cacheDir, job.key, finished.svg);
      rendered++;
    }
  });
  return { ...base, mode: 'svg', rendered, browserLaunches: 1, milliseconds: performance.now() - started };
}
