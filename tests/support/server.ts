/**
 * Serves a built site (dist/) on a free loopback port, as a static host would: 404.html for unknown paths,
 * text files gzipped when the browser accepts it (GitHub Pages, GitLab Pages, Cloudflare and docs/nginx.conf
 * all do), so that the bytes measured by the bench are the bytes a visitor pays.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
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
      const escaped = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), headers: [] });
    } else if (!line.trim().startsWith('!')) {
      const [name = '', ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

/** Text types a host compresses. Pagefind's .pf_* chunks and wasm.*.pagefind are gzip already: sent as they are. */
const COMPRESSIBLE: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** `gzip` listed in Accept-Encoding, and not refused with q=0. */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && !(q && Number(q.slice(2)) === 0);
  });
}

/** The file sirv would send for a path (extensions: ['html']): exact file, then …/index, then .html. */
function fileFor(dir: string, pathname: string): string | undefined {
  let uri = pathname;
  try {
    uri = decodeURI(pathname);
  } catch {
    // Malformed: sirv keeps it as typed too.
  }
  uri = uri.replace(/\/$/, '');
  for (const candidate of [uri, `${uri}/index`, `${uri}.html`, `${uri}/index.html`]) {
    if (!candidate || /(^|\/)\./.test(candidate)) continue;
    const abs = path.normalize(path.join(dir, candidate));
    if (!abs.startsWith(dir + path.sep)) continue;
    try {
      if (statSync(abs).isFile()) return abs;
    } catch {
      // Not there: next candidate.
    }
  }
  return undefined;
}

/** Gzipped bodies, computed once per file version (the site does not change while it is served). */
const gzipped = new Map<string, { mtimeMs: number; size: number; body: Buffer }>();

/** Sends a compressible file gzipped; false when the request or the file is not for this (sirv then answers). */
function sendGzipped(dir: string, pathname: string, req: IncomingMessage, res: ServerResponse): boolean {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.range || !acceptsGzip(req.headers['accept-encoding'])) return false;
  const file = fileFor(dir, pathname);
  const type = file ? COMPRESSIBLE[path.extname(file).toLowerCase()] : undefined;
  if (!file || !type) return false;
  const stats = statSync(file);
  let entry = gzipped.get(file);
  if (!entry || entry.mtimeMs !== stats.mtimeMs || entry.size !== stats.size) {
    entry = { mtimeMs: stats.mtimeMs, size: stats.size, body: gzipSync(readFileSync(file), { level: 6 }) };
    gzipped.set(file, entry);
  }
  const etag = `W/"${stats.size}-${Math.round(stats.mtimeMs)}-gzip"`;
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', stats.mtime.toUTCString());
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304);
    res.end();
    return true;
  }
  res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': entry.body.length });
  res.end(req.method === 'HEAD' ? undefined : entry.body);
  return true;
}

export async function serveDist(dir = path.resolve(process.env.CARNET_DIST ?? 'dist'), basePath = '/'): Promise<StaticSite> {
  const root = path.resolve(dir);
  const assets = sirv(root, {
    dev: false,
    etag: true,
    extensions: ['html'],
    // Not gzipped (client without gzip): the answer still depends on Accept-Encoding.
    setHeaders: (res, pathname) => {
      if (COMPRESSIBLE[path.extname(pathname).toLowerCase()] || !path.extname(pathname)) res.setHeader('Vary', 'Accept-Encoding');
    },
  });
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
    if (sendGzipped(root, req.url.split('?')[0] ?? '/', req, res)) return;
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
