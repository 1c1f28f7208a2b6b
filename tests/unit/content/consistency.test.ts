/**
 * What a careful reader checks across pages, on the real corpus: a case study's written duration against its
 * dates, a method's written duration against its `duree`. (A lab page and its case study describing the same
 * service cannot be compared by a machine: those texts were fixed by hand.)
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { durationMismatch, methodDurationMismatch, projectDurationClaims } from '../../support/consistency.ts';
import { schemas, type MethodeData, type ProjetData } from '../../../src/model/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const corpus = loadCorpus(ROOT, schemas);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ');

describe('la cohérence du corpus', () => {
  it('lit les durées écrites d’un projet', () => {
    expect(projectDurationClaims('Au bout de neuf mois, les partenaires ont arrêté.', [])).toEqual([9]);
    expect(projectDurationClaims('', [{ valeur: '9 mois', libelle: 'durée du pilote avant son arrêt' }])).toEqual([9]);
    expect(projectDurationClaims('', [{ valeur: '7 mois', libelle: 'd’accompagnement par projet' }])).toEqual([]);
  });

  it('repère une durée contredite par les dates (9 mois pour 2025-02-03 → 2026-01-30)', () => {
    const p = { debut: new Date('2025-02-03'), fin: new Date('2026-01-30'), chiffres: [] };
    expect(durationMismatch(p, 'Au bout de neuf mois, les partenaires ont décidé de l’arrêter.')).toEqual({ claimed: 9, dates: 11 });
    expect(durationMismatch({ ...p, fin: new Date('2025-11-03') }, 'Au bout de neuf mois.')).toBeUndefined();
  });

  it('repère une durée de méthode contredite par son champ duree (45 à 60 minutes pour 45 à 90)', () => {
    expect(methodDurationMismatch({ min: 45, max: 90, unite: 'minutes' }, 'Un entretien de 45 à 60 minutes.')).toEqual({
      written: '45 à 60 minutes',
      duree: '45 à 90 minutes',
    });
    expect(methodDurationMismatch({ min: 45, max: 90, unite: 'minutes' }, 'Un entretien de 45 à 90 minutes.')).toBeUndefined();
  });

  it('aucune étude de cas du corpus n’écrit une durée que ses dates contredisent', () => {
    const wrong = corpus.entries.projets.flatMap((e) => {
      const m = durationMismatch(e.data as ProjetData, text(e.html));
      return m ? [`${e.file} : ${m.claimed} mois écrits, ${m.dates} mois entre debut et fin`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('aucune méthode du corpus n’écrit une durée que son champ duree contredit', () => {
    const wrong = corpus.entries.methodes.flatMap((e) => {
      const d = e.data as MethodeData;
      const m = methodDurationMismatch(d.duree, [d.resume, d.quandUtiliser, text(e.html)].join(' '));
      return m ? [`${e.file} : « ${m.written} » écrit, duree = ${m.duree}`] : [];
    });
    expect(wrong).toEqual([]);
  });
});
