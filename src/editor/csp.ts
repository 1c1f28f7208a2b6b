/** The admin page's own Content-Security-Policy and `_headers` rules, built with the site's CSP builder. */
import { cspString } from '../lib/security.ts';
import { decapAssetsDir, type DecapSettings } from './settings.ts';

/**
 * The CSP of /admin/, laxer than the site's on three points, each measured in Chromium (default-src
 * 'none', then what Decap needs): Ajv, which validates Decap's configuration, compiles its validators
 * with new Function (script-src 'unsafe-eval'); Decap injects its styles (style-src 'unsafe-inline');
 * it shows uploaded images from blob: URLs (img-src blob:). It talks to the Git host's API
 * (connect-src) and shows the signed-in user's avatar (img-src). No font, frame, worker or form.
 */
export function adminCsp(settings: DecapSettings): Record<string, string[]> {
  const hosts: string[] = [];
  const images: string[] = [];
  if (settings.backend === 'github') {
    hosts.push(settings.apiRoot ? new URL(settings.apiRoot).origin : 'https://api.github.com');
    images.push('https://avatars.githubusercontent.com');
  }
  if (settings.backend === 'gitlab' && settings.gitlabUrl) {
    hosts.push(new URL(settings.gitlabUrl).origin);
    if (settings.apiRoot) hosts.push(new URL(settings.apiRoot).origin);
    images.push(new URL(settings.gitlabUrl).origin, 'https://secure.gravatar.com');
  }
  if (settings.localBackend) hosts.push(new URL(settings.localBackend).origin);
  const unique = (list: string[]) => [...new Set(list)];
  return {
    'default-src': ["'none'"],
    'script-src': ["'self'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': unique(["'self'", 'data:', 'blob:', ...images]),
    'connect-src': unique(["'self'", ...hosts]),
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
}

/**
 * The `_headers` rules of the admin page (Netlify syntax: for one path, a later rule's header replaces
 * an earlier one's), appended after the site-wide rules, whose CSP would stop the editor. The popup
 * of GitHub's sign-in talks back to the page, hence Cross-Origin-Opener-Policy: same-origin-allow-popups.
 */
export function adminHeaders(settings: DecapSettings, base: string, version: string): string {
  const b = base.replace(/\/?$/, '/');
  return [
    '# Éditeur web : sa propre politique (src/editor/csp.ts, ajoutée par src/editor/integration.ts).',
    // "! Name" detaches the site-wide values on Cloudflare Pages, which would otherwise join them.
    `${b}admin/*`,
    '  ! Content-Security-Policy',
    '  ! Cross-Origin-Opener-Policy',
    '  ! Cache-Control',
    `  Content-Security-Policy: ${cspString({ ...adminCsp(settings), 'frame-ancestors': ["'none'"] })}`,
    '  Cross-Origin-Opener-Policy: same-origin-allow-popups',
    '  Cache-Control: no-cache',
    `${b}${decapAssetsDir(version)}*`,
    '  ! Cache-Control',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
