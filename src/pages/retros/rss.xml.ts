/** The retrospectives feed (see src/lib/feeds/catalog.ts). */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../queries/feeds.ts';

export const GET: APIRoute = () => feedResponse((catalog) => catalog.collections.find((feed) => feed.id === 'retros'));
