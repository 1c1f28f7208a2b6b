/**
 * Broken and hostile contributions (tests/fixtures/hostile/): each is refused with a French message
 * naming the file and the line, and the checker reports all of them in one run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemas } from '../../../src/model/index.ts';
import { loadCorpus, loadCorpusInParallel, type Schemas } from '../../../src/lib/content/corpus.ts';
import { formatProblem, formatReport } from '../../../src/lib/content/problems.ts';
import { withCorpus } from '../../support/corpus.ts';

const HOSTILE = path.resolve(import.meta.dirname, '../../fixtures/hostile');

/**
 * Fixture → the start of the expected "file:line:column — message" (the first, when there are `count`): `at` is the
 * line and column (none when the problem is the whole file), `file` the file named when it is not the fixture itself,
 * `dir` the collection it goes in (projets unless said).
 */
const EXPECTED: Record<string, { dir?: string; file?: string; at?: string; says: string; count?: number }> = {
  'import-esm.mdx': { at: '15:1', says: 'les lignes import et export sont interdites' },
  'export-esm.mdx': { at: '17:1', says: 'les lignes import et export sont interdites' },
  'expression-bloc.mdx': { at: '17:1', says: 'les expressions entre accolades { } sont interdites' },
  'expression-en-ligne.mdx': { at: '17:17', says: 'les expressions entre accolades { } sont interdites' },
  'balise-script.mdx': { at: '17:1', says: 'balise HTML <script> interdite' },
  'balise-iframe.mdx': { at: '17:1', says: 'balise HTML <iframe> interdite' },
  'attribut-evenement.mdx': { at: '17:1', says: 'balise HTML <img> interdite' },
  'lab-html.md': { dir: 'labs', at: '14:1', says: 'le HTML brut est interdit' },
  'html-commentaire.mdx': { at: '17:7', says: 'les commentaires HTML <!-- … --> ne sont pas acceptés' },
  'composant-inconnu.mdx': { at: '17:1', says: 'composant <Carte> inconnu' },
  'composant-prop-expression.mdx': { at: '17:1', says: '<Encadre> : l’attribut « titre » doit être un texte entre guillemets' },
  'composant-spread.mdx': { at: '17:1', says: '<Encadre> : les attributs calculés ({...}) sont interdits' },
  'composant-prop-inconnue.mdx': { at: '17:1', says: '<Encadre> : attribut « onClick » inconnu' },
  'composant-prop-manquante.mdx': { at: '17:1', says: '<Citation> : attribut obligatoire « auteur » manquant' },
  'composant-valeur-hors-liste.mdx': { at: '17:1', says: '<Alerte> : valeur « danger » non reconnue' },
  'lien-javascript.mdx': { at: '17:1', says: 'adresse de lien non autorisée : « javascript:alert(1) »' },
  'lien-javascript-casse.mdx': { at: '17:1', says: 'adresse de lien non autorisée : « JaVaScRiPt:alert(1) »' },
  'lien-caracteres-controle.mdx': { at: '17:1', says: 'adresse de lien non autorisée : « java\tscript:alert(1) »' },
  'lien-data.mdx': { at: '17:1', says: 'adresse de lien non autorisée : « data:text/html' },
  'lien-definition-vbscript.mdx': { at: '19:1', says: 'adresse de lien non autorisée : « vbscript:msgbox(1) »' },
  'lien-protocole-relatif.mdx': { at: '17:1', says: 'adresse de lien non autorisée : « //evil.example/x »' },
  'image-distante.mdx': { at: '17:1', says: 'image hors du dépôt : « https://evil.example/pixel.png »' },
  'image-svg.mdx': { at: '17:1', says: 'image SVG refusée' },
  'image-sans-alt.mdx': { at: '17:1', says: 'image sans texte alternatif' },
  'image-introuvable.mdx': { at: '17:1', says: 'image introuvable : « /images/absente.webp »' },
  'image-hors-public.mdx': { at: '17:1', says: 'chemin d’image non valide : « ../../.env.png »' },
  'image-frontmatter-sans-alt.mdx': { at: '10:1', says: 'champ « image.alt » : champ obligatoire manquant' },
  'titre-niveau-1.mdx': { at: '17:1', says: 'titre de niveau 1 (#) dans le corps' },
  'date-impossible.mdx': { at: '11:1', says: 'champ « publie » : le texte « 2025-02-30 » : cette date n’existe pas' },
  'reference-inconnue.mdx': { at: '4:1', says: 'champ « lab » : « lab-fantome » ne correspond à aucune fiche de labs' },
  'cle-inconnue.mdx': { at: '10:1', says: 'champ « script » : clé inconnue « script »' },
  'yaml-tabulation.mdx': { at: '8:1', says: 'en-tête YAML illisible : une tabulation sert d’indentation' },
  'section-manquante.mdx': { at: '15:1', says: 'sections manquantes : « ## Démarche », « ## Leviers »' },
  'titre-en-double.mdx': { at: '2:1', says: 'champ « titre » : même titre que content/projets/accueil.mdx' },
  'Nom-Accentué.mdx': { says: 'nom de fichier non valide' },
  'encodage-latin1.mdx': { at: '13:1', says: 'encodage invalide : l’octet 194 n’est pas de l’UTF-8' },
  'fichier-vide.mdx': { says: 'fichier vide' },
  'doublon.md': { file: 'doublon.mdx', says: 'même identifiant que content/projets/doublon.md' },
  'doublon.mdx': { says: 'même identifiant que content/projets/doublon.md' },
  // Nothing escapes the checker: resource limits and nesting, invisible characters, unknown YAML tags.
  'yaml-alias-bombe.mdx': { at: '16:10', says: 'en-tête YAML refusé : ses alias (*nom) recopient des valeurs' },
  'yaml-imbrication.mdx': { at: '9:29', says: 'en-tête YAML trop imbriqué : plus de 20 niveaux' },
  'markdown-citations-imbriquees.mdx': { at: '27:65', says: 'texte trop imbriqué : plus de 64 niveaux' },
  'markdown-listes-imbriquees.mdx': { at: '27:65', says: 'texte trop imbriqué : plus de 64 niveaux' },
  'caractere-bidi-titre.mdx': { at: '2:16', says: 'caractère invisible ou de contrôle refusé : forçage droite-à-gauche (U+202E)' },
  'caractere-invisible-identifiant.mdx': { at: '6:12', says: 'caractère invisible ou de contrôle refusé : espace sans largeur (U+200B)', count: 2 },
  'caractere-isolat-corps.mdx': { at: '23:6', says: 'caractère invisible ou de contrôle refusé : isolat gauche-à-droite (U+2066)' },
  'caractere-controle-c1.mdx': { at: '2:16', says: 'caractère invisible ou de contrôle refusé : caractère de contrôle (U+0085)' },
  'yaml-etiquette-js.mdx': { at: '3:9', says: 'en-tête YAML refusé : l’étiquette « !!js/function » est inconnue' },
  'yaml-etiquette-inconnue.mdx': { at: '3:9', says: 'en-tête YAML refusé : l’étiquette « !custom » est inconnue' },
  'yaml-etiquette-binaire.mdx': { at: '3:9', says: 'en-tête YAML refusé : l’étiquette « !!binary » est inconnue' },
};

