/** The expert finder as data, for other tools: every tag with its entries and its people, best first. */
import type { APIRoute } from 'astro';
import { tags } from '../../queries/tags.ts';
import { today } from '../../queries/clock.ts';

export const GET: APIRoute = async () => {
  const body = {
    asOf: today,
    tags: [...(await tags()).values()].map(({ tag, items, experts }) => ({ tag, entries: items.map((item) => item.key), experts })),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
