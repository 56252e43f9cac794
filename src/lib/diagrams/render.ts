/**
 * Renders Mermaid diagrams with the official `mermaid` package in one headless
 * Chromium, a few pages at once, light and dark. Failures come back per diagram, with
 * Mermaid's own message, so one broken fence does not hide the others.
 *
 * Each diagram has a time budget. Mermaid lays a graph out in one synchronous run, so
 * nothing inside the page can stop it: the page that overruns is closed (which ends its
 * renderer process) and the next diagram gets a fresh one.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium.ts';
import type { Theme } from './cache.ts';
import { MERMAID_THEMES } from './themes.ts';

export interface RenderJob {
  /** Unique, CSS-safe: becomes the SVG's id. */
  id: string;
  source: string;
  theme: Theme;
  /** How long this diagram may take; past it, its result is `{ timedOutAfterMs }`. No limit when absent. */
  timeoutMs?: number;
}

type PageJob = Omit<RenderJob, 'theme' | 'timeoutMs'> & { look: (typeof MERMAID_THEMES)[Theme] };

export type RenderResult = { svg: string } | { error: string } | { timedOutAfterMs: number };

const MERMAID_SCRIPT = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

/** Pages rendering at once: Chromium gives each its own renderer process, so this uses every core. */
const PARALLEL_PAGES = Math.max(1, Math.min(4, availableParallelism()));
/** Opening a page (loading Mermaid into it) costs about as much as rendering this many diagrams. */
const DIAGRAMS_PER_PAGE = 10;

async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ path: MERMAID_SCRIPT });
  return page;
}

/** The rendering's result, or undefined once `ms` have passed without one. */
function withinBudget<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  if (!Number.isFinite(ms)) return work;
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms, undefined)));
  return Promise.race([work, budget]).finally(() => clearTimeout(timer));
}

export async function renderDiagrams(jobs: readonly RenderJob[], executablePath: string): Promise<RenderResult[]> {
  if (jobs.length === 0) return [];
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    // Jobs of one theme together, so Mermaid is initialized once per theme and page.
    const order = jobs.map((job, index) => ({ job, index })).sort((a, b) => a.job.theme.localeCompare(b.job.theme));
    const results: RenderResult[] = new Array(jobs.length);
    // A diagram too slow in one theme is as slow in the other: it is not tried twice.
    const tooSlow = new Map<string, number>();
    let next = 0;
    const worker = async () => {
      let page = await openPage(browser);
      while (next < order.length) {
        const { job, index } = order[next++]!;
        const slow = tooSlow.get(job.source);
        if (slow !== undefined) {
          results[index] = { timedOutAfterMs: slow };
          continue;
        }
        const rendering = page.evaluate(renderInPage, { id: job.id, source: job.source, look: MERMAID_THEMES[job.theme] });
        const timeoutMs = job.timeoutMs ?? Number.POSITIVE_INFINITY;
        const result = await withinBudget(rendering, timeoutMs);
        if (result) {
          results[index] = result;
          continue;
        }
        results[index] = { timedOutAfterMs: timeoutMs };
        tooSlow.set(job.source, timeoutMs);
        rendering.catch(() => undefined); // rejected when its page closes
        await page.close();
        page = await openPage(browser);
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_PAGES, Math.ceil(order.length / DIAGRAMS_PER_PAGE)) }, worker));
    return results;
  } finally {
    await browser.close();
  }
}

/** Runs in the page: renders one diagram with the Mermaid already loaded there. */
async function renderInPage(job: PageJob): Promise<RenderResult> {
  const page = globalThis as unknown as { mermaid: MermaidApi; atriumLook?: string };
  try {
    const look = JSON.stringify(job.look);
    if (look !== page.atriumLook) {
      page.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', ...job.look });
      page.atriumLook = look;
    }
    const { svg } = await page.mermaid.render(job.id, job.source);
    return { svg };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    document.getElementById(`d${job.id}`)?.remove(); // Mermaid's scratch element on failure
  }
}

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  render(id: string, source: string): Promise<{ svg: string }>;
}
