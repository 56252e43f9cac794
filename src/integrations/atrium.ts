/**
 * Atrium's build steps, in order: check the content (fail on errors), render its
 * diagrams, then hand Astro a Markdown pipeline that inlines them and sanitises what
 * authors wrote (markdown-pipeline.ts); once the pages are written, give each its
 * Content-Security-Policy and index them for search. In every command, the
 * stylesheet takes its colours from the palette.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { config } from '../config.ts';
import { projectRoot } from '../project-root.ts';
import { handbookDiagrams } from '../lib/diagrams/handbook-diagrams.ts';
import { publishedHandbook } from '../lib/handbook/published.ts';
import { withBase } from '../lib/routes.ts';
import { todayIn } from '../lib/time/today.ts';
import { checkContent } from './content-check.ts';
import { shareCheckedHandbook } from './content-loader.ts';
import { writeContentSecurityPolicies } from './csp.ts';
import { prepareDiagrams, publishFallback, serveFallback } from './diagrams.ts';
import { markdownPipeline } from './markdown-pipeline.ts';
import { mermaidFencesPlugin } from './mermaid-plugin.ts';
import { palettePlugin } from './palette.ts';
import { buildSearchIndex } from './search-index.ts';

export function atrium(): AstroIntegration {
  /** Set once diagrams are prepared: only a build that fell back to the browser needs Mermaid in the site. */
  let diagramMode: 'svg' | 'client' = 'svg';
  return {
    name: 'atrium',
    hooks: {
      'astro:config:setup': async ({ command, config: astroConfig, logger, updateConfig }) => {
        updateConfig({ vite: { plugins: [palettePlugin()] } });
        if (command !== 'build' && command !== 'dev') return;
        const check = await checkContent(projectRoot, path.resolve(projectRoot, config.contentDir), command, logger);
        shareCheckedHandbook(check.handbook);
        const handbook = publishedHandbook(check.handbook, command === 'dev');
        const cacheDir = path.resolve(projectRoot, config.diagramCacheDir);
        const budget = { timeoutMs: config.diagramTimeoutMs, maxSvgBytes: config.diagramMaxSvgBytes, maxSourceBytes: config.diagramMaxSourceBytes };
        const report = await prepareDiagrams(
          handbookDiagrams(handbook, check.bodyLine, (route) => withBase(config.base, route), todayIn(config.defaultTimezone)),
          { cacheDir, budget },
          command,
          logger,
        );
        diagramMode = report.mode;
        const variant = command === 'dev' ? 'dev' : report.mode;
        updateConfig({
          markdown: markdownPipeline(astroConfig.markdown, [mermaidFencesPlugin({ cacheDir, base: config.base }, variant)]),
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(serveFallback(config.base));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (diagramMode === 'client') await publishFallback(dir, logger);
        await writeContentSecurityPolicies(dir, logger);
        await buildSearchIndex(dir, logger);
      },
    },
  };
}
