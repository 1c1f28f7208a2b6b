/**
 * Bad agenda input: each case is a French problem naming the file, the line, the field and the fix
 * (issue 15). A valid event, training and edition are added to the minimal corpus, then one is broken.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { schemas } from '../../../src/model/index.ts';
import { makeCorpus } from '../../support/corpus.ts';

const FORMATION = `---
titre: Initiation
resume: Deux jours pour découvrir le design de services.
objectifs:
  - Observer les usagers
duree: 2 jours
heures: 14
public:
  - agents
labs:
  - lab-test
modalites: En présentiel.
publie: 2026-09-01
---
## Programme

Le programme.
`;

const TEMPS_FORT = `---
titre: Mois de l'innovation publique 2020
resume: Le premier Mois.
serie: mois-innovation-publique
debut: 2020-11-02
fin: 2020-11-30
organisateur: DITP
chiffres:
  - valeur: "57"
    nombre: 57
    libelle: événements
    source: 1
sources:
  - titre: Communiqué
    url: https://www.modernisation.gouv.fr/presse
publie: 2026-11-20
---
## L'édition

Le texte.
`;

/** A valid event; `fields` replaces or adds frontmatter lines (a value of null removes the key's line). */
function event(fields: Record<string, string | null> = {}): string {
  const base: Record<string, string> = {
    titre: 'Webinaire de test',
    resume: 'Un webinaire pour les tests.',
    type: 'webinaire',
    format: 'en-ligne',
    debut: '2026-12-10T14:00',
    fin: '2026-12-10T15:00',
    organisateurs: '\n  - lab-test',
    public: '\n  - agents',
    inscription: 'https://www.demarches-simplifiees.fr/commencer/test',
    tempsFort: 'mois-2020',
    sources: '\n  - titre: Annonce\n    url: https://www.modernisation.gouv.fr/',
    publie: '2026-11-20',
  };
  const merged = { ...base, ...fields };
  const lines = Object.entries(merged)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n## Programme\n\nLe programme.\n`;
}

