/** Serves a built site (dist/) on a free loopback port, as a static host would: 404.html for unknown paths. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

export async function serveDist(dir = path.resolve(process.env.CARNET_DIST ?? 'dist'), basePath = '/'): Promise<StaticSite> {
  const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundPage = path.join(dir, '404.html');
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(basePath)) {
      res.statusCode = 404;
      res.end('Hors du site');
      return;
    }
    req.url = `/${url.slice(basePath.length)}`;
    assets(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Page introuvable');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
