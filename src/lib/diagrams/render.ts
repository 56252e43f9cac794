/**
 * Renders Mermaid diagrams with the official `mermaid` package in one headless
 * Chromium: one page per core, each rendering batches of diagrams in one call and
 * reporting each as it ends, so progress can be shown and failures come back per
 * diagram, with Mermaid's own message.
 *
 * Each diagram has a time budget. Mermaid lays a graph out in one synchronous run, so
 * nothing inside the page can stop it: the build times each diagram from its start
 * report, closes the page that overruns (which ends its renderer process), and the
 * rest of that batch goes on in a fresh page.
 */
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium.ts';
import { colourTable, type ColourTable } from './colours.ts';
import { computedThemes, renderBatch, type PageJob, type PageLook, type PageResult } from './render-page.ts';
import { MERMAID_THEMES } from './themes.ts';

export interface RenderJob {
  /** Unique, CSS-safe: becomes the SVG's id. */
  id: string;
  source: string;
  /** How long this diagram may take; past it, its result is `{ timedOutAfterMs }`. No limit when absent. */
  timeoutMs?: number;
}

/** A rendered SVG still in sentinel colours (see colours.ts), with the smallest font of its labels. */
export type RenderResult = { svg: string; font: number } | { error: string } | { timedOutAfterMs: number };

/** The browser was found but would not start. */
export class BrowserLaunchError extends Error {}

/**
 * Mermaid's ES module build, served to the page from node_modules under a made-up origin:
 * the page loads the core and then only the chunks of the diagram types it meets, about a
 * third of the single-file build, which takes a page seconds to compile on a busy machine.
 */
const MERMAID_DIST = path.dirname(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.esm.min.mjs'));
const ORIGIN = 'https://atrium-render.invalid/';
/** Functions passed to the page keep their names through esbuild's `__name` helper; the page needs it too. */
const PAGE_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><style>body { visibility: hidden; }</style><script>var __name = (target) => target;</script></head><body></body></html>';

/** Pages rendering at once: Chromium gives each its own renderer process, so this uses every core. */
const PARALLEL_PAGES = Math.max(1, Math.min(4, availableParallelism()));
/** Opening a page (loading Mermaid into it) costs about as much as rendering this many diagrams. */
const DIAGRAMS_PER_PAGE = 10;
/** Diagrams per call into a page: calls are cheap, but a timed-out diagram restarts the rest of its batch. */
const BATCH = 8;

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

type Handler = (kind: 'start' | 'done', position: number, result?: PageResult) => void;

/** A page with Mermaid loaded, whose progress reports go to the handler of the batch it is running. */
async function openPage(browser: Browser): Promise<{ page: Page; handle: (handler: Handler) => void }> {
  const page = await browser.newPage();
  let current: Handler = () => undefined;
  await page.exposeBinding('atriumProgress', (_source, kind: 'start' | 'done', position: number, result?: PageResult) => current(kind, position, result));
  // The page reaches nothing but Mermaid's own files: a label's <img src> or link goes nowhere.
  // (A page closed for overrunning its budget may leave a request unanswered: that is no error.)
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    const file = url.startsWith(ORIGIN) ? path.join(MERMAID_DIST, decodeURIComponent(new URL(url).pathname)) : '';
    const answer =
      url === ORIGIN
        ? route.fulfill({ contentType: 'text/html', body: PAGE_HTML })
        : file.startsWith(`${MERMAID_DIST}${path.sep}`) && file.endsWith('.mjs') && (await exists(file))
          ? route.fulfill({ path: file, contentType: 'text/javascript' })
          : route.abort('blockedbyclient');
    await answer.catch(() => undefined);
  });
  await page.goto(ORIGIN);
  // A string, not a function: a test runner's transform would rewrite a function's `import()`.
  await page.evaluate(`import('${ORIGIN}mermaid.esm.min.mjs').then((module) => { globalThis.mermaid = module.default; })`);
  return { page, handle: (handler) => (current = handler) };
}

type Queued = { job: RenderJob; index: number };
/** How a batch ended: every diagram reported, or one overran (its page is closed), or the page died (while rendering one, if it had started). */
type BatchEnd = { ended: 'whole' } | { ended: 'timeout'; queued: Queued } | { ended: 'crash'; message: string; queued: Queued | undefined };

