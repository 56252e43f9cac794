/**
 * Build-time Mermaid: before content is loaded, every fence and generated graph is
 * rendered (or found in the cache); Markdown then gets inline SVG. Without a browser,
 * the same fences render in the reader's browser, with Mermaid served from the site.
 */
import type { AstroIntegrationLogger } from 'astro';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../lib/problems.ts';
import { MERMAID_VERSION } from '../lib/diagrams/cache.ts';
import { MERMAID_THEMES } from '../lib/diagrams/themes.ts';
import { findChromium } from '../lib/diagrams/chromium.ts';
import type { DiagramSource } from '../lib/diagrams/handbook-diagrams.ts';
import { FALLBACK_DIR } from '../lib/diagrams/markup.ts';
import { prerenderDiagrams, type DiagramBudget, type PrerenderReport } from '../lib/diagrams/prerender.ts';
import { withBase } from '../lib/routes.ts';

const MERMAID_DIST = path.dirname(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.esm.min.mjs'));

/** The browser fallback: render every pending diagram with the theme the reader sees. */
const FALLBACK_SCRIPT = `import mermaid from './mermaid.esm.min.mjs';
const looks = ${JSON.stringify(MERMAID_THEMES)};
const look = looks[document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'];
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', ...look });
await mermaid.run({ querySelector: 'pre.mermaid-fallback' });
`;

export async function prepareDiagrams(
  diagrams: readonly DiagramSource[],
  options: { cacheDir: string; budget: DiagramBudget },
  command: string,
  logger: AstroIntegrationLogger,
): Promise<PrerenderReport> {
  const report = await prerenderDiagrams(diagrams, { ...options, chromium: findChromium(), onProgress: progressLog(logger) });
  if (report.problems.length > 0) {
    const text = report.problems.map(formatProblem).join('\n  ');
    if (command === 'dev') logger.error(`Diagrams with errors:\n  ${text}`);
    else throw new Error(`${report.problems.length} diagram${report.problems.length === 1 ? '' : 's'} could not be rendered; nothing was built.\n  ${text}`);
  }
  if (report.mode === 'client') {
    logger.warn(
      `Diagrams: ${report.reason}. ${report.diagrams} diagrams will be rendered in readers' browsers instead; install Chromium or set CHROMIUM_PATH to render them at build time.`,
    );
  } else if (report.browserLaunches === 0) {
    logger.info(`Diagrams: all ${report.diagrams} from the cache, no browser launched.`);
  } else {
    const perDiagram = report.rendered ? (report.milliseconds / report.rendered).toFixed(0) : '0';
    const damaged = report.damaged
      ? ` ${report.damaged} cache ${report.damaged === 1 ? 'entry was' : 'entries were'} damaged (cut short, empty or another diagram's) and rendered again.`
      : '';
    logger.info(
      `Diagrams: rendered ${report.rendered} SVGs (one per diagram, following the site's theme) with Mermaid ${MERMAID_VERSION} in one browser in ${Math.round(report.milliseconds)} ms (${perDiagram} ms each); ${report.fromCache} from the cache.${damaged}`,
    );
  }
  return report;
}

/**
 * "diagrams: 120/328" while diagrams render, so a cold build does not sit silent: at
 * most one line a second, and always the last.
 */
export function progressLog(logger: Pick<AstroIntegrationLogger, 'info'>, now: () => number = () => performance.now()) {
  let last = now();
  return (done: number, total: number) => {
    if (done < total && now() - last < 1000) return;
    last = now();
    logger.info(`diagrams: ${done}/${total}`);
  };
}

async function pagesUsingFallback(outDir: string): Promise<number> {
  const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  let count = 0;
  for (const file of files) if ((await readFile(path.join(outDir, file), 'utf8')).includes('data-diagram="client"')) count++;
  return count;
}

/** Copies Mermaid into the site, only when some page renders a diagram in the browser. */
export async function publishFallback(outDirUrl: URL, logger: AstroIntegrationLogger): Promise<void> {
  const outDir = fileURLToPath(outDirUrl);
  const pages = await pagesUsingFallback(outDir);
  if (pages === 0) return;
  const target = path.join(outDir, FALLBACK_DIR);
  await mkdir(target, { recursive: true });
  await cp(path.join(MERMAID_DIST, 'mermaid.esm.min.mjs'), path.join(target, 'mermaid.esm.min.mjs'));
  await cp(path.join(MERMAID_DIST, 'chunks/mermaid.esm.min'), path.join(target, 'chunks/mermaid.esm.min'), { recursive: true });
  await writeFile(path.join(target, 'render.js'), FALLBACK_SCRIPT);
  logger.info(`Diagrams: ${pages} pages render diagrams in the browser; Mermaid copied to ${FALLBACK_DIR}.`);
}

/** The same fallback files for `astro dev`, served straight from node_modules. */
export function serveFallback(base: string) {
  const prefix = withBase(base, FALLBACK_DIR);
  return (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
    if (!request.url?.startsWith(prefix)) return next();
    const file = request.url.slice(prefix.length).split('?')[0]!;
    response.setHeader('content-type', 'text/javascript; charset=utf-8');
    if (file === 'render.js') return response.end(FALLBACK_SCRIPT);
    const resolved = path.join(MERMAID_DIST, file);
    if (!resolved.startsWith(MERMAID_DIST)) return next();
    createReadStream(resolved)
      .on('error', () => next())
      .pipe(response);
  };
}
