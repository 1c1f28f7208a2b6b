/**
 * Marianne, cut to the characters of French text. DSFR ships each Marianne face whole (about 58 KB in woff2: Latin,
 * Greek, Cyrillic, fractions, alternates…); a page in French needs 40 % of it. The build writes, beside each DSFR face, a copy holding
 * only the ranges below, declared after DSFR's own @font-face with the same family, weight and style and a
 * `unicode-range`: the browser takes the small file for French text and fetches DSFR's whole face only for a page
 * that has a character outside these ranges, so no glyph is ever lost (CSS Fonts 4, "composite fonts").
 */

/** The code point ranges of the small files: Basic Latin, Latin-1, œ/Œ, Ÿ, ı, modifier letters, general punctuation
 *  (’ — … and the narrow no-break space of French typography), €, ™, arrows ← ↑ → ↓ and the minus sign. */
export const FRENCH_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x00ff],
  [0x0131, 0x0131],
  [0x0152, 0x0153],
  [0x0178, 0x0178],
  [0x02bb, 0x02bc],
  [0x02c6, 0x02c6],
  [0x02da, 0x02da],
  [0x02dc, 0x02dc],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
];

/** The OpenType features kept: those browsers apply by default (kerning, ligatures, contextual forms, accents), and
 *  tabular figures, which Chromium gives to list numbers (::marker). Neither DSFR nor site.css asks for another
 *  (font-feature-settings, font-variant-*): fractions, ordinals and alternates were a quarter of each file. Pages
 *  drawn with these files and with DSFR's whole faces are identical, pixel for pixel. */
export const DEFAULT_FEATURES: readonly string[] = ['kern', 'liga', 'clig', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'rlig', 'tnum'];

/** A DSFR Marianne face: its file in @gouvfr/dsfr/dist/fonts (without extension), weight and style. */
export interface Face {
  file: string;
  weight: 300 | 400 | 500 | 700;
  style: 'normal' | 'italic';
}

/** The Marianne faces DSFR declares (core.main.css), all four weights upright and italic. */
export const MARIANNE_FACES: readonly Face[] = (
  [
    ['Light', 300],
    ['Regular', 400],
    ['Medium', 500],
    ['Bold', 700],
  ] as const
).flatMap(([name, weight]) => [
  { file: `Marianne-${name}`, weight, style: 'normal' as const },
  { file: `Marianne-${name}_Italic`, weight, style: 'italic' as const },
]);

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

/** The CSS `unicode-range` value of a list of ranges: `U+0000-00FF, U+0131, …`. */
export function unicodeRange(ranges: readonly (readonly [number, number])[]): string {
  return ranges.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(', ');
}

/** Every character of the ranges, as the text the subsetter keeps (control characters left out: no glyph). */
export function charactersOf(ranges: readonly (readonly [number, number])[]): string {
  let text = '';
  for (const [from, to] of ranges)
    for (let code = Math.max(from, 0x20); code <= to; code++) if (code < 0x7f || code >= 0xa0) text += String.fromCodePoint(code);
  return text;
}

/** The @font-face rule of a face's small file, `url` being where the stylesheet finds it. */
export function subsetFaceRule(face: Face, url: string): string {
  return `@font-face{font-display:swap;font-family:Marianne;font-style:${face.style};font-weight:${face.weight};src:url(${JSON.stringify(url)}) format("woff2");unicode-range:${unicodeRange(FRENCH_RANGES)}}`;
}

/** The faces of every page's first screen (text, navigation, titles): announced in each page's head (preload), so that
 *  they arrive with the stylesheet and the first layout is Marianne's. Otherwise the first layout is the fallback's,
 *  and a line that fits in Marianne but not in the fallback (a row of badges, 7 px too wide at 380 px) moves the page
 *  when the font arrives (a generated case study at 10 000: CLS 0.16, Lighthouse 93 → 100 with the preload). */
export const isFirstScreenFace = (face: Face): boolean => face.style === 'normal' && face.weight >= 400;
