/** A week's digest as a standalone HTML email (inline CSS, absolute links, no scripts), for a job that sends it on Fridays. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { handbook } from '../../../queries/handbook.ts';
import { digestEmailContext, digests } from '../../../queries/digests.ts';
import { digestEmailHtml } from '../../../lib/digest/html.ts';
import type { Digest } from '../../../lib/digest/assemble.ts';

export const getStaticPaths = (async () =>
  (await digests()).map((digest) => ({ params: { week: digest.week.id }, props: { digest } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ digest: Digest }> = async ({ props }) => {
  const html = digestEmailHtml(props.digest, digestEmailContext(await handbook()));
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