function check(files: Record<string, string>): string[] {
  const root = makeCorpus();
  try {
    for (const dir of ['evenements', 'formations', 'temps-forts']) mkdirSync(path.join(root, 'content', dir), { recursive: true });
    writeFileSync(path.join(root, 'content/formations/initiation.md'), FORMATION);
    writeFileSync(path.join(root, 'content/temps-forts/mois-2020.md'), TEMPS_FORT);
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(root, file), text);
    return loadCorpus(root, schemas).problems.map(formatProblem);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const E = 'content/evenements/webinaire.md';

describe('agenda : les erreurs de contenu nomment le fichier, la ligne, le champ et la correction', () => {
  it('un événement, une formation et un temps fort valides passent', () => {
    expect(check({ [E]: event() })).toEqual([]);
  });

  it('une fin avant le début', () => {
    expect(check({ [E]: event({ fin: '2026-12-10T13:00' }) })).toEqual([
      expect.stringMatching(/^content\/evenements\/webinaire\.md:7:1 — champ « fin » : .*la fin précède le début[\s\S]*→ Corrigez « debut » ou « fin »/),
    ]);
  });

  it('une date impossible', () => {
    const [line] = check({ [E]: event({ debut: '2026-02-30T14:00', fin: '2026-02-30T15:00' }) });
    expect(line).toMatch(/webinaire\.md:6:1 — champ « debut » : le texte « 2026-02-30T14:00 » : cette date n’existe pas dans le calendrier/);
  });

  it('une heure impossible', () => {
    expect(check({ [E]: event({ fin: '2026-12-10T25:00' }) })[0]).toMatch(/webinaire\.md:7:1 — champ « fin » : .*cette heure n’existe pas[\s\S]*de 00:00 à 23:59/);
  });

  it('une heure sautée au passage à l’heure d’été', () => {
    expect(check({ [E]: event({ debut: '2027-03-28T02:30', fin: '2027-03-28T04:00' }) })[0]).toMatch(
      /champ « debut » : .*cette heure n’existe pas à Paris ce jour-là/,
    );
  });

  it('une date sans heure là où il en faut une', () => {
    expect(check({ [E]: event({ fin: '2026-12-10' }) })[0]).toMatch(/webinaire\.md:7:1 — champ « fin » : .*heure de fin manquante alors que le début a une heure/);
    expect(check({ [E]: event({ debut: '2026-12-10', fin: null }) })[0]).toMatch(/champ « debut » : .*un événement en ligne a besoin d’une heure/);
    expect(check({ [E]: event({ fin: null }) })[0]).toMatch(/champ « fin » : .*heure de fin manquante pour un événement à heure fixe/);
  });

  it('un événement sur place sans lieu', () => {
    expect(check({ [E]: event({ format: 'sur-place' }) })[0]).toMatch(/webinaire\.md:2:1 — champ « lieu » : le texte « sur-place » : lieu manquant pour un événement sur place[\s\S]*Ajoutez « lieu: »/);
  });

  it('un événement en ligne avec une adresse', () => {
    const lieu = '\n  nom: Ti Lab\n  adresse: 5 rue Martenot\n  ville: Rennes\n  region: "53"';
    expect(check({ [E]: event({ lieu }) })[0]).toMatch(/webinaire\.md:\d+:1 — champ « lieu » : .*un événement en ligne n’a pas d’adresse[\s\S]*Retirez « lieu »/);
  });

  it('un lab inconnu', () => {
    expect(check({ [E]: event({ organisateurs: '\n  - lab-tset' }) })[0]).toMatch(
      /webinaire\.md:\d+:\d+ — champ « organisateurs\.0 » : « lab-tset » ne correspond à aucune fiche de labs\.[\s\S]*Vouliez-vous dire « lab-test »/,
    );
  });

  it('une méthode inconnue', () => {
    expect(check({ [E]: event({ methodes: '\n  - entretiens' }) })[0]).toMatch(/champ « methodes\.0 » : « entretiens » ne correspond à aucune fiche de methodes/);
  });

  it('une édition (temps fort) inconnue', () => {
    expect(check({ [E]: event({ tempsFort: 'mois-2021' }) })[0]).toMatch(
      /champ « tempsFort » : « mois-2021 » ne correspond à aucune fiche de temps-forts\.[\s\S]*Vouliez-vous dire « mois-2020 »/,
    );
  });

  it('une session dont la formation n’existe pas', () => {
    expect(check({ [E]: event({ type: 'formation', formation: 'initiaton' }) })[0]).toMatch(
      /champ « formation » : « initiaton » ne correspond à aucune fiche de formations\.[\s\S]*Vouliez-vous dire « initiation »/,
    );
    expect(check({ [E]: event({ type: 'formation' }) })[0]).toMatch(/champ « formation » : .*session sans formation/);
  });

  it('un lab inconnu dans une formation', () => {
    const broken = FORMATION.replace('  - lab-test', '  - lab-inconnu');
    expect(check({ [E]: event(), 'content/formations/initiation.md': broken })[0]).toMatch(
      /content\/formations\/initiation\.md:11:5 — champ « labs\.0 » : « lab-inconnu » ne correspond à aucune fiche de labs/,
    );
  });

  it('un lien d’inscription qui n’est pas en https', () => {
    expect(check({ [E]: event({ inscription: 'http://exemple.fr/inscription' }) })[0]).toMatch(
      /champ « inscription » : .*lien d’inscription non sécurisé[\s\S]*https:\/\//,
    );
  });

  it('un événement d’exemple qui mène à une vraie adresse', () => {
    expect(check({ [E]: event({ exemple: 'true' }) })[0]).toMatch(/champ « inscription » : .*un événement d’exemple ne doit pas mener à une vraie adresse/);
  });

  it('un statut « passé » écrit à la main', () => {
    expect(check({ [E]: event({ statut: 'passe' }) })[0]).toMatch(/champ « statut » : valeur « passe » non reconnue\.[\s\S]*prevu, complet, annule, reporte/);
  });

  it('un chiffre de temps fort sans source, ou avec une source qui n’existe pas', () => {
    expect(check({ 'content/temps-forts/mois-2020.md': TEMPS_FORT.replace('    source: 1\n', '') })[0]).toMatch(/champ « chiffres\.0\.source » : .*chiffre sans source ni mention d’exemple/);
    expect(check({ 'content/temps-forts/mois-2020.md': TEMPS_FORT.replace('source: 1', 'source: 2') })[0]).toMatch(
      /mois-2020\.md:\d+:\d+ — champ « chiffres\.0\.source » : « 2 » : la source n° 2 n’existe pas : la fiche en a 1/,
    );
  });
});
