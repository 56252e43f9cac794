/** A week's digest as a standalone HTML email (inline CSS, absolute links, no scripts), for a job that sends it on Fridays. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { config } from '../../../config.ts';
import { handbook } from '../../../queries/handbook.ts';
import { digestHtmlContext, digests } from '../../../queries/digests.ts';
import { siteUrl } from '../../../queries/site-url.ts';
import { digestEmailHtml } from '../../../lib/digest/html.ts';
import { routes } from '../../../lib/routes.ts';
import type { Digest } from '../../../lib/digest/assemble.ts';

export const getStaticPaths = (async () =>
  (await digests()).map((digest) => ({ params: { week: digest.week.id }, props: { digest } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ digest: Digest }> = async ({ props }) => {
  const html = digestEmailHtml(props.digest, {
    ...digestHtmlContext(await handbook()),
    orgName: config.orgName,
    indexUrl: siteUrl(routes.digests()),
    subscribeUrl: siteUrl(routes.subscribe()),
  });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
