import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/graph.ts';
import { label } from '../../../src/lib/labels.ts';
import { corpus, lab, methode, projet, theme } from '../../support/entries.ts';

const g = buildGraph(
  corpus({
    labs: [lab('ti-lab', '53')],
    methodes: [methode('personas')],
    thematiques: [theme('emploi')],
    projets: [projet('p', { lab: 'ti-lab' })],
  }),
);

describe('le nom d’un identifiant', () => {
  it('lit les listes fermées du modèle et les régions', () => {
    expect(label('statut', 'deploye')).toBe('Déployé');
    expect(label('phase', 'definir')).toBe('Définir');
    expect(label('public', 'elus')).toBe('Élus');
    expect(label('difficulte', 'avance')).toBe('Avancé');
    expect(label('unite', 'jours')).toBe('jours');
    expect(label('region', '04')).toBe('La Réunion');
  });

  it('lit le nom des fiches référencées dans le corpus', () => {
    expect(label('thematique', 'emploi', g)).toBe('Thème emploi');
    expect(label('lab', 'ti-lab', g)).toBe('ti-lab');
    expect(label('methode', 'personas', g)).toBe('Méthode personas');
    expect(label('projet', 'p', g)).toBe('Projet p');
  });

  it('rend l’identifiant tel quel quand le corpus ne le connaît pas', () => {
    expect(label('thematique', 'inconnue', g)).toBe('inconnue');
    expect(label('region', '99')).toBe('99');
  });
});
