/** Everything that changed: decisions, talks, weekly updates and digests, newest first. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../queries/feeds.ts';

export const GET: APIRoute = () => feedResponse((catalog) => catalog.all);
