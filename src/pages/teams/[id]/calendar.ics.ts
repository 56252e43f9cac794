/** One team's office hours and talks, as an iCalendar subscription. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { handbook } from '../../../queries/handbook.ts';
import { calendarIcs } from '../../../queries/calendars.ts';

export const getStaticPaths = (async () => {
  const { teams } = await handbook();
  return teams.map((team) => ({ params: { id: team.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(await calendarIcs(params.id!), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
