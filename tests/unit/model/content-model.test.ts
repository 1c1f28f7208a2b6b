import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MINIMAL, problemsOf, replaceLine } from '../../support/corpus.ts';

const PROJET = 'content/projets/accueil.mdx';

describe('le contenu valide', () => {
  it('passe sans aucun problème', () => {
    expect(problemsOf({}).lines).toEqual([]);
  });
});

describe('les erreurs de contenu nomment le fichier, la ligne, le champ et la correction', () => {
  // What the test is about, the change made to the minimal case study, and the one line the checker prints.
  it.each<[string, (old: string) => string, string]>([
    [
      'un champ obligatoire manquant',
      replaceLine('statut:', ''),
      'content/projets/accueil.mdx:2:1 — champ « statut » : champ obligatoire manquant.\n    → Ajoutez la ligne « statut: … » avec l’une des valeurs : idee, en-cours, experimentation, deploye, essaime, arrete.',
    ],
    [
      'une clé inconnue',
      replaceLine('statut:', 'statut: en-cours\nthematique: design'),
      'content/projets/accueil.mdx:12:1 — champ « thematique » : clé inconnue « thematique ».\n    → Vérifiez l’orthographe (accents et majuscules comprises) ou supprimez cette ligne ; les clés possibles sont décrites dans CONTRIBUTING.md.',
    ],
    [
      'une référence à un lab qui n’existe pas',
      replaceLine('lab:', 'lab: lab-tst'),
      'content/projets/accueil.mdx:4:1 — champ « lab » : « lab-tst » ne correspond à aucune fiche de labs.\n    → Vouliez-vous dire « lab-test » ? Sinon, créez la fiche content/labs/lab-tst.mdx.',
    ],
    [
      'une référence à une méthode qui n’existe pas',
      replaceLine('  - entretien', '  - atelier-inconnu'),
      'content/projets/accueil.mdx:8:5 — champ « methodes.0 » : « atelier-inconnu » ne correspond à aucune fiche de methodes.\n    → Créez la fiche content/methodes/atelier-inconnu.mdx, ou corrigez l’identifiant (nom du fichier sans extension).',
    ],
    [
      'une date impossible (2025-02-30) n’est pas décalée au 2 mars',
      replaceLine('publie:', 'publie: 2025-02-30'),
      'content/projets/accueil.mdx:13:1 — champ « publie » : le texte « 2025-02-30 » : cette date n’existe pas dans le calendrier.\n    → Vérifiez le jour et le mois (avril, juin, septembre et novembre ont 30 jours, février 28 ou 29).',
    ],
    [
      'une image sans texte alternatif',
      replaceLine('statut:', 'statut: en-cours\nimage:\n  src: /images/photo.webp'),
      'content/projets/accueil.mdx:12:1 — champ « image.alt » : champ obligatoire manquant.\n    → Ajoutez la ligne « alt: … » avec un texte.',
    ],
    [
      'une image sans texte alternatif dans le corps',
      (old) => old.replace('## Résultats\n\nTexte.', '## Résultats\n\n![](/images/photo.webp)'),
      'content/projets/accueil.mdx:27:1 — image sans texte alternatif : « /images/photo.webp ».\n    → Décrivez l’image entre les crochets : ![Ce que montre l’image](chemin).',
    ],
    [
      'une valeur hors de sa liste',
      replaceLine('statut:', 'statut: fini'),
      'content/projets/accueil.mdx:11:1 — champ « statut » : valeur « fini » non reconnue.\n    → Choisissez l’une des valeurs : idee, en-cours, experimentation, deploye, essaime, arrete.',
    ],
  ])('%s', (_, change, expected) => {
    expect(problemsOf({ [PROJET]: change }).lines).toEqual([expected]);
  });

  it('signale tous les problèmes d’un coup, pas seulement le premier', () => {
    const { problems } = problemsOf({
      [PROJET]: (old) => replaceLine('statut:', 'statut: fini')(replaceLine('lab:', 'lab: inconnu')(old)),
      'content/methodes/entretien.mdx': replaceLine('phase:', 'phase: explorer'),
      'content/labs/lab-test.md': replaceLine('region:', 'region: "99"'),
    });
    expect(problems.map((p) => `${p.file} ${p.field}`).sort()).toEqual([
      'content/labs/lab-test.md region',
      'content/methodes/entretien.mdx phase',
      'content/projets/accueil.mdx statut',
    ]);
  });
});

describe('les lignées d’essaimage', () => {
  it('refusent un projet qui s’essaime lui-même, et un cercle entre deux projets, en nommant les deux fichiers', () => {
    const second = (old: string) =>
      old
        .replace('titre: Un accueil plus simple', 'titre: Un accueil repris')
        .replace('statut: en-cours', 'statut: en-cours\nessaimeDepuis: accueil');
    const { lines } = problemsOf({
      'content/projets/copie.mdx': second(readFileSync(`${MINIMAL}/content/projets/accueil.mdx`, 'utf8')),
      'content/projets/accueil.mdx': replaceLine('statut:', 'statut: en-cours\nessaimeDepuis: copie'),
    });
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toContain('content/projets/accueil.mdx');
      expect(line).toContain('content/projets/copie.mdx');
      expect(line).toMatch(/^content\/projets\/(accueil|copie)\.mdx:12:1 — champ « essaimeDepuis »/);
    }
    const self = problemsOf({ 'content/projets/accueil.mdx': replaceLine('statut:', 'statut: en-cours\nessaimeDepuis: accueil') }).lines;
    expect(self).toHaveLength(1);
    expect(self[0]).toMatch(/^content\/projets\/accueil\.mdx:12:1 — champ « essaimeDepuis »/);
  });
});
