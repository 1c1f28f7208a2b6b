/**
 * The web editor's files: Decap CMS is served from the npm package, never from a CDN. The build copies
 * the bundle and the chunks it loads on demand next to the admin page; `astro dev` serves them from
 * node_modules. The settings are checked before the build starts, so a misconfiguration stops it at once.
 */
import type { AstroIntegration } from 'astro';
import { appendFileSync, copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminHeaders } from './csp.ts';
import { decapAssetsDir, decapSettings, type DecapSettings } from './settings.ts';

/** The installed decap-cms package: its version and the folder of its browser bundle. */
export function decapPackage(): { version: string; dist: string } {
  const manifest = createRequire(import.meta.url).resolve('decap-cms/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { version, dist: path.join(path.dirname(manifest), 'dist') };
}

/**
 * The files the editor needs: the bundle (decap-cms.js), the chunks webpack loads from the same folder
 * (NNN.decap-cms.js: code editor modes, WebP encoder…) and the licence notice. Left out: the same
 * bundle under its other name (cms.js, NNN.cms.js), source maps, the empty cms.css and the WebP
 * encoder's WebAssembly, only loaded when `media_processing` is enabled (it is not).
 */
export const isDecapAsset = (name: string) => /^(?:\d+\.)?decap-cms\.js$/.test(name) || name === 'decap-cms.js.LICENSE.txt';

export function decapEditor(): AstroIntegration {
  let base = '/';
  let settings: DecapSettings | undefined;
  return {
    name: 'carnet-decap',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        base = config.base.replace(/\/?$/, '/');
        if (command !== 'build' && command !== 'dev') return;
        const read = decapSettings(process.env, { dev: command === 'dev' });
        read.warnings.forEach((w) => logger.warn(w));
        settings = read.settings;
        logger.info(
          `éditeur web /admin/ : ${settings.backend === 'test' ? 'mode essai (test-repo, rien n’est enregistré)' : `${settings.backend} ${settings.repo ?? ''} (${settings.branch})`}`,
        );
      },
      'astro:server:setup': ({ server }) => {
        const { version, dist } = decapPackage();
        const prefix = `${base}${decapAssetsDir(version)}`;
        server.middlewares.use((req, res, next) => {
          const url = (req.url ?? '').split('?')[0] ?? '';
          if (!url.startsWith(prefix)) return next();
          const name = url.slice(prefix.length);
          const file = path.join(dist, name);
          if (!isDecapAsset(name) || !existsSync(file)) return next();
          res.setHeader('content-type', name.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/plain; charset=utf-8');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const { version, dist } = decapPackage();
        const target = path.join(fileURLToPath(dir), decapAssetsDir(version));
        mkdirSync(target, { recursive: true });
        let bytes = 0;
        const names = readdirSync(dist).filter(isDecapAsset);
        for (const name of names) {
          copyFileSync(path.join(dist, name), path.join(target, name));
          bytes += statSync(path.join(target, name)).size;
        }
        // The site-wide rules of the hosts' _headers (src/integrations/headers.ts, written just before)
        // would apply the site's strict CSP to the editor too: the admin page gets its own rules after them.
        const headers = path.join(fileURLToPath(dir), '_headers');
        if (settings && existsSync(headers)) appendFileSync(headers, `\n${adminHeaders(settings, base, version)}`);
        const ms = Math.round(performance.now() - started);
        logger.info(`éditeur web : Decap CMS ${version}, ${names.length} fichiers copiés (${(bytes / 1e6).toFixed(1)} Mo) en ${ms} ms`);
      },
    },
  };
}
