/** One guild: its next meeting, and the decisions and talks of its members or about its subject (see src/lib/feeds/audience-feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, feeds } from '../../../queries/feeds.ts';
import { routes } from '../../../lib/routes.ts';

// Only those with something to carry have a feed (see feeds()).
export const getStaticPaths = (async () => (await feeds()).guilds.map((feed) => ({ params: { id: feed.id.slice('guild:'.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => feedResponse((catalog) => catalog.guilds.find((feed) => feed.route === routes.guildFeed(params.id!)));
