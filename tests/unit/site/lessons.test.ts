import { describe, expect, it } from 'vitest';
import { BLOCAGES, groupLessons, LEVIERS, lessonOf, normalize, type LessonRule } from '../../../src/lib/lessons.ts';

const p = (id: string) => ({ id });
const RULES: LessonRule[] = [
  { libelle: 'Associer les usagers', motifs: ['usagers', 'personnes concernees', 'habitants'] },
  { libelle: 'Tester tôt', motifs: ['\\btest'] },
];

describe('les enseignements des études de cas', () => {
  it('compare les phrases sans casse, sans accents, apostrophes redressées', () => {
    expect(normalize('  L’Évaluation   prévue ')).toBe("l'evaluation prevue");
  });

  it('fusionne les phrases qui disent la même chose avec d’autres mots, et compte les projets', () => {
    const groups = groupLessons(
      [
        { projet: p('a'), phrases: ['Des usagers associés dès le départ', 'Des tests sur téléphone'] },
        { projet: p('b'), phrases: ['Des personnes concernées associées à la conception'] },
        { projet: p('c'), phrases: ['Une place réelle donnée aux Habitants'] },
      ],
      RULES,
    );
    expect(groups.map((g) => [g.libelle, g.projets.map((x) => x.id)])).toEqual([
      ['Associer les usagers', ['a', 'b', 'c']],
      ['Tester tôt', ['a']],
    ]);
    expect(groups[0]?.phrases.map((x) => x.texte)).toEqual([
      'Des usagers associés dès le départ',
      'Des personnes concernées associées à la conception',
      'Une place réelle donnée aux Habitants',
    ]);
  });

  it('compte une seule fois un projet qui dit deux fois la même chose', () => {
    const [group] = groupLessons([{ projet: p('a'), phrases: ['Des usagers écoutés', 'Des habitants associés'] }], RULES);
    expect(group?.projets).toHaveLength(1);
    expect(group?.phrases).toHaveLength(2);
  });

  it('laisse telles quelles les phrases que le vocabulaire ne reconnaît pas, en fusionnant les identiques', () => {
    const groups = groupLessons(
      [
        { projet: p('a'), phrases: ['Un vote sur le temps scolaire'] },
        { projet: p('b'), phrases: ['Un vote sur le temps  scolaire'] },
        { projet: p('c'), phrases: ['Des usagers écoutés'] },
      ],
      RULES,
    );
    expect(groups.map((g) => [g.libelle, g.canonique, g.projets.length])).toEqual([
      ['Un vote sur le temps scolaire', false, 2],
      ['Associer les usagers', true, 1],
    ]);
  });

  it('range les leçons les plus partagées d’abord, les leçons reconnues avant les phrases libres à égalité', () => {
    const groups = groupLessons([{ projet: p('a'), phrases: ['Zèbre', 'Des tests', 'Abeille'] }], RULES);
    expect(groups.map((g) => g.libelle)).toEqual(['Tester tôt', 'Abeille', 'Zèbre']);
  });

  it('fusionne avec le vocabulaire du site des leviers et blocages réels du corpus', () => {
    const same = (rules: LessonRule[] | readonly LessonRule[], a: string, b: string) =>
      expect(lessonOf(a, rules).key).toBe(lessonOf(b, rules).key);
    same(LEVIERS, 'Des questions formulées en commun avant de chercher des solutions', 'Des questions de départ formulées avec soin');
    same(LEVIERS, "L'expérience partagée par l'équipe de LaBase", "La trame et le déroulé transmis par LAB'L");
    same(LEVIERS, 'Une évaluation prévue avant le lancement', 'Un suivi prévu avant même la journée');
    same(LEVIERS, 'Le soutien affiché des directions', "L'appui des directions régionales");
    same(BLOCAGES, 'La fatigue des bénévoles sur la durée', "L'épuisement des bénévoles au fil des semaines");
    same(BLOCAGES, 'Des formats d’offre imposés par les plateformes', 'Des plateformes de publication au format imposé');
    same(BLOCAGES, 'La rotation des secrétaires de mairie', 'La rotation des agents qui fragilise le réseau');
    expect(lessonOf('Une direction prête à tester avant de réorganiser', LEVIERS).libelle).toMatch(/soutien/);
    expect(lessonOf('Une équipe de laboratoire encore récente', BLOCAGES)).toEqual({
      key: 'une equipe de laboratoire encore recente',
      libelle: 'Une équipe de laboratoire encore récente',
      canonique: false,
    });
  });
});
