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

/** The `_headers` file of the build (Netlify / Cloudflare Pages syntax), applied as a host would. */
function headerRules(dir: string): { pattern: RegExp; headers: [string, string][] }[] {
  const file = path.join(dir, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), headers: [] });
    } else if (!line.trim().startsWith('!')) {
      const [name = '', ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

export async function serveDist(dir = path.resolve(process.env.CARNET_DIST ?? 'dist'), basePath = '/'): Promise<StaticSite> {
  const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundPage = path.join(dir, '404.html');
  const rules = headerRules(dir);
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const pathname = url.split('?')[0] ?? '/';
    for (const rule of rules) if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
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
