/** Every team's office hours (recurring, in the team's time zone) and every talk, as an iCalendar subscription. */
import type { APIRoute } from 'astro';
import { calendarIcs } from '../queries/calendars.ts';

export const GET: APIRoute = async () => new Response(await calendarIcs(), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
