/**
 * Broken and hostile contributions (tests/fixtures/hostile/): each is refused with a French message
 * naming the file and the line, and the checker reports all of them in one run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemas } from '../../../src/model/index.ts';
import { loadCorpus, loadCorpusInParallel } from '../../../src/lib/content/corpus.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { makeCorpus } from '../../support/corpus.ts';

const HOSTILE = path.resolve(import.meta.dirname, '../../fixtures/hostile');

/** Fixture → where it goes, and the start of the expected "file:line — message". */
const EXPECTED: Record<string, { dir?: string; expect: string }> = {
  'import-esm.mdx': { expect: 'import-esm.mdx:15:1 — les lignes import et export sont interdites' },
  'export-esm.mdx': { expect: 'export-esm.mdx:17:1 — les lignes import et export sont interdites' },
  'expression-bloc.mdx': { expect: 'expression-bloc.mdx:17:1 — les expressions entre accolades { } sont interdites' },
  'expression-en-ligne.mdx': { expect: 'expression-en-ligne.mdx:17:17 — les expressions entre accolades { } sont interdites' },
  'balise-script.mdx': { expect: 'balise-script.mdx:17:1 — balise HTML <script> interdite' },
  'balise-iframe.mdx': { expect: 'balise-iframe.mdx:17:1 — balise HTML <iframe> interdite' },
  'attribut-evenement.mdx': { expect: 'attribut-evenement.mdx:17:1 — balise HTML <img> interdite' },
  'lab-html.md': { dir: 'labs', expect: 'lab-html.md:14:1 — le HTML brut est interdit' },
  'html-commentaire.mdx': { expect: 'html-commentaire.mdx:17:7 — les commentaires HTML <!-- … --> ne sont pas acceptés' },
  'composant-inconnu.mdx': { expect: 'composant-inconnu.mdx:17:1 — composant <Carte> inconnu' },
  'composant-prop-expression.mdx': {
    expect: 'composant-prop-expression.mdx:17:1 — <Encadre> : l’attribut « titre » doit être un texte entre guillemets',
  },
  'composant-spread.mdx': { expect: 'composant-spread.mdx:17:1 — <Encadre> : les attributs calculés ({...}) sont interdits' },
  'composant-prop-inconnue.mdx': { expect: 'composant-prop-inconnue.mdx:17:1 — <Encadre> : attribut « onClick » inconnu' },
  'composant-prop-manquante.mdx': { expect: 'composant-prop-manquante.mdx:17:1 — <Citation> : attribut obligatoire « auteur » manquant' },
  'composant-valeur-hors-liste.mdx': { expect: 'composant-valeur-hors-liste.mdx:17:1 — <Alerte> : valeur « danger » non reconnue' },
  'lien-javascript.mdx': { expect: 'lien-javascript.mdx:17:1 — adresse de lien non autorisée : « javascript:alert(1) »' },
  'lien-javascript-casse.mdx': { expect: 'lien-javascript-casse.mdx:17:1 — adresse de lien non autorisée : « JaVaScRiPt:alert(1) »' },
  'lien-caracteres-controle.mdx': {
    expect: 'lien-caracteres-controle.mdx:17:1 — adresse de lien non autorisée : « java\tscript:alert(1) »',
  },
  'lien-data.mdx': { expect: 'lien-data.mdx:17:1 — adresse de lien non autorisée : « data:text/html' },
  'lien-definition-vbscript.mdx': { expect: 'lien-definition-vbscript.mdx:19:1 — adresse de lien non autorisée : « vbscript:msgbox(1) »' },
  'lien-protocole-relatif.mdx': { expect: 'lien-protocole-relatif.mdx:17:1 — adresse de lien non autorisée : « //evil.example/x »' },
  'image-distante.mdx': { expect: 'image-distante.mdx:17:1 — image hors du dépôt : « https://evil.example/pixel.png »' },
  'image-svg.mdx': { expect: 'image-svg.mdx:17:1 — image SVG refusée' },
  'image-sans-alt.mdx': { expect: 'image-sans-alt.mdx:17:1 — image sans texte alternatif' },
  'image-introuvable.mdx': { expect: 'image-introuvable.mdx:17:1 — image introuvable : « /images/absente.webp »' },
  'image-hors-public.mdx': { expect: 'image-hors-public.mdx:17:1 — chemin d’image non valide : « ../../.env.png »' },
  'image-frontmatter-sans-alt.mdx': { expect: 'image-frontmatter-sans-alt.mdx:10:1 — champ « image.alt » : champ obligatoire manquant' },
  'titre-niveau-1.mdx': { expect: 'titre-niveau-1.mdx:17:1 — titre de niveau 1 (#) dans le corps' },
  'date-impossible.mdx': { expect: 'date-impossible.mdx:11:1 — champ « publie » : le texte « 2025-02-30 » : cette date n’existe pas' },
  'reference-inconnue.mdx': { expect: 'reference-inconnue.mdx:4:1 — champ « lab » : « lab-fantome » ne correspond à aucune fiche de labs' },
  'cle-inconnue.mdx': { expect: 'cle-inconnue.mdx:10:1 — champ « script » : clé inconnue « script »' },
  'yaml-tabulation.mdx': { expect: 'yaml-tabulation.mdx:8:1 — en-tête YAML illisible : une tabulation sert d’indentation' },
  'section-manquante.mdx': { expect: 'section-manquante.mdx:15:1 — sections manquantes : « ## Démarche », « ## Leviers »' },
  'titre-en-double.mdx': { expect: 'titre-en-double.mdx:2:1 — champ « titre » : même titre que content/projets/accueil.mdx' },
  'Nom-Accentué.mdx': { expect: 'Nom-Accentué.mdx — nom de fichier non valide' },
  'encodage-latin1.mdx': { expect: 'encodage-latin1.mdx:13:1 — encodage invalide : l’octet 194 n’est pas de l’UTF-8' },
  'fichier-vide.mdx': { expect: 'fichier-vide.mdx — fichier vide' },
  'doublon.md': { expect: 'doublon.mdx — même identifiant que content/projets/doublon.md' },
  'doublon.mdx': { expect: 'doublon.mdx — même identifiant que content/projets/doublon.md' },
};

