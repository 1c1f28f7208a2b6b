/** Marianne cut to French: the ranges the browser is told, the characters kept, the files written once. */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutFaces } from '../../../src/integrations/fonts.ts';
import { charactersOf, FRENCH_RANGES, MARIANNE_FACES, subsetFaceRule, unicodeRange } from '../../../src/lib/fonts.ts';

const FRENCH = 'àâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ « Ça » l’été — 12 € … “ ” • → ';

describe('Marianne réduite au français', () => {
  it('garde chaque caractère d’un texte français, et pas le grec ni le cyrillique', () => {
    const kept = new Set(charactersOf(FRENCH_RANGES));
    for (const ch of FRENCH) expect(kept.has(ch), `${ch} U+${ch.codePointAt(0)?.toString(16)}`).toBe(true);
    for (const ch of 'Ωжα') expect(kept.has(ch)).toBe(false);
  });

  it('donne au navigateur les mêmes plages, dans la syntaxe de unicode-range', () => {
    expect(
      unicodeRange([
        [0, 0xff],
        [0x131, 0x131],
      ]),
    ).toBe('U+0000-00FF, U+0131');
    const rule = subsetFaceRule({ file: 'Marianne-Bold', weight: 700, style: 'normal' }, '../x/Marianne-Bold.fr.woff2');
    expect(rule).toContain('font-family:Marianne;font-style:normal;font-weight:700;src:url("../x/Marianne-Bold.fr.woff2") format("woff2")');
    expect(rule).toContain(`unicode-range:${unicodeRange(FRENCH_RANGES)}}`);
  });

  it('écrit des fichiers plus de deux fois plus légers que ceux du DSFR, une seule fois', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'carnet-fonts-'));
    const faces = MARIANNE_FACES.filter((f) => f.weight === 400);
    const files = await cutFaces(cache, faces);
    expect(files.size).toBe(2);
    for (const [face, file] of files) {
      const original = statSync(path.resolve('node_modules/@gouvfr/dsfr/dist/fonts', `${face.file}.woff2`)).size;
      expect(readFileSync(file).subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(statSync(file).size).toBeLessThan(original * 0.45);
    }
    const written = [...files.values()].map((f) => statSync(f).mtimeMs);
    await cutFaces(cache, faces);
    expect([...files.values()].map((f) => statSync(f).mtimeMs)).toEqual(written);
  });
});
