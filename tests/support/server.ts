/** Serves a built site (dist/) on a free loopback port, as a static host would: 404.html for unknown paths. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

export async function serveDist(dir = path.resolve('dist'), basePath = '/'): Promise<StaticSite> {
  const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = sirv(dir, { dev: false, single: '404.html' });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(basePath)) {
      res.statusCode = 404;
      res.end('Hors du site');
      return;
    }
    req.url = `/${url.slice(basePath.length)}`;
    assets(req, res, () => {
      res.statusCode = 404;
      req.url = '/404.html';
      notFound(req, res, () => res.end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
