/**
 * The Astro content loader over Atrium's own reading of `content/`. The content check
 * (run at the start of every build) parses and validates each file once, with the
 * line-aware YAML parser; this loader hands those same entries to Astro's data store,
 * so Astro and the check can never disagree on which entries exist or what they say,
 * and no file is parsed a second time by another YAML parser.
 *
 * Markdown bodies are rendered here through Astro's configured Markdown pipeline (the
 * one with the diagram plugin). MDX bodies are compiled by the MDX integration itself,
 * which has to read the file to compile it: that is the one second reading left.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { config } from '../config.ts';
import { addCount, timed } from '../lib/build-profile.ts';
import type { CollectionName } from '../lib/collections.ts';
import { loadHandbook } from '../lib/content/load.ts';
import type { Handbook, HandbookEntry } from '../lib/handbook/types.ts';
import { projectRoot } from '../project-root.ts';

// The integration and this loader run in one process but may be separate module
// instances (Astro loads the content config through Vite), so the hand-over is global.
const CHECKED = Symbol.for('atrium.checkedHandbook');
const shared = globalThis as typeof globalThis & { [CHECKED]?: Handbook };

/** Called by the build's content check, so the loader reuses what the check read. */
export function shareCheckedHandbook(handbook: Handbook): void {
  shared[CHECKED] = handbook;
}

/** A reading in flight or done: several collections ask at once. */
let reading: Promise<Handbook> | undefined;

function checkedHandbook(fresh: boolean): Promise<Handbook> {
  const checked = shared[CHECKED];
  if (!fresh && checked) return Promise.resolve(checked);
  // `astro sync`/`astro check` run no content check, and `astro dev` re-reads after an edit.
  if (fresh || !reading) reading = loadHandbook(projectRoot, path.resolve(projectRoot, config.contentDir)).then((loaded) => loaded.handbook);
  return reading;
}

async function storeEntries(context: LoaderContext, entries: readonly HandbookEntry<unknown>[]): Promise<void> {
  const { store, generateDigest, renderMarkdown } = context;
  const stale = new Set(store.keys());
  for (const entry of entries) {
    stale.delete(entry.id);
    const filePath = entry.filePath!;
    // The path is part of the digest: the store keeps an entry whose digest is unchanged, and a moved
    // MDX file must be rendered from where it is now.
    const digest = generateDigest({ data: entry.data as Record<string, unknown>, body: entry.body ?? '', filePath });
    const existing = store.get(entry.id);
    const deferredRender = filePath.endsWith('.mdx');
    if (existing?.digest === digest) {
      // Unchanged since the last build: keep its rendered HTML, but re-register the MDX module it renders from.
      if (deferredRender) store.addModuleImport(filePath);
      continue;
    }
    addCount('content layer: entries stored anew');
    const base = { id: entry.id, data: entry.data as Record<string, unknown>, filePath, digest };
    if (deferredRender) {
      store.set({ ...base, body: entry.body ?? '', deferredRender: true });
    } else if (filePath.endsWith('.md')) {
      const fileURL = pathToFileURL(path.resolve(projectRoot, filePath));
      const body = entry.body ?? '';
      // The renderer looks for front matter at the start; a body that opens with a rule (`---`) is not front matter.
      const markdown = body.startsWith('---') ? `\n${body}` : body;
      store.set({ ...base, body, rendered: await renderMarkdown(markdown, { fileURL }) });
    } else {
      store.set(base);
    }
  }
  for (const id of stale) store.delete(id);
}

/** One collection's loader. Data arrives validated by Atrium's schemas, so Astro stores it as is. */
export function atriumLoader(collection: CollectionName): Loader {
  return {
    name: 'atrium-content',
    load: async (context) => {
      const entries = (await checkedHandbook(false))[collection];
      await timed('content layer: entries stored (Markdown of changed entries rendered)', () => storeEntries(context, entries));
      const folder = path.resolve(projectRoot, config.contentDir, collection);
      context.watcher?.add(folder);
      context.watcher?.on('all', async (_event, changed) => {
        if (!path.resolve(changed).startsWith(folder + path.sep)) return;
        await storeEntries(context, (await checkedHandbook(true))[collection]);
      });
    },
  };
}