function runBatch(
  opened: Awaited<ReturnType<typeof openPage>>,
  batch: Queued[],
  look: PageLook,
  record: (queued: Queued, result: RenderResult) => void,
): Promise<BatchEnd> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    let started: Queued | undefined;
    const settle = (end: BatchEnd) => {
      clearTimeout(timer);
      if (!settled) resolve(end);
      settled = true;
    };
    opened.handle((kind, position, result) => {
      const queued = batch[position]!;
      clearTimeout(timer);
      if (kind === 'done') {
        started = undefined;
        return record(queued, result!);
      }
      started = queued;
      const budget = queued.job.timeoutMs ?? Number.POSITIVE_INFINITY;
      if (Number.isFinite(budget)) {
        timer = setTimeout(() => {
          settle({ ended: 'timeout', queued });
          opened.page.close().catch(() => undefined);
        }, budget);
      }
    });
    const jobs: PageJob[] = batch.map(({ job }, position) => ({ position, id: job.id, source: job.source }));
    opened.page.evaluate(renderBatch, { jobs, look }).then(
      () => settle({ ended: 'whole' }),
      (error: unknown) => settle({ ended: 'crash', message: error instanceof Error ? error.message.split('\n')[0]! : String(error), queued: started }),
    );
  });
}

/**
 * Renders every job; `onProgress` hears of each diagram as it ends. Throws
 * `BrowserLaunchError` when the browser does not start. The SVGs come back in sentinel
 * colours, with the table that turns them into the site's (colours.ts `themeSvg`).
 */
export async function renderDiagrams(
  jobs: readonly RenderJob[],
  executablePath: string,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<{ results: RenderResult[]; table: ColourTable | undefined }> {
  if (jobs.length === 0) return { results: [], table: undefined };
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new BrowserLaunchError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  try {
    const pageCount = Math.min(PARALLEL_PAGES, Math.ceil(jobs.length / DIAGRAMS_PER_PAGE));
    const opening = Array.from({ length: pageCount }, () => openPage(browser));
    const first = await opening[0]!;
    const computed = await first.page.evaluate(computedThemes, { light: MERMAID_THEMES.light, dark: MERMAID_THEMES.dark });
    const accepted = new Set(computed.colours);
    const table = colourTable(computed.light, computed.dark, (value) => accepted.has(value));
    const look: PageLook = { fontFamily: MERMAID_THEMES.light.fontFamily, themeVariables: table.themeVariables };

    // The longest sources first, so a big layout does not start last while the other pages idle.
    const queue: Queued[] = jobs.map((job, index) => ({ job, index })).sort((a, b) => b.job.source.length - a.job.source.length);
    const results: RenderResult[] = new Array(jobs.length);
    let done = 0;
    const record = (queued: Queued, result: RenderResult) => {
      if (results[queued.index] !== undefined) return;
      results[queued.index] = result;
      onProgress(++done, jobs.length);
    };
    const worker = async (opened: Awaited<ReturnType<typeof openPage>>) => {
      while (queue.length > 0) {
        const batch = queue.splice(0, Math.min(BATCH, Math.ceil(queue.length / pageCount)));
        const end = await runBatch(opened, batch, look, record);
        if (end.ended === 'whole') continue;
        if (end.ended === 'timeout') record(end.queued, { timedOutAfterMs: end.queued.job.timeoutMs! });
        // A page that died on its own takes the diagram it was rendering (or the next) with it, so
        // a page that keeps dying still ends; the rest get another try.
        if (end.ended === 'crash') {
          const lost = end.queued ?? batch.find((queued) => results[queued.index] === undefined);
          if (lost) record(lost, { error: `the browser page rendering it failed: ${end.message}` });
        }
        queue.unshift(...batch.filter((queued) => results[queued.index] === undefined));
        await opened.page.close().catch(() => undefined);
        opened = await openPage(browser);
      }
      await opened.page.close();
    };
    await Promise.all(opening.map(async (page) => worker(await page)));
    return { results, table };
  } finally {
    await browser.close();
  }
}
