/**
 * The second wall behind the contribution guard: a strict Content-Security-Policy, the same in the
 * pages' meta tag and in the hosts' headers file. Pagefind's WebAssembly needs 'wasm-unsafe-eval'.
 */

type Directives = Record<string, string[]>;

export const CSP: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Directives a meta tag cannot carry (browsers ignore them there): only in the HTTP header. */
const HEADER_ONLY: Directives = { 'frame-ancestors': ["'none'"] };

export function cspString(directives: Directives = CSP): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The CSP sent as a header by static hosts: the meta policy plus header-only directives. */
export function cspHeader(): string {
  return cspString({ ...CSP, ...HEADER_ONLY });
}

/** Security and cache headers for every response, as `_headers` (Netlify, Cloudflare Pages) lines. */
export function headersFile(base: string): string {
  const b = base.replace(/\/?$/, '/');
  const security = [
    `  Content-Security-Policy: ${cspHeader()}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  X-Frame-Options: DENY',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '  Cross-Origin-Opener-Policy: same-origin',
  ];
  return [
    '# Généré à la construction par src/integrations/headers.ts (src/lib/security.ts).',
    `${b}*`,
    ...security,
    '  Cache-Control: public, max-age=300, must-revalidate',
    // "! Name" detaches the site-wide value on Cloudflare Pages, which would otherwise join both;
    // Netlify lets the later rule win and ignores the line.
    `${b}_assets/*`,
    '  ! Cache-Control',
    '  Cache-Control: public, max-age=31536000, immutable',
    `${b}pagefind/*`,
    '  ! Cache-Control',
    '  Cache-Control: public, max-age=3600',
    '',
  ].join('\n');
}