function place(root: string, name: string): void {
  const dir = EXPECTED[name]?.dir ?? 'projets';
  cpSync(path.join(HOSTILE, name), path.join(root, 'content', dir, name));
}

function check(root: string): string[] {
  return loadCorpus(root, schemas).problems.map(formatProblem);
}

describe('contributions cassées ou hostiles', () => {
  it('chaque fixture a son message attendu', () => {
    expect(readdirSync(HOSTILE).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(readdirSync(HOSTILE).length).toBeGreaterThanOrEqual(25);
  });

  it.each(Object.keys(EXPECTED).filter((n) => !n.startsWith('doublon')))(
    '%s est refusée avec un message qui nomme le fichier et la ligne',
    (name) => {
      const root = makeCorpus();
      try {
        place(root, name);
        const lines = check(root);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain(EXPECTED[name]?.expect);
        expect(lines[0]).toMatch(/\n {4}→ \S/);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  );

  it('un .md et un .mdx de même nom ne perdent pas une fiche en silence', () => {
    const root = makeCorpus();
    try {
      place(root, 'doublon.md');
      place(root, 'doublon.mdx');
      expect(check(root)).toEqual([expect.stringContaining(EXPECTED['doublon.mdx']?.expect ?? '')]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuse les liens symboliques, les fichiers trop gros et les images hors budget', async () => {
    const root = makeCorpus();
    const sharp = (await import('sharp')).default;
    try {
      const projets = path.join(root, 'content/projets');
      symlinkSync('/etc/passwd', path.join(projets, 'lien.mdx'));
      writeFileSync(path.join(projets, 'enorme.mdx'), 'x'.repeat(250_000));
      mkdirSync(path.join(root, 'public/images'), { recursive: true });
      await sharp({ create: { width: 5000, height: 200, channels: 3, background: '#000091' } })
        .png()
        .toFile(path.join(root, 'public/images/large.png'));
      writeFileSync(path.join(root, 'public/images/lourde.png'), Buffer.alloc(1_200_000));
      const withImage = (src: string) => (old: string) => old.replace('## Résultats\n\nTexte.', `## Résultats\n\n![Une image](${src})`);
      writeFileSync(path.join(projets, 'accueil.mdx'), withImage('/images/large.png')(readText(path.join(projets, 'accueil.mdx'))));
      const lines = check(root);
      expect(lines).toEqual([
        expect.stringContaining('content/projets/accueil.mdx:27:1 — image trop grande : « /images/large.png » mesure 5000 × 200 pixels'),
        expect.stringContaining('content/projets/enorme.mdx — fichier trop gros (250 Ko, 200 Ko au plus).'),
        expect.stringContaining('content/projets/lien.mdx — lien symbolique refusé'),
      ]);
      writeFileSync(
        path.join(projets, 'accueil.mdx'),
        readText(path.join(projets, 'accueil.mdx')).replace('/images/large.png', '/images/lourde.png'),
      );
      expect(check(root)[0]).toContain('image trop lourde : « /images/lourde.png » pèse 1200 Ko (1000 Ko au plus).');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('le vérificateur les signale toutes en une seule exécution, en sortie d’erreur et avec le code 1', () => {
    const root = makeCorpus();
    try {
      for (const name of Object.keys(EXPECTED)) place(root, name);
      const run = spawnSync(process.execPath, ['scripts/check-content.ts', root], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      for (const [name, { expect: text }] of Object.entries(EXPECTED)) expect(run.stderr, name).toContain(text);
      expect(run.stderr).toMatch(/^\d+ problèmes dans \d+ fichiers :/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('sur deux fils (grands corpus), donne les mêmes problèmes, avec leurs lignes, dans le même ordre', async () => {
    const root = makeCorpus();
    try {
      for (const name of Object.keys(EXPECTED)) place(root, name);
      const alone = loadCorpus(root, schemas);
      const split = await loadCorpusInParallel(root, schemas, {}, 1);
      expect(split.problems.map(formatProblem)).toEqual(alone.problems.map(formatProblem));
      expect(split.problems.length).toBeGreaterThan(Object.keys(EXPECTED).length / 2);
      expect(split.entries).toEqual(alone.entries);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('imprime des annotations GitHub dans GitHub Actions', () => {
    const root = makeCorpus();
    try {
      place(root, 'lien-javascript.mdx');
      const run = spawnSync(process.execPath, ['scripts/check-content.ts', root], {
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: 'true' },
      });
      expect(run.stdout).toContain(
        '::error file=content/projets/lien-javascript.mdx,line=17,col=1,title=Contenu à corriger::adresse de lien non autorisée',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

function readText(file: string): string {
  return readFileSync(file, 'utf8');
}
