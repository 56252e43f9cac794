/**
 * Atrium's build steps, in order: check the content (fail on errors), render its
 * diagrams, then hand Astro a Markdown pipeline that inlines them and sanitises what
 * authors wrote (markdown-pipeline.ts); once the pages are written, give each its
 * Content-Security-Policy and index them for search. In every command, the
 * stylesheet takes its colours from the palette.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { config } from '../config.ts';
import { projectRoot } from '../project-root.ts';
import { addCount, addTiming, resetProfile, startSpan, timed, writeProfile } from '../lib/build-profile.ts';
import { handbookDiagrams } from '../lib/diagrams/handbook-diagrams.ts';
import { publishedHandbook } from '../lib/handbook/published.ts';
import { withBase } from '../lib/routes.ts';
import { buildNow } from '../lib/time/build-clock.ts';
import { todayIn } from '../lib/time/today.ts';
import { checkContent } from './content-check.ts';
import { shareCheckedHandbook } from './content-loader.ts';
import { writeContentSecurityPolicies } from './csp.ts';
import { prepareDiagrams, publishFallback, serveFallback } from './diagrams.ts';
import { markdownPipeline } from './markdown-pipeline.ts';
import { mermaidFencesPlugin } from './mermaid-plugin.ts';
import { palettePlugin } from './palette.ts';
import { buildSearchIndex } from './search-index.ts';

/** Where a build writes its profile (lib/build-profile.ts), inside Astro's cache folder: `npm run bench` prints it. */
export const PROFILE_FILE = 'atrium-build-profile.json';

export function atrium(): AstroIntegration {
  /** Set once diagrams are prepared: only a build that fell back to the browser needs Mermaid in the site. */
  let diagramMode: 'svg' | 'client' = 'svg';
  let cacheDir = '';
  /** Ends the phase running now; each hook ends the last and starts the next. */
  let endPhase = () => {};
  const phase = (name: string) => {
    endPhase();
    endPhase = startSpan(name);
  };
  /** When Vite last finished an environment's bundle: a static build renders pages after the last one. */
  let bundled: number | undefined;
  let buildStarted = 0;
  return {
    name: 'atrium',
    hooks: {
      'astro:config:setup': async ({ command, config: astroConfig, logger, updateConfig }) => {
        updateConfig({ vite: { plugins: [palettePlugin(), { name: 'atrium:profile', closeBundle: () => void (bundled = performance.now()) }] } });
        if (command !== 'build' && command !== 'dev') return;
        resetProfile();
        phase('1 Atrium setup: content check, diagrams');
        cacheDir = fileURLToPath(astroConfig.cacheDir);
        const contentDir = path.resolve(projectRoot, config.contentDir);
        const check = await checkContent(projectRoot, contentDir, command, logger, path.join(cacheDir, 'atrium-check'));
        shareCheckedHandbook(check.handbook);
        const handbook = publishedHandbook(check.handbook, command === 'dev');
        const diagramCacheDir = path.resolve(projectRoot, config.diagramCacheDir);
        const budget = { timeoutMs: config.diagramTimeoutMs, maxSvgBytes: config.diagramMaxSvgBytes, maxSourceBytes: config.diagramMaxSourceBytes };
        const sources = timed('diagrams: sources collected', () =>
          handbookDiagrams(handbook, check.bodyLine, (route) => withBase(config.base, route), todayIn(config.defaultTimezone, buildNow())),
        );
        const report = await timed('diagrams (render and cache lookups)', () =>
          prepareDiagrams(sources, { cacheDir: diagramCacheDir, budget }, command, logger),
        );
        addCount('diagrams', report.diagrams);
        addCount('diagrams from the cache', report.fromCache);
        addCount('diagrams rendered', report.rendered);
        addCount('diagram render ms', Math.round(report.milliseconds));
        addCount('browser launches', report.browserLaunches);
        diagramMode = report.mode;
        const variant = command === 'dev' ? 'dev' : report.mode;
        updateConfig({
          markdown: markdownPipeline(astroConfig.markdown, [mermaidFencesPlugin({ cacheDir: diagramCacheDir, base: config.base }, variant)]),
        });
        phase('2 Astro setup and content layer');
      },
      'astro:build:start': () => {
        endPhase();
        endPhase = () => {};
        buildStarted = performance.now();
      },
      'astro:build:generated': () => {
        // Astro has no hook between bundling and rendering pages in a static build: Vite's last bundle marks it.
        const now = performance.now();
        addTiming('3 Vite bundling', (bundled ?? buildStarted) - buildStarted);
        addTiming('4 page rendering', now - (bundled ?? buildStarted));
        phase('5 after pages: assets');
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(serveFallback(config.base));
      },
      'astro:build:done': async ({ dir, logger }) => {
        phase('6 Atrium after build: CSP, search');
        if (diagramMode === 'client') await publishFallback(dir, logger);
        await timed('content security policies', () => writeContentSecurityPolicies(dir, logger));
        await timed('search index (Pagefind)', () => buildSearchIndex(dir, logger));
        endPhase();
        writeProfile(path.join(cacheDir, PROFILE_FILE));
      },
    },
  };
}
