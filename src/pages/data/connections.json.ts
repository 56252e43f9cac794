/** `data/connections.json`: the connection map for other tools (shape: schemas/connections.schema.json). */
import type { APIRoute } from 'astro';
import { connectionsJson } from '../../lib/health/json.ts';
import { handbook } from '../../queries/handbook.ts';
import { measures } from '../../queries/measures.ts';

export const GET: APIRoute = async () => {
  const [h, report] = await Promise.all([handbook(), measures()]);
  const body = connectionsJson(report, (id) => h.team.get(id)?.data.name ?? id);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
