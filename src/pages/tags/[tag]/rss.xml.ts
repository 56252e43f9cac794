/** Every decision and talk with one tag (see src/lib/feeds/audience-feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, feeds } from '../../../queries/feeds.ts';
import { routes } from '../../../lib/routes.ts';

export const getStaticPaths = (async () => (await feeds()).tags.map((feed) => ({ params: { tag: feed.id.slice('tag:'.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => feedResponse((catalog) => catalog.tags.find((feed) => feed.route === routes.tagFeed(params.tag!)));
