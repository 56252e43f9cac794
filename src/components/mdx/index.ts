/**
 * The components MDX content may use, by the names it writes them with. The names
 * and their props are declared in `lib/mdx-components.ts`, which the content check
 * reads; the record type makes this map and that list agree.
 */
import type { MdxComponentName } from '../../lib/mdx-components.ts';
import Callout from './Callout.astro';
import Video from './Video.astro';

export const mdxComponents: Record<MdxComponentName, unknown> = { Callout, Video };
