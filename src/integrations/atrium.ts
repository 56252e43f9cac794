/**
 * Atrium's build steps, in order: check the content (fail on errors), render its
 * diagrams, then hand Astro a Markdown pipeline that inlines them; once the pages
 * are written, index them for search. In every command, the stylesheet takes its
 * colours from the palette.
 */
import type { AstroIntegration } from 'astro';
import { satteri } from '@astrojs/markdown-satteri';
import path from 'node:path';
import { config } from '../config.ts';
import { projectRoot } from '../project-root.ts';
import { handbookDiagrams } from '../lib/diagrams/handbook-diagrams.ts';
import { publishedHandbook } from '../lib/handbook/published.ts';
import { checkContent } from './content-check.ts';
import { shareCheckedHandbook } from './content-loader.ts';
import { prepareDiagrams, publishFallback, serveFallback } from './diagrams.ts';
import { mermaidFencesPlugin } from './mermaid-plugin.ts';
import { palettePlugin } from './palette.ts';
import { buildSearchIndex } from './search-index.ts';

export function atrium(): AstroIntegration {
  /** Set once diagrams are prepared: only a build that fell back to the browser needs Mermaid in the site. */
  let diagramMode: 'svg' | 'client' = 'svg';
  return {
    name: 'atrium',
    hooks: {
      'astro:config:setup': async ({ command, logger, updateConfig }) => {
        updateConfig({ vite: { plugins: [palettePlugin()] } });
        if (command !== 'build' && command !== 'dev') return;
        const check = await checkContent(projectRoot, path.resolve(projectRoot, config.contentDir), command, logger);
        shareCheckedHandbook(check.handbook);
        const handbook = publishedHandbook(check.handbook, command === 'dev');
        const cacheDir = path.resolve(projectRoot, config.diagramCacheDir);
        const report = await prepareDiagrams(handbookDiagrams(handbook, check.bodyLine), cacheDir, command, logger);
        diagramMode = report.mode;
        const variant = command === 'dev' ? 'dev' : report.mode;
        updateConfig({
          markdown: { processor: satteri({ mdastPlugins: [mermaidFencesPlugin({ cacheDir, base: config.base }, variant)] }) },
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(serveFallback(config.base));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (diagramMode === 'client') await publishFallback(dir, logger);
        await buildSearchIndex(dir, logger);
      },
    },
  };
}
