/** The real build (astro build) refuses broken content, with the French message, and publishes nothing. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceLine, withCorpus, type Changes } from '../support/corpus.ts';

/** Runs astro build on a changed copy of the minimal corpus, into a temporary folder; removes both after. */
function astroBuild(changes: Changes): { status: number | null; output: string; published: boolean } {
  return withCorpus(changes, (contentRoot) => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'carnet-dist-'));
    try {
      const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
        encoding: 'utf8',
        env: { ...process.env, CARNET_CONTENT_ROOT: contentRoot, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      return {
        status: result.status,
        output: `${result.stdout}\n${result.stderr}`,
        published: existsSync(path.join(outDir, 'index.html')),
      };
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
}

/**
 * Runs `npm run build` (scripts/build.ts) on a changed copy of the minimal corpus, into a folder that holds a
 * previous site; says what the build printed, what the previous site's home page reads after, and what the folder holds.
 */
function buildOverPreviousSite(changes: Changes, env: Record<string, string> = {}) {
  return withCorpus(changes, (root) => {
    const out = mkdtempSync(path.join(tmpdir(), 'carnet-site-'));
    const site = path.join(out, 'site');
    try {
      mkdirSync(site);
      writeFileSync(path.join(site, 'index.html'), 'site précédent');
      const run = spawnSync(process.execPath, ['scripts/build.ts', '--out', site], {
        encoding: 'utf8',
        env: { ...process.env, CARNET_CONTENT_ROOT: root, ...env },
      });
      return {
        status: run.status,
        stderr: run.stderr,
        home: readFileSync(path.join(site, 'index.html'), 'utf8'),
        folder: readdirSync(out),
      };
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
}

describe('astro build sur un contenu cassé', () => {
  it('échoue avec le message en français du fichier fautif, sans page publiée', () => {
    const build = astroBuild({ 'content/projets/accueil.mdx': replaceLine('lab:', 'lab: lab-inexistant') });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('Le contenu ne peut pas être publié.');
    expect(build.output).toContain(
      'content/projets/accueil.mdx:4:1 — champ « lab » : « lab-inexistant » ne correspond à aucune fiche de labs.',
    );
    expect(build.published).toBe(false);
  });
});

describe('astro build sur des contributions hostiles', () => {
  it('refuse chacune avec son message en français qui nomme le fichier, sans trace de pile', () => {
    const hostile = path.resolve(import.meta.dirname, '../fixtures/hostile');
    const expected: Record<string, string> = {
      'yaml-alias-bombe.mdx': 'yaml-alias-bombe.mdx:16:10 — en-tête YAML refusé : ses alias (*nom) recopient des valeurs',
      'markdown-citations-imbriquees.mdx': 'markdown-citations-imbriquees.mdx:27:65 — texte trop imbriqué',
      'caractere-bidi-titre.mdx':
        'caractere-bidi-titre.mdx:2:16 — caractère invisible ou de contrôle refusé : forçage droite-à-gauche (U+202E)',
      'yaml-etiquette-js.mdx': 'yaml-etiquette-js.mdx:3:9 — en-tête YAML refusé : l’étiquette « !!js/function » est inconnue',
    };
    const build = astroBuild(
      Object.fromEntries(Object.keys(expected).map((name) => [`content/projets/${name}`, readFileSync(path.join(hostile, name))])),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('Le contenu ne peut pas être publié.');
    for (const [name, text] of Object.entries(expected)) expect(build.output, name).toContain(`content/projets/${text}`);
    expect(build.output).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
    expect(build.published).toBe(false);
  });
});

describe('une contribution ne peut pas exécuter de code', () => {
  it('un import ou une expression qui écrit un fichier témoin ne s’exécute pas, et la construction échoue', () => {
    const marker = path.join(mkdtempSync(path.join(tmpdir(), 'carnet-marker-')), 'a-ete-execute');
    const hostile = [
      "import { writeFileSync } from 'node:fs'",
      `export const effet = writeFileSync(${JSON.stringify(`${marker}-export`)}, 'oui')`,
      '',
      `{writeFileSync(${JSON.stringify(marker)}, 'oui')}`,
      '',
      `<Encadre titre={writeFileSync(${JSON.stringify(`${marker}-prop`)}, 'oui')}>Texte</Encadre>`,
    ].join('\n');
    const build = astroBuild({ 'content/projets/accueil.mdx': (old) => old.replace('## Contexte\n\nTexte.', `## Contexte\n\n${hostile}`) });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('les lignes import et export sont interdites');
    expect(build.output).toContain('les expressions entre accolades { } sont interdites');
    for (const suffix of ['', '-export', '-prop']) expect(existsSync(`${marker}${suffix}`)).toBe(false);
    expect(build.published).toBe(false);
  });
});

describe('npm run build', () => {
  it('laisse le site précédent intact quand la construction échoue', () => {
    const run = buildOverPreviousSite({ 'content/projets/accueil.mdx': replaceLine('statut:', 'statut: fini') });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Construction annulée');
    expect(run.home).toBe('site précédent');
    expect(run.folder).toEqual(['site']);
  });

  it('laisse le site précédent intact quand astro échoue, et ne laisse aucun dossier à moitié écrit', () => {
    // The content is fine but the deployment setting is not: a failure only astro build sees.
    const run = buildOverPreviousSite({}, { SITE_URL: 'pas-une-adresse' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Le site précédent');
    expect(run.home).toBe('site précédent');
    expect(run.folder).toEqual(['site']);
  });
});
