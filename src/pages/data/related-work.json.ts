/** Related work across teams as data, for other tools: every pair reported, best first, with the words it shares. */
import type { APIRoute } from 'astro';
import type { RelatedDocument } from '../../lib/related/documents.ts';
import { relatedWork } from '../../queries/related.ts';
import { today } from '../../queries/clock.ts';

const side = ({ id, entry, kind, teams, title, url, date }: RelatedDocument) => ({ id, entry, kind, teams, title, route: url, date });

export const GET: APIRoute = async () => {
  const { pairs } = await relatedWork();
  const body = {
    asOf: today,
    pairs: pairs.map((pair) => ({ a: side(pair.a), b: side(pair.b), score: Math.round(pair.score * 1000) / 1000, shared: pair.shared })),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
