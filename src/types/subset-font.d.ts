/** subset-font 2 ships no types (and @types/subset-font stops at 2.3): the options src/integrations/fonts.ts uses. */
declare module 'subset-font' {
  interface SubsetFontOptions {
    /** Output format; the input's by default. */
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    /** OpenType features kept (hb-subset --layout-features); all by default. */
    keepFeatures?: string[];
    /** Drops hinting instructions (hb-subset --no-hinting). */
    noHinting?: boolean;
  }
  /** A copy of the font holding only the glyphs of `text` (and those its kept features reach). */
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetFontOptions): Promise<Uint8Array>;
}
