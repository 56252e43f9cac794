/** Entry bodies: as a component for pages, and as HTML for feeds. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import { mdxComponents } from '../components/mdx/index.ts';
import type { CollectionName } from '../lib/collections.ts';
import type { HandbookEntry } from '../lib/handbook/types.ts';

/** Renders an entry's Markdown/MDX body. */
export function renderBody<C extends CollectionName>(_collection: C, entry: HandbookEntry<unknown>) {
  return render(entry as CollectionEntry<C>);
}

let container: Promise<AstroContainer> | undefined;

/**
 * An entry's body as HTML. Markdown entries carry it from the content layer; MDX (and
 * Markdown with optimized images, whose HTML holds placeholders until rendered) goes
 * through Astro's container renderer.
 */
export async function bodyHtml(entry: HandbookEntry<unknown>): Promise<string> {
  const rendered = (entry as { rendered?: { html?: string } }).rendered?.html;
  if (rendered !== undefined && !rendered.includes('__ASTRO_IMAGE_')) return rendered;
  if (!entry.body?.trim()) return '';
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(entry as CollectionEntry<'adrs'>);
  return (await container).renderToString(Content, { props: { components: mdxComponents } });
}
