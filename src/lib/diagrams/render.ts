/**
 * Renders Mermaid diagrams with the official `mermaid` package in one headless
 * Chromium, in batches, light and dark. Failures come back per diagram, with
 * Mermaid's own message, so one broken fence does not hide the others.
 */
import { createRequire } from 'node:module';
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

const BATCH_SIZE = 25;
const MERMAID_SCRIPT = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

export async function renderDiagrams(jobs: readonly RenderJob[], executablePath: string): Promise<RenderResult[]> {
  if (jobs.length === 0) return [];
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: MERMAID_SCRIPT });
    const results: RenderResult[] = [];
    for (let start = 0; start < jobs.length; start += BATCH_SIZE) {
      const batch: PageJob[] = jobs.slice(start, start + BATCH_SIZE).map(({ id, source, theme }) => ({ id, source, look: MERMAID_THEMES[theme] }));
      results.push(
        ...(await page.evaluate(async (batchJobs) => {
          const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
          const out: RenderResult[] = [];
          for (const job of batchJobs) {
            try {
              mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', ...job.look });
              const { svg } = await mermaid.render(job.id, job.source);
              out.push({ svg });
            } catch (error) {
              out.push({ error: error instanceof Error ? error.message : String(error) });
            } finally {
              document.getElementById(`d${job.id}`)?.remove(); // Mermaid's scratch element on failure
            }
          }
          return out;
        }, batch)),
      );
    }
    return results;
  } finally {
    await browser.close();
  }
}

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  render(id: string, source: string): Promise<{ svg: string }>;
}
