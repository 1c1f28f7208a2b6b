/**
 * npm run nouveau in scripted sessions, on a copy of the minimal corpus (CARNET_CONTENT_ROOT): the new
 * entries pass every content check and build into pages; wrong options stop with French messages.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../support/corpus.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function corpus(): string {
  const root = makeCorpus();
  temporary.push(root);
  return root;
}

const env = (root: string) => ({ ...process.env, CARNET_CONTENT_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' });

function nouveau(root: string, args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'nouveau', '--', ...args], { cwd: PROJECT, encoding: 'utf8', env: env(root) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function checkContent(root: string) {
  return spawnSync('node', ['scripts/check-content.ts', root], { cwd: PROJECT, encoding: 'utf8', env: env(root) });
}

/** astro build of the corpus into a fresh folder; retried once, as another build may share the .astro cache. */
function build(root: string): { status: number | null; outDir: string; output: string } {
  let last = { status: null as number | null, outDir: '', output: '' };
  for (let attempt = 0; attempt < 2 && last.status !== 0; attempt++) {
    const outDir = mkdtempSync(path.join(tmpdir(), 'carnet-nouveau-dist-'));
    temporary.push(outDir);
    const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], { cwd: PROJECT, encoding: 'utf8', env: env(root) });
    last = { status: result.status, outDir, output: `${result.stdout}\n${result.stderr}` };
  }
  return last;
}

describe('npm run nouveau avec des options (scripts)', () => {
  it('crée un lab, une méthode, un projet et une pratique qui passent le vérificateur et se construisent', () => {
    const root = corpus();
    const started = performance.now();
    // An option a projet does not take: nothing is written, the reason is given.
    const refused = nouveau(root, ['projet', '--titre', 'Un projet', '--autres-labs', 'lab-test']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('--autres-labs : option inconnue pour le type « projet ».');

    // Each run reads the corpus again: the projet links to the new lab and method, the pratique to the new projet.
    const results = [
      [
        'lab',
        '--nom',
        'Lab de l’Île',
        '--region',
        'Pays de la Loire',
        '--ville',
        'Nantes',
        '--lat',
        '47.22',
        '--lon',
        '-1.55',
        '--porteur',
        'Préfecture de région',
        '--creation',
        '2024',
      ],
      [
        'methode',
        '--titre',
        'Carte d’empathie',
        '--resume',
        'Ce que l’usager dit, pense, fait et ressent.',
        '--phase',
        'definir',
        '--duree',
        '1-2 heures',
        '--participants',
        '3-8',
        '--difficulte',
        'facile',
        '--quand-utiliser',
        'Après des entretiens.',
        '--methodes-liees',
        'entretien',
        '--auteurs',
        'Équipe de test',
      ],
      [
        'projet',
        '--titre',
        "Accueil des usagers à l'Île-d'Yeu",
        '--resume',
        'Un guichet pour toute l’île.',
        '--lab',
        'lab-de-l-ile',
        '--thematiques',
        'service-usager,design',
        '--methodes',
        'entretien,carte-d-empathie',
        '--publics',
        'usagers,agents',
        '--statut',
        'en-cours',
        '--debut',
        '2024-03-01',
        '--auteurs',
        'Équipe du lab',
      ],
      [
        'pratique',
        '--titre',
        'Partir du guichet',
        '--resume',
        'Observer l’accueil avant de le changer.',
        '--thematiques',
        'service-usager',
        '--projets',
        'accueil-des-usagers-a-l-ile-d-yeu,accueil',
        '--methodes',
        'carte-d-empathie',
        '--auteurs',
        'Équipe de test',
      ],
    ].map((args) => nouveau(root, args));
    const scripted = Math.round(performance.now() - started);
    for (const result of results) {
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^Fiche créée : /);
      expect(result.stdout).toContain('npm run check:content');
      expect(result.stdout).toContain('npm run dev');
      expect(result.stdout).toContain('pull request');
    }
    expect(readdirSync(path.join(root, 'content/projets')).sort()).toEqual(['accueil-des-usagers-a-l-ile-d-yeu.mdx', 'accueil.mdx']);

    const check = checkContent(root);
    expect(check).toMatchObject({ status: 0, stderr: '' });
    expect(check.stdout).toContain('2 labs, 2 projets, 2 methodes, 2 pratiques');

    const site = build(root);
    expect(site.status, site.output).toBe(0);
    for (const page of [
      'projets/accueil-des-usagers-a-l-ile-d-yeu',
      'methodes/carte-d-empathie',
      'pratiques/partir-du-guichet',
      'labs/lab-de-l-ile',
    ]) {
      expect(existsSync(path.join(site.outDir, page, 'index.html')), page).toBe(true);
    }
    const html = readFileSync(path.join(site.outDir, 'projets/accueil-des-usagers-a-l-ile-d-yeu/index.html'), 'utf8');
    expect(html).toContain('Accueil des usagers à l');
    expect(html).toContain('Points de blocage');
    console.info(`nouveau (5 lancements) : ${scripted} ms`);
  });

  it('refuse des réponses fausses : code 1, tous les problèmes en français, aucun fichier écrit', () => {
    const root = corpus();
    const result = nouveau(root, [
      'projet',
      '--titre',
      'Accueil',
      '--resume',
      'R.',
      '--lab',
      'ti-lab',
      '--thematiques',
      'mobilite',
      '--publics',
      'usagers',
      '--statut',
      'en-cours',
      '--debut',
      '2024-03-01',
      '--auteurs',
      'X',
    ]);
    expect(result).toMatchObject({ status: 1, stdout: '' });
    expect(result.stderr).toContain('Aucune fiche créée : 3 problèmes à corriger.');
    expect(result.stderr).toContain('--id : l’identifiant « accueil » est déjà pris par content/projets/accueil.mdx.');
    expect(result.stderr).toContain('--lab : l’identifiant « ti-lab » n’existe pas dans content/labs/.');
    expect(result.stderr).toContain('--thematiques : l’identifiant « mobilite » n’existe pas dans content/thematiques.yaml.');
    expect(readdirSync(path.join(root, 'content/projets'))).toEqual(['accueil.mdx']);

    const unknownType = nouveau(root, ['article', '--titre', 'X']);
    expect(unknownType.status).toBe(1);
    expect(unknownType.stderr).toContain(
      'type « article » inconnu : choisissez projet, methode, pratique, evenement, formation, temps-fort, modele, lab.',
    );
  });

  it('--help explique les types et les options en français', () => {
    const result = nouveau(corpus(), ['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('npm run nouveau — crée une nouvelle fiche du Carnet des labs');
    expect(result.stdout).toContain(
      '--statut           (obligatoire) statut : où en est le projet ; l’une des valeurs : idee, en-cours, experimentation, deploye, essaime, arrete',
    );
  });
});

/** Answers typed into the terminal: each is sent once its question (or error message) is on screen. */
type Step = [waitFor: string, keys: string];
const ENTER = '\r';
const DOWN = '\u001b[B';
const SPACE = ' ';
const CLEAR_LINE = '\u0015';

function session(root: string, steps: Step[]): Promise<{ status: number | null; output: string; answered: number }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'nouveau'], { cwd: PROJECT, env: env(root), stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let from = 0;
    let answered = 0;
    const onData = (data: Buffer) => {
      output += data.toString();
      for (let step = steps[answered]; step; step = steps[answered]) {
        const at = output.indexOf(step[0], from);
        if (at < 0) break;
        from = at + step[0].length;
        child.stdin.write(step[1]);
        answered++;
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => child.kill(), 30_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output, answered });
    });
  });
}

