/** Which link and image addresses a contributor may write. */

/** Browsers ignore control characters and white space inside a scheme ("java\tscript:"), so do we. */
function normalise(url: string): string {
  return url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
}

export type UrlKind = 'web' | 'mailto' | 'tel' | 'relative' | 'anchor';

/** The kind of a safe address, or null when the address is not allowed (javascript:, data:, //host…). */
export function classifyUrl(url: string): UrlKind | null {
  const u = normalise(url);
  if (u.startsWith('#')) return 'anchor';
  if (u.startsWith('//') || u.startsWith('\\') || u.startsWith('/\\')) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(u);
  if (!scheme) return 'relative';
  switch (scheme[1]) {
    case 'http':
    case 'https':
      return 'web';
    case 'mailto':
      return 'mailto';
    case 'tel':
      return 'tel';
    default:
      return null;
  }
}
