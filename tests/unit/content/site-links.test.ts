/**
 * Links to the site's own pages and files, in a body or in a field (an event's supports): a renamed or
 * mistyped entry, a draft, a missing file of public/ is a French problem at its line, not a broken link
 * found by a reader.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { collectionInfo, COLLECTIONS } from '../../../src/model/collections.ts';
import { schemas } from '../../../src/model/index.ts';
import { makeCorpus, problemsOf } from '../../support/corpus.ts';

/** The problems of the minimal corpus with one event added. */
function withEvent(name: string, text: string): string[] {
  const root = makeCorpus();
  try {
    mkdirSync(path.join(root, 'content/evenements'));
    writeFileSync(path.join(root, 'content/evenements', name), text);
    return loadCorpus(root, schemas).problems.map(formatProblem);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const PRATIQUE = 'content/pratiques/ecouter.mdx';
const withBody = (body: string) => (old: string) => old.replace('Texte.', body);

const EVENT = `---
titre: Webinaire de test
resume: Un webinaire pour les tests.
type: webinaire
format: en-ligne
debut: 2026-12-10T14:00
fin: 2026-12-10T15:00
organisateurs:
  - lab-test
public:
  - agents
inscription: /agenda/exemple/
exemple: true
supports:
  - titre: Grille d'entretien
    url: /images/grille.pdf
publie: 2026-11-20
---
## Programme

Le programme.
`;

describe('les liens vers les pages et fichiers du site', () => {
  it('un lien vers une fiche qui existe, vers un fichier de public/ ou vers une autre page passe', () => {
    const body = 'Voir [la méthode](/methodes/entretien/#etapes), [l’image](/images/photo.webp), [l’agenda](/agenda/) et [la carte](/labs/).';
    expect(problemsOf({ [PRATIQUE]: withBody(body) }).lines).toEqual([]);
  });

  it('un lien du texte vers une fiche qui n’existe pas donne sa ligne et la fiche la plus proche', () => {
    expect(problemsOf({ [PRATIQUE]: withBody('Voir [la méthode](/methodes/entretiens/).') }).lines).toEqual([
      'content/pratiques/ecouter.mdx:16:6 — lien vers une page qui n’existe pas : « /methodes/entretiens/ » (aucune fiche « entretiens » dans content/methodes/).\n    → Vouliez-vous dire « /methodes/entretien/ » ?',
    ]);
  });

  it('un lien vers une fiche en brouillon', () => {
    const lines = problemsOf({
      [PRATIQUE]: withBody('Voir [le projet](/projets/accueil/).'),
      'content/projets/accueil.mdx': (old) => old.replace(/^---\n/, '---\nbrouillon: true\n'),
    }).lines;
    expect(lines.filter((l) => l.includes('/projets/accueil/'))).toEqual([
      'content/pratiques/ecouter.mdx:16:6 — lien vers un brouillon : « /projets/accueil/ » ; la page n’existera pas une fois cette fiche publiée.\n    → Publiez d’abord content/projets/accueil.mdx (retirez « brouillon: true »), ou retirez ce lien.',
    ]);
  });

  it('un support d’événement qui mène à un fichier absent nomme le champ', () => {
    const lines = withEvent('webinaire.md', EVENT);
    expect(lines).toEqual([
      'content/evenements/webinaire.md:16:5 — champ « supports.0.url » : lien vers un fichier absent : « /images/grille.pdf » (aucun fichier public/images/grille.pdf).\n    → Ajoutez le fichier public/images/grille.pdf dans votre proposition, ou corrigez l’adresse.',
    ]);
  });

  it('une fiche ne peut pas prendre le nom d’une page du site', () => {
    const lines = withEvent('exemple.md', EVENT.replace('/images/grille.pdf', '/images/photo.webp'));
    expect(lines).toEqual([
      'content/evenements/exemple.md — le nom de fichier « exemple » est pris par une page du site (/agenda/exemple/).\n    → Renommez le fichier : son nom devient l’adresse de la page.',
    ]);
  });
});

describe('les dossiers de pages que le contrôle connaît', () => {
  it('sont ceux du site : une page par fiche, et les autres pages nommées existent', () => {
    for (const collection of COLLECTIONS) {
      const { pages, otherPages = [] } = collectionInfo(collection);
      if (!pages) continue;
      const folder = path.resolve(import.meta.dirname, '../../../src/pages', pages);
      expect(existsSync(path.join(folder, '[id].astro')), `src/pages/${pages}/[id].astro`).toBe(true);
      for (const name of otherPages) expect(existsSync(path.join(folder, `${name}.astro`)), `src/pages/${pages}/${name}.astro`).toBe(true);
    }
  });
});
