/** Everything about one team: its decisions (owned or consulted on), talks and weekly updates. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { handbook } from '../../../queries/handbook.ts';
import { feedResponse } from '../../../queries/feeds.ts';
import { routes } from '../../../lib/routes.ts';

export const getStaticPaths = (async () => {
  const { teams } = await handbook();
  return teams.map((team) => ({ params: { id: team.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => feedResponse((catalog) => catalog.teams.find((feed) => feed.route === routes.teamFeed(params.id!)));
