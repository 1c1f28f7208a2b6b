/** Every impact figure cites one of the entry's sources or says it is an example: otherwise a French error with file, line and fix. */
import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../support/corpus.ts';

const withFigures = (figures: string, sources = '') => (old: string) =>
  old.replace(/^auteurs:/m, `${sources}chiffres:\n${figures}auteurs:`);

describe('provenance des chiffres', () => {
  it('refuse un chiffre sans source ni mention d’exemple, avec le fichier, la ligne et la correction', () => {
    const { problems, lines } = problemsOf({
      'content/projets/accueil.mdx': withFigures('  - valeur: "80"\n    libelle: "places ouvertes"\n'),
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/projets\/accueil\.mdx:\d+:\d+ — champ « chiffres\.0 » : .*chiffre sans source ni mention d’exemple/);
    expect(problems[0]?.fix).toContain('« source: 1 »');
    expect(problems[0]?.fix).toContain('« exemple: true »');
    expect(problems[0]?.line).toBeGreaterThan(1);
  });

  it('accepte un chiffre donné en exemple, et un chiffre qui cite une source de la fiche', () => {
    const { lines } = problemsOf({
      'content/projets/accueil.mdx': withFigures(
        '  - valeur: "80"\n    libelle: "places"\n    exemple: true\n  - valeur: "186"\n    libelle: "résidents"\n    source: 1\n',
        'sources:\n  - titre: "Coco Velten"\n    url: https://cocovelten.org/\n',
      ),
    });
    expect(lines).toEqual([]);
  });

  it('refuse un numéro de source au-delà de la liste, en disant combien la fiche en a', () => {
    const { lines, problems } = problemsOf({
      'content/projets/accueil.mdx': withFigures(
        '  - valeur: "186"\n    libelle: "résidents"\n    source: 2\n',
        'sources:\n  - titre: "Coco Velten"\n    url: https://cocovelten.org/\n',
      ),
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/champ « chiffres\.0\.source » : .*la source n° 2 n’existe pas : la fiche en a 1/);
    expect(problems[0]?.fix).toContain('de 1 à 1');
  });

  it('refuse un chiffre à la fois sourcé et donné en exemple', () => {
    const { lines } = problemsOf({
      'content/projets/accueil.mdx': withFigures(
        '  - valeur: "186"\n    libelle: "résidents"\n    source: 1\n    exemple: true\n',
        'sources:\n  - titre: "Coco Velten"\n    url: https://cocovelten.org/\n',
      ),
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('à la fois sourcé et donné en exemple');
  });

  it('refuse une source sans adresse https', () => {
    const { lines } = problemsOf({
      'content/projets/accueil.mdx': withFigures(
        '  - valeur: "186"\n    libelle: "résidents"\n    source: 1\n',
        'sources:\n  - titre: "Coco Velten"\n    url: http://cocovelten.org/\n',
      ),
    });
    expect(lines.join('\n')).toContain('sources.0.url');
  });
});
