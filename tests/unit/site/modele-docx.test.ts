/** The Word file of a template is the same at every build: no build time in its archive or its properties. */
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { templateDocx } from '../../../src/lib/modele-docx.ts';

const SHEET = {
  titre: 'Guide d’entretien',
  resume: 'Les questions d’un entretien avec un usager.',
  papier: 'A4',
  orientation: 'portrait',
  body: '## Accueil\n\n- Se présenter\n\n| Question | Réponse |\n| --- | --- |\n| Votre démarche ? | |\n',
  url: 'https://exemple.gouv.fr/modeles/guide-entretien/',
} as const;

afterEach(() => {
  vi.useRealTimers();
});

describe('le fichier Word d’un modèle', () => {
  it('a les mêmes octets à chaque construction', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-03T10:00:00Z'));
    const first = await templateDocx(SHEET);
    vi.setSystemTime(new Date('2027-06-15T18:30:00Z'));
    const second = await templateDocx(SHEET);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('reste un document lisible, sans date de création inventée', async () => {
    const files = unzipSync(await templateDocx(SHEET));
    expect(strFromU8(files['word/document.xml'] as Uint8Array)).toContain('Guide d’entretien');
    const core = strFromU8(files['docProps/core.xml'] as Uint8Array);
    expect(core).toContain('<dc:title>Guide d’entretien</dc:title>');
    expect(core).not.toMatch(/dcterms:(created|modified)/);
  });
});