/** The start of the line the checker prints for a fixture. */
function expected(name: string): string {
  const { file = name, at, says } = EXPECTED[name] ?? { says: '' };
  return `${file}${at ? `:${at}` : ''} — ${says}`;
}

function place(root: string, name: string): void {
  const dir = EXPECTED[name]?.dir ?? 'projets';
  cpSync(path.join(HOSTILE, name), path.join(root, 'content', dir, name));
}

function check(root: string): string[] {
  return loadCorpus(root, schemas).problems.map(formatProblem);
}

/** Runs `use` on the minimal corpus plus these fixtures, then removes it. */
function withFixtures<T>(names: string[], use: (root: string) => T): T {
  return withCorpus({}, (root) => {
    for (const name of names) place(root, name);
    return use(root);
  });
}

// Each test reads a whole corpus, some on two threads or in a child process: slow when the machine is busy.
describe('contributions cassées ou hostiles', { timeout: 30_000 }, () => {
  it('chaque fixture a son message attendu', () => {
    expect(readdirSync(HOSTILE).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(readdirSync(HOSTILE).length).toBeGreaterThanOrEqual(25);
  });

  it.each(Object.keys(EXPECTED).filter((n) => !n.startsWith('doublon')))(
    '%s est refusée avec un message qui nomme le fichier et la ligne',
    (name) => {
      const lines = withFixtures([name], check);
      expect(lines).toHaveLength(EXPECTED[name]?.count ?? 1);
      expect(lines[0]).toContain(expected(name));
      expect(lines[0]).toMatch(/\n {4}→ \S/);
    },
  );

  it('un .md et un .mdx de même nom ne perdent pas une fiche en silence', () => {
    expect(withFixtures(['doublon.md', 'doublon.mdx'], check)).toEqual([expect.stringContaining(expected('doublon.mdx'))]);
  });

  it('refuse les liens symboliques, les fichiers trop gros et les images hors budget', async () => {
    const sharp = (await import('sharp')).default;
    await withCorpus({}, async (root) => {
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
    });
  });

  it('le vérificateur les signale toutes en une seule exécution, en sortie d’erreur et avec le code 1', () => {
    const run = withFixtures(Object.keys(EXPECTED), (root) =>
      spawnSync(process.execPath, ['scripts/check-content.ts', root], { encoding: 'utf8' }),
    );
    expect(run.status).toBe(1);
    for (const name of Object.keys(EXPECTED)) expect(run.stderr, name).toContain(expected(name));
    expect(run.stderr).toMatch(/^\d+ problèmes dans \d+ fichiers :/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('sur deux fils (grands corpus), donne les mêmes problèmes, avec leurs lignes, dans le même ordre', async () => {
    const [alone, split] = await withFixtures(Object.keys(EXPECTED), (root) =>
      Promise.all([loadCorpus(root, schemas), loadCorpusInParallel(root, schemas, {}, 1)]),
    );
    expect(split.problems.map(formatProblem)).toEqual(alone.problems.map(formatProblem));
    expect(split.problems.length).toBeGreaterThan(Object.keys(EXPECTED).length / 2);
    expect(split.entries).toEqual(alone.entries);
  });

  it('imprime des annotations GitHub dans GitHub Actions', () => {
    const run = withFixtures(['lien-javascript.mdx'], (root) =>
      spawnSync(process.execPath, ['scripts/check-content.ts', root], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: 'true' } }),
    );
    expect(run.stdout).toContain(
      '::error file=content/projets/lien-javascript.mdx,line=17,col=1,title=Contenu à corriger::adresse de lien non autorisée',
    );
  });
});

/** The report of the checker on the minimal corpus plus these fixtures, as an author reads it. */
function reportOf(names: string[], schemasUsed: Schemas = schemas): string {
  return withFixtures(names, (root) => formatReport(loadCorpus(root, schemasUsed).problems));
}

/** The report's first line (the count), and its problems, each with its fix. */
function partsOf(report: string): { count: string; problems: string[] } {
  const [count = '', ...problems] = report.split(/\n(?! )/);
  return { count, problems };
}

// Fixtures whose report a test of its own locks: nothing escapes the checker.
const LIMITS = ['yaml-alias-bombe.mdx', 'yaml-imbrication.mdx', 'markdown-citations-imbriquees.mdx', 'markdown-listes-imbriquees.mdx'];
const CHARACTERS = ['caractere-bidi-titre.mdx', 'caractere-invisible-identifiant.mdx', 'caractere-isolat-corps.mdx', 'caractere-controle-c1.mdx'];
const TAGS = ['yaml-etiquette-js.mdx', 'yaml-etiquette-inconnue.mdx', 'yaml-etiquette-binaire.mdx'];

describe('aucune contribution n’échappe au vérificateur', { timeout: 30_000 }, () => {
  it('une exception levée en lisant une fiche devient un problème en français de ce fichier, et les autres fiches sont vérifiées', () => {
    // A schema that throws as a parser does on a resource limit: the guard turns it into a problem of the file.
    const throwing = schemas.projets.transform(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    const report = reportOf(['reference-inconnue.mdx', 'lab-html.md'], { ...schemas, projets: throwing });
    expect(report).not.toMatch(/\n\s+at /);
    expect(report).toMatchInlineSnapshot(`
      "3 problèmes dans 3 fichiers :
      content/labs/lab-html.md:14:1 — le HTML brut est interdit dans une contribution.
          → Utilisez la syntaxe Markdown (titres ##, listes, **gras**, [liens](https://…)) ou un composant autorisé : Encadre, Citation, Alerte.
      content/projets/accueil.mdx — la vérification de l’en-tête a échoué : le texte est trop imbriqué pour être lu (pile d’appels dépassée).
          → Simplifiez le passage modifié en dernier (listes ou citations imbriquées, texte répété, valeurs recopiées) ; si le fichier vous semble correct, signalez ce message à l’équipe du site.
      content/projets/reference-inconnue.mdx — la vérification de l’en-tête a échoué : le texte est trop imbriqué pour être lu (pile d’appels dépassée).
          → Simplifiez le passage modifié en dernier (listes ou citations imbriquées, texte répété, valeurs recopiées) ; si le fichier vous semble correct, signalez ce message à l’équipe du site."
    `);
  });

  it('une limite de ressource (bombe d’alias YAML) ou une imbrication sans fin (YAML, citations, listes) est refusée, en nommant le fichier', () => {
    expect(reportOf(LIMITS)).toMatchInlineSnapshot(`
      "4 problèmes dans 4 fichiers :
      content/projets/markdown-citations-imbriquees.mdx:27:65 — texte trop imbriqué : plus de 64 niveaux de citations, de listes ou de composants les uns dans les autres.
          → Une fiche se lit à plat : gardez au plus quelques niveaux de listes ou de citations (> >), et fermez chaque composant avant d’en ouvrir un autre.
      content/projets/markdown-listes-imbriquees.mdx:27:65 — texte trop imbriqué : plus de 64 niveaux de citations, de listes ou de composants les uns dans les autres.
          → Une fiche se lit à plat : gardez au plus quelques niveaux de listes ou de citations (> >), et fermez chaque composant avant d’en ouvrir un autre.
      content/projets/yaml-alias-bombe.mdx:16:10 — en-tête YAML refusé : ses alias (*nom) recopient des valeurs un trop grand nombre de fois.
          → Écrivez chaque valeur en entier, sans ancre ni alias (&nom, *nom).
      content/projets/yaml-imbrication.mdx:9:29 — en-tête YAML trop imbriqué : plus de 20 niveaux de listes ou de groupes de champs.
          → Les champs d’une fiche ont au plus quelques niveaux d’indentation (voir CONTRIBUTING.md) : retirez les crochets ou les tirets en trop."
    `);
  });

  it('un caractère invisible, bidirectionnel ou de contrôle est refusé dans un titre, un identifiant ou le texte, en nommant le fichier', () => {
    expect(reportOf(CHARACTERS)).toMatchInlineSnapshot(`
      "5 problèmes dans 4 fichiers :
      content/projets/caractere-bidi-titre.mdx:2:16 — caractère invisible ou de contrôle refusé : forçage droite-à-gauche (U+202E). Il peut faire lire un titre ou un identifiant autrement qu’il n’est écrit.
          → Supprimez-le (il vient souvent d’un copier-coller depuis un traitement de texte ou une page web) : effacez puis retapez le texte autour.
      content/projets/caractere-controle-c1.mdx:2:16 — caractère invisible ou de contrôle refusé : caractère de contrôle (U+0085). Il peut faire lire un titre ou un identifiant autrement qu’il n’est écrit.
          → Supprimez-le (il vient souvent d’un copier-coller depuis un traitement de texte ou une page web) : effacez puis retapez le texte autour.
      content/projets/caractere-invisible-identifiant.mdx:6:5 — champ « thematiques.0 » : le texte « service​-usager » n’a pas le format attendu : identifiant en minuscules sans accents, mots séparés par des tirets.
          → Corrigez la valeur selon le format indiqué.
      content/projets/caractere-invisible-identifiant.mdx:6:12 — caractère invisible ou de contrôle refusé : espace sans largeur (U+200B). Il peut faire lire un titre ou un identifiant autrement qu’il n’est écrit.
          → Supprimez-le (il vient souvent d’un copier-coller depuis un traitement de texte ou une page web) : effacez puis retapez le texte autour.
      content/projets/caractere-isolat-corps.mdx:23:6 — caractère invisible ou de contrôle refusé : isolat gauche-à-droite (U+2066). Il peut faire lire un titre ou un identifiant autrement qu’il n’est écrit.
          → Supprimez-le (il vient souvent d’un copier-coller depuis un traitement de texte ou une page web) : effacez puis retapez le texte autour."
    `);
  });

  it('une étiquette YAML que le modèle ne connaît pas est refusée au lieu d’être ignorée, en nommant le fichier', () => {
    expect(reportOf(TAGS)).toMatchInlineSnapshot(`
      "3 problèmes dans 3 fichiers :
      content/projets/yaml-etiquette-binaire.mdx:3:9 — en-tête YAML refusé : l’étiquette « !!binary » est inconnue du modèle (elle serait ignorée sans rien dire).
          → Retirez « !!binary » : une valeur s’écrit telle quelle (un texte, un nombre, true ou false, une date AAAA-MM-JJ).
      content/projets/yaml-etiquette-inconnue.mdx:3:9 — en-tête YAML refusé : l’étiquette « !custom » est inconnue du modèle (elle serait ignorée sans rien dire).
          → Retirez « !custom » : une valeur s’écrit telle quelle (un texte, un nombre, true ou false, une date AAAA-MM-JJ).
      content/projets/yaml-etiquette-js.mdx:3:9 — en-tête YAML refusé : l’étiquette « !!js/function » est inconnue du modèle (elle serait ignorée sans rien dire).
          → Retirez « !!js/function » : une valeur s’écrit telle quelle (un texte, un nombre, true ou false, une date AAAA-MM-JJ)."
    `);
  });

  it('le thème, fichier de liste, est lu avec les mêmes gardes', () => {
    const theme = { 'content/thematiques.yaml': (old: string) => old.replace(/libelle: (.*)/, 'libelle: !!js/function "$1"') };
    expect(withCorpus(theme, check)).toMatchInlineSnapshot(`
        [
          "content/thematiques.yaml:2:12 — en-tête YAML refusé : l’étiquette « !!js/function » est inconnue du modèle (elle serait ignorée sans rien dire).
            → Retirez « !!js/function » : une valeur s’écrit telle quelle (un texte, un nombre, true ou false, une date AAAA-MM-JJ).",
          "content/projets/accueil.mdx:6:5 — champ « thematiques.0 » : « service-usager » ne correspond à aucune fiche de thematiques.
            → Créez la thématique « service-usager » dans content/thematiques.yaml, ou corrigez l’identifiant (nom du fichier sans extension).",
          "content/pratiques/ecouter.mdx:5:5 — champ « thematiques.0 » : « design » ne correspond à aucune fiche de thematiques.
            → Créez la thématique « design » dans content/thematiques.yaml, ou corrigez l’identifiant (nom du fichier sans extension).",
        ]
      `);
  });
});

describe('le rapport complet', { timeout: 30_000 }, () => {
  it('toutes les contributions hostiles en une exécution, telles que l’auteur les lit', () => {
    const { count, problems } = partsOf(reportOf(Object.keys(EXPECTED)));
    // The problems locked on their own above come out the same in one run of all; the snapshot holds the others.
    const lockedAbove = [LIMITS, CHARACTERS, TAGS].flatMap((names) => partsOf(reportOf(names)).problems);
    expect(problems).toEqual(expect.arrayContaining(lockedAbove));
    expect([count, ...problems.filter((problem) => !lockedAbove.includes(problem))].join('\n')).toMatchInlineSnapshot(`
      "50 problèmes dans 49 fichiers :
      content/labs/lab-html.md:14:1 — le HTML brut est interdit dans une contribution.
          → Utilisez la syntaxe Markdown (titres ##, listes, **gras**, [liens](https://…)) ou un composant autorisé : Encadre, Citation, Alerte.
      content/projets/attribut-evenement.mdx:17:1 — balise HTML <img> interdite dans une contribution.
          → Utilisez la syntaxe Markdown ou l’un des composants autorisés : Encadre, Citation, Alerte.
      content/projets/balise-iframe.mdx:17:1 — balise HTML <iframe> interdite dans une contribution.
          → Utilisez la syntaxe Markdown ou l’un des composants autorisés : Encadre, Citation, Alerte.
      content/projets/balise-script.mdx:17:1 — balise HTML <script> interdite dans une contribution.
          → Utilisez la syntaxe Markdown ou l’un des composants autorisés : Encadre, Citation, Alerte.
      content/projets/cle-inconnue.mdx:10:1 — champ « script » : clé inconnue « script ».
          → Vérifiez l’orthographe (accents et majuscules comprises) ou supprimez cette ligne ; les clés possibles sont décrites dans CONTRIBUTING.md.
      content/projets/composant-inconnu.mdx:17:1 — composant <Carte> inconnu : il n’est pas dans la liste des composants autorisés.
          → Utilisez la syntaxe Markdown ou l’un des composants autorisés : Encadre, Citation, Alerte.
      content/projets/composant-prop-expression.mdx:17:1 — <Encadre> : l’attribut « titre » doit être un texte entre guillemets, pas une expression.
          → Écrivez titre="…".
      content/projets/composant-prop-inconnue.mdx:17:1 — <Encadre> : attribut « onClick » inconnu.
          → Attributs possibles : titre.
      content/projets/composant-prop-manquante.mdx:17:1 — <Citation> : attribut obligatoire « auteur » manquant (Qui parle (fonction, pas de nom propre sans accord)).
          → Ajoutez auteur="…" dans la balise.
      content/projets/composant-spread.mdx:17:1 — <Encadre> : les attributs calculés ({...}) sont interdits.
          → Écrivez chaque attribut avec une valeur entre guillemets : titre="…".
      content/projets/composant-valeur-hors-liste.mdx:17:1 — <Alerte> : valeur « danger » non reconnue pour « type ».
          → Choisissez l’une des valeurs : info, attention.
      content/projets/date-impossible.mdx:11:1 — champ « publie » : le texte « 2025-02-30 » : cette date n’existe pas dans le calendrier.
          → Vérifiez le jour et le mois (avril, juin, septembre et novembre ont 30 jours, février 28 ou 29).
      content/projets/doublon.mdx — même identifiant que content/projets/doublon.md : l’une des deux fiches serait perdue.
          → Renommez l’un des deux fichiers, ou supprimez le doublon.
      content/projets/encodage-latin1.mdx:13:1 — encodage invalide : l’octet 194 n’est pas de l’UTF-8 (fichier enregistré en Latin-1 ou Windows-1252 ?).
          → Enregistrez le fichier en UTF-8 (dans votre éditeur : « Enregistrer avec l’encodage » → UTF-8).
      content/projets/export-esm.mdx:17:1 — les lignes import et export sont interdites dans une contribution (elles exécuteraient du code).
          → Supprimez cette ligne ; les composants autorisés (Encadre, Citation, Alerte) sont disponibles sans import.
      content/projets/expression-bloc.mdx:17:1 — les expressions entre accolades { } sont interdites (elles exécuteraient du code).
          → Supprimez les accolades, ou écrivez \\{ et \\} pour afficher ces caractères.
      content/projets/expression-en-ligne.mdx:17:17 — les expressions entre accolades { } sont interdites (elles exécuteraient du code).
          → Supprimez les accolades, ou écrivez \\{ et \\} pour afficher ces caractères.
      content/projets/fichier-vide.mdx — fichier vide.
          → Écrivez la fiche, ou lancez « npm run nouveau » pour en créer une à partir du modèle.
      content/projets/html-commentaire.mdx:17:7 — les commentaires HTML <!-- … --> ne sont pas acceptés dans une fiche.
          → Supprimez le commentaire : une note pour les relecteurs a sa place dans la demande de fusion.
      content/projets/image-distante.mdx:17:1 — image hors du dépôt : « https://evil.example/pixel.png ».
          → Les images doivent être ajoutées au dépôt (droits, disponibilité, vie privée des visiteurs). Placez l’image dans public/images/ et écrivez son chemin ainsi : /images/nom-de-l-image.webp.
      content/projets/image-frontmatter-sans-alt.mdx:10:1 — champ « image.alt » : champ obligatoire manquant.
          → Ajoutez la ligne « alt: … » avec un texte.
      content/projets/image-hors-public.mdx:17:1 — chemin d’image non valide : « ../../.env.png ».
          → Placez l’image dans public/images/ et écrivez son chemin ainsi : /images/nom-de-l-image.webp.
      content/projets/image-introuvable.mdx:17:1 — image introuvable : « /images/absente.webp ».
          → Ajoutez le fichier public/images/absente.webp dans votre proposition, ou corrigez le chemin.
      content/projets/image-sans-alt.mdx:17:1 — image sans texte alternatif : « /images/photo.webp ».
          → Décrivez l’image entre les crochets : ![Ce que montre l’image](chemin).
      content/projets/image-svg.mdx:17:1 — image SVG refusée : « /images/logo.svg » (un SVG peut contenir du code).
          → Exportez l’image en WebP, PNG ou JPEG.
      content/projets/import-esm.mdx:15:1 — les lignes import et export sont interdites dans une contribution (elles exécuteraient du code).
          → Supprimez cette ligne ; les composants autorisés (Encadre, Citation, Alerte) sont disponibles sans import.
      content/projets/lien-caracteres-controle.mdx:17:1 — adresse de lien non autorisée : « java	script:alert(1) ».
          → Seuls les liens https://, http://, mailto:, tel:, relatifs (/methodes/personas/) et les ancres (#section) sont acceptés.
      content/projets/lien-data.mdx:17:1 — adresse de lien non autorisée : « data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg== ».
          → Seuls les liens https://, http://, mailto:, tel:, relatifs (/methodes/personas/) et les ancres (#section) sont acceptés.
      content/projets/lien-definition-vbscript.mdx:19:1 — adresse de lien non autorisée : « vbscript:msgbox(1) ».
          → Seuls les liens https://, http://, mailto:, tel:, relatifs (/methodes/personas/) et les ancres (#section) sont acceptés.
      content/projets/lien-javascript-casse.mdx:17:1 — adresse de lien non autorisée : « JaVaScRiPt:alert(1) ».
          → Seuls les liens https://, http://, mailto:, tel:, relatifs (/methodes/personas/) et les ancres (#section) sont acceptés.
      content/projets/lien-javascript.mdx:17:1 — adresse de lien non autorisée : « javascript:alert(1) ».
          → Seuls les liens https://, http://, mailto:, tel:, relatifs (/methodes/personas/) et les ancres (#section) sont acceptés.
      content/projets/lien-protocole-relatif.mdx:17:1 — adresse de lien non autorisée : « //evil.example/x ».
          → Seuls les liens https://, http://, mailto:, tel:, relatifs (/methodes/personas/) et les ancres (#section) sont acceptés.
      content/projets/Nom-Accentué.mdx — nom de fichier non valide : minuscules sans accents, chiffres et tirets seulement.
          → Renommez-le en « nom-accentue.mdx ».
      content/projets/reference-inconnue.mdx:4:1 — champ « lab » : « lab-fantome » ne correspond à aucune fiche de labs.
          → Créez la fiche content/labs/lab-fantome.mdx, ou corrigez l’identifiant (nom du fichier sans extension).
      content/projets/section-manquante.mdx:15:1 — sections manquantes : « ## Démarche », « ## Leviers », « ## Points de blocage », « ## Et après ? ».
          → Une étude de cas a ces sections, dans cet ordre : ## Contexte, ## Démarche, ## Résultats, ## Leviers, ## Points de blocage, ## Et après ?.
      content/projets/titre-en-double.mdx:2:1 — champ « titre » : même titre que content/projets/accueil.mdx.
          → Donnez à chaque fiche un titre distinct, qui dit ce qui la distingue (lieu, public, année).
      content/projets/titre-niveau-1.mdx:17:1 — titre de niveau 1 (#) dans le corps : le titre de la page vient déjà du champ « titre ».
          → Commencez les sections par ## (niveau 2).
      content/projets/yaml-tabulation.mdx:8:1 — en-tête YAML illisible : une tabulation sert d’indentation.
          → Vérifiez l’indentation (des espaces, pas de tabulations), les deux-points après chaque clé et les guillemets autour des textes contenant « : » ou « # »."
    `);
  });
});

function readText(file: string): string {
  return readFileSync(file, 'utf8');
}