describe('npm run nouveau en mode questions, piloté par l’entrée standard', () => {
  it('pose les questions, repose celles dont la réponse est refusée, et crée une fiche valide', async () => {
    const root = corpus();
    const started = performance.now();
    const steps: Step[] = [
      ['Que voulez-vous créer ?', ENTER],
      ['Titre', `Un accueil plus simple${ENTER}`],
      ['une fiche porte déjà ce titre', `${CLEAR_LINE}Accueil sur l’île${ENTER}`],
      ['Identifiant', ENTER],
      ['Résumé', `Un guichet pour toute l’île.${ENTER}`],
      ['Lab porteur', ENTER],
      ['Région, si elle diffère de celle du lab', ENTER],
      ['Territoire concerné', `Île-d’Yeu${ENTER}`],
      ['Thématiques', ENTER],
      ['réponse obligatoire', `${DOWN}${SPACE}${ENTER}`],
      ['Méthodes utilisées', `${SPACE}${ENTER}`],
      ['Publics', `${SPACE}${DOWN}${SPACE}${ENTER}`],
      ['Statut', `${DOWN}${ENTER}`],
      ['Date de début', `2024-02-30${ENTER}`],
      ['cette date n’existe pas', `${CLEAR_LINE}2024-03-01${ENTER}`],
      ['Auteurs', ENTER],
    ];
    const result = await session(root, steps);
    const ms = Math.round(performance.now() - started);
    expect(result.answered, result.output).toBe(steps.length);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('Fiche créée :');
    expect(result.output).toContain('Étapes suivantes');

    const file = readFileSync(path.join(root, 'content/projets/accueil-sur-l-ile.mdx'), 'utf8');
    expect(file).toContain('titre: "Accueil sur l’île"');
    expect(file).toContain('territoire: "Île-d’Yeu"');
    expect(file).toMatch(/thematiques:\n {2}- design\n/);
    expect(file).toMatch(/methodes:\n {2}- entretien\n/);
    expect(file).toMatch(/publics:\n {2}- usagers\n {2}- agents\n/);
    expect(file).toContain('statut: en-cours');
    expect(file).toContain('debut: 2024-03-01');
    expect(file).toMatch(/auteurs:\n {2}- "Lab de test"\n/);
    expect(checkContent(root).status).toBe(0);
    console.info(`nouveau en mode questions : ${ms} ms`);
  });
});
