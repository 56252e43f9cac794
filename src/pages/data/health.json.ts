/** `data/health.json`: the health measures per quarter for other tools (shape: schemas/health.schema.json). */
import type { APIRoute } from 'astro';
import { healthJson } from '../../lib/health/json.ts';
import { measures } from '../../queries/measures.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(healthJson(await measures()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
