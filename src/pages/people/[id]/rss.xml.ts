/** One person: what they decided and presented, and the programs they take part in (see src/lib/feeds/audience-feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, feeds } from '../../../queries/feeds.ts';
import { routes } from '../../../lib/routes.ts';

// Only those with something to carry have a feed (see feeds()).
export const getStaticPaths = (async () =>
  (await feeds()).people.map((feed) => ({ params: { id: feed.id.slice('person:'.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => feedResponse((catalog) => catalog.people.find((feed) => feed.route === routes.personFeed(params.id!)));
