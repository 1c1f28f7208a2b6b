import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, serveDist, type StaticSite } from '../../support/server.ts';

let dir: string;
let site: StaticSite;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'carnet-serveur-'));
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html><p>${'Bonjour '.repeat(200)}</p>`);
  writeFileSync(path.join(dir, 'app.js'), `console.log(${JSON.stringify('x'.repeat(2000))});`);
  writeFileSync(path.join(dir, 'fr_1.pf_filter'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
  site = await serveDist(dir);
});

afterAll(async () => {
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

function fetchRaw(pathname: string, encoding?: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(new URL(pathname, site.url), { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('le serveur de test', () => {
  it('compresse le HTML et le JS quand le navigateur accepte gzip, comme un hébergeur', async () => {
    const page = await fetchRaw('/', 'gzip, deflate, br');
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers.vary).toBe('Accept-Encoding');
    expect(Number(page.headers['content-length'])).toBe(page.body.length);
    expect(gunzipSync(page.body).toString()).toContain('Bonjour Bonjour');
    expect(page.body.length).toBeLessThan(300);
    const script = await fetchRaw('/app.js', 'gzip');
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(gunzipSync(script.body).toString()).toMatch(/^console\.log/);
  });

  it('envoie tel quel sans gzip accepté, et les fichiers de Pagefind déjà compressés', async () => {
    const plain = await fetchRaw('/app.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toMatch(/^console\.log/);
    const chunk = await fetchRaw('/fr_1.pf_filter', 'gzip');
    expect(chunk.headers['content-encoding']).toBeUndefined();
    expect([...chunk.body]).toEqual([0x1f, 0x8b, 1, 2, 3]);
  });

  it('lit Accept-Encoding, y compris un refus (q=0)', () => {
    expect(acceptsGzip('gzip, deflate')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0, br')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
