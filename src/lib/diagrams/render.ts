/**
 * Renders Mermaid diagrams with the official `mermaid` package in one headless
 * Chromium, in batches, light and dark. Failures come back per diagram, with
 * Mermaid's own message, so one broken fence does not hide the others.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium.ts';
import type { Theme } from './cache.ts';
import { MERMAID_THEMES } from './themes.ts';

export interface RenderJob {
  /** Unique, CSS-safe: becomes the SVG's id. */
  id: string;
  source: string;
  theme: Theme;
}

type PageJob = Omit<RenderJob, 'theme'> & { look: (typeof MERMAID_THEMES)[Theme] };

export type RenderResult = { svg: string } | { error: string };

const BATCH_SIZE = 10;
const MERMAID_SCRIPT = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

/** Pages rendering at once: Chromium gives each its own renderer process, so this uses every core. */
const PARALLEL_PAGES = Math.max(1, Math.min(4, availableParallelism()));

export async function renderDiagrams(jobs: readonly RenderJob[], executablePath: string): Promise<RenderResult[]> {
  if (jobs.length === 0) return [];
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    // Jobs of one theme together, so Mermaid is initialized once per theme and page.
    const order = jobs.map((job, index) => ({ job, index })).sort((a, b) => a.job.theme.localeCompare(b.job.theme));
    const results: RenderResult[] = new Array(jobs.length);
    let next = 0;
    const worker = async () => {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
      await page.addScriptTag({ path: MERMAID_SCRIPT });
      while (next < order.length) {
        const slice = order.slice(next, next + BATCH_SIZE);
        next += slice.length;
        const batch: PageJob[] = slice.map(({ job }) => ({ id: job.id, source: job.source, look: MERMAID_THEMES[job.theme] }));
        const rendered = await page.evaluate(renderBatch, batch);
        slice.forEach(({ index }, position) => (results[index] = rendered[position]!));
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_PAGES, Math.ceil(order.length / BATCH_SIZE)) }, worker));
    return results;
  } finally {
    await browser.close();
  }
}

/** Runs in the page: renders a batch with the Mermaid already loaded there. */
async function renderBatch(batchJobs: PageJob[]): Promise<RenderResult[]> {
  const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
  const out: RenderResult[] = [];
  let current = '';
  for (const job of batchJobs) {
    try {
      const look = JSON.stringify(job.look);
      if (look !== current) {
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', ...job.look });
        current = look;
      }
      const { svg } = await mermaid.render(job.id, job.source);
      out.push({ svg });
    } catch (error) {
      out.push({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      document.getElementById(`d${job.id}`)?.remove(); // Mermaid's scratch element on failure
    }
  }
  return out;
}

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  render(id: string, source: string): Promise<{ svg: string }>;
}
