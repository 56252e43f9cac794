/**
 * Serves a built site on 127.0.0.1 the way a static host does: `/x/` → `/x/index.html`,
 * unknown paths → 404.html, and the site mounted under its base path.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

export async function serveSite(root: string, base = '/'): Promise<StaticSite> {
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    // Text is gzipped when the browser asks, as static hosts do, so transfer sizes are realistic.
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const send = async (file: string, status = 200) => {
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const body = await readFile(file);
      if (gzip && /text|javascript|json|svg|xml|wasm/.test(type)) {
        response.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        response.end(gzipSync(body));
      } else {
        response.writeHead(status, { 'content-type': type });
        response.end(body);
      }
    };
    if (!pathname.startsWith(base)) return send(path.join(root, '404.html'), 404);
    let file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(root)) return send(path.join(root, '404.html'), 404);
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      await send(file);
    } catch {
      await send(path.join(root, '404.html'), 404).catch(() => {
        response.writeHead(404);
        response.end();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
