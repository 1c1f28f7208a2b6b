/**
 * Going live: the GitHub workflows pass action-validator; the GitHub Pages workflow checks, builds with
 * the Pages address and publishes with the least rights; .gitlab-ci.yml does the same steps for GitLab
 * Pages, with SITE_URL and BASE_PATH taken from $CI_PAGES_URL.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DECAP_ENV } from '../../../src/editor/settings.ts';
import { readWorkflow, ROOT, runBash, tempDirs, WORKFLOWS, type Step } from '../../support/workflow.ts';

const VALIDATOR = path.join(ROOT, 'node_modules/.bin/action-validator');

const { source: deploySource, workflow: deploy, steps: deploySteps } = readWorkflow('deploy.yml');
const uses = (prefix: string) => deploySteps.find((s) => s.uses?.startsWith(`${prefix}@`));

interface GitlabJob {
  stage: string;
  image?: string;
  needs?: string[];
  rules?: { if: string }[];
  script: string[];
  cache?: { key: { prefix?: string; files: string[] }; paths: string[]; policy?: string }[];
  artifacts?: { paths: string[] };
  resource_group?: string;
}
const gitlab = parse(readFileSync(path.join(ROOT, '.gitlab-ci.yml'), 'utf8')) as Record<string, unknown> & {
  image: string;
  stages: string[];
  variables: Record<string, string>;
  verifier: GitlabJob;
  pages: GitlabJob;
};

/** The npm commands a CI runs, in order, once each: "npm ci --no-audit" → "npm ci", the build script → "npm run build". */
function commands(lines: string[]): string[] {
  const named = lines
    .map((line) => line.trim())
    .map((line) => (/^node scripts\/build\.ts\b/.test(line) ? 'npm run build' : line))
    .filter((line) => /^npm (ci|run)\b/.test(line))
    .map((line) => line.replace(/ --.*$/, ''));
  return [...new Set(named)];
}

describe('les workflows GitHub passent action-validator', () => {
  it('chaque fichier de .github/workflows est valide', () => {
    const files = readdirSync(WORKFLOWS)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => path.join('.github/workflows', f));
    expect(files).toEqual(expect.arrayContaining(['.github/workflows/deploy.yml', '.github/workflows/pull-request.yml']));
    if (!existsSync(VALIDATOR)) {
      throw new Error(
        'Le validateur de workflows est absent (node_modules/.bin/action-validator introuvable) : ' +
          'installez-le avec « npm i -D @action-validator/cli@0.6.0 », puis relancez les tests.',
      );
    }
    // action-validator 0.6 checks one file per call.
    for (const file of files) {
      const run = spawnSync(VALIDATOR, [file], { cwd: ROOT, encoding: 'utf8' });
      expect(run.status, `action-validator a trouvé des erreurs dans ${file} :\n${run.stdout}${run.stderr}`).toBe(0);
    }
  });
});

describe('la publication sur GitHub Pages (deploy.yml)', () => {
  it('se déclenche à chaque push sur main, chaque jour (l’agenda : « à venir » et « passé ») et à la main', () => {
    expect(deploy.on).toEqual({ push: { branches: ['main'] }, schedule: [{ cron: '17 4 * * *' }], workflow_dispatch: null });
  });

  it('n’a que les droits nécessaires : lire le dépôt, et publier dans le seul job qui publie', () => {
    expect(deploy.permissions).toEqual({ contents: 'read' });
    const [build, publish] = [deploy.jobs['construire'], deploy.jobs['publier']];
    expect(build?.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(publish?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(publish?.needs).toBe('construire');
    expect(publish?.environment?.name).toBe('github-pages');
    expect(publish?.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
    expect(deploySource).not.toMatch(/secrets\.|GITHUB_TOKEN|pull_request_target/);
    expect(uses('actions/checkout')?.with?.['persist-credentials']).toBe(false);
  });

  it('n’interrompt jamais une publication en cours', () => {
    expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('épingle chaque action par le SHA complet de son commit, avec sa version, comme pull-request.yml', () => {
    const pins = new Map<string, string>();
    for (const file of ['deploy.yml', 'pull-request.yml']) {
      const lines = readFileSync(path.join(WORKFLOWS, file), 'utf8')
        .split('\n')
        .filter((line) => /^\s*(-\s*)?uses:/.test(line));
      for (const line of lines) {
        const m = /uses: ([\w-]+\/[\w-]+)@([0-9a-f]{40}) # (v\d+\.\d+\.\d+)$/.exec(line);
        expect(m, `${file} : ${line.trim()}`).not.toBeNull();
        const [, action = '', sha = '', version = ''] = m ?? [];
        const pin = `${sha} ${version}`;
        expect(pins.get(action) ?? pin, `${action} : la même version partout`).toBe(pin);
        pins.set(action, pin);
      }
    }
    expect([...pins.keys()].sort()).toEqual([
      'actions/cache',
      'actions/checkout',
      'actions/configure-pages',
      'actions/deploy-pages',
      'actions/setup-node',
      'actions/upload-artifact',
      'actions/upload-pages-artifact',
    ]);
  });

  it('récupère tout l’historique (dates de mise à jour) et garde les caches npm et de construction', () => {
    expect(uses('actions/checkout')?.with?.['fetch-depth']).toBe(0);
    expect(uses('actions/setup-node')?.with?.['cache']).toBe('npm');
    const cache = uses('actions/cache');
    expect(cache?.with?.['path']).toBe('node_modules/.cache');
    expect(String(cache?.with?.['key'])).toContain("hashFiles('package-lock.json')");
    expect(String(cache?.with?.['key'])).toContain("'content/**'");
    // Restored after npm ci, which empties node_modules.
    const steps = deploy.jobs['construire']?.steps ?? [];
    expect(steps.indexOf(cache as Step)).toBeGreaterThan(steps.findIndex((s) => s.run?.startsWith('npm ci')));
  });

  it('installe, vérifie le contenu et le code, construit avec l’adresse de Pages puis envoie dist/', () => {
    const build = deploy.jobs['construire']?.steps ?? [];
    expect(build.map((s) => s.run?.trim()).filter((r) => r?.startsWith('npm '))).toEqual([
      'npm ci --no-audit --no-fund',
      'npm run check:content',
      'npm run check',
      'npm run build',
    ]);
    const buildStep = build.find((s) => s.run === 'npm run build');
    expect(buildStep?.env).toMatchObject({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}/',
    });
    // The web editor's settings (src/editor/settings.ts) from the repository's variables, never from secrets.
    for (const name of DECAP_ENV.filter((n) => n !== 'DECAP_LOCAL_BACKEND'))
      expect(buildStep?.env?.[name], name).toBe(`\${{ vars.${name} }}`);
    expect(Object.keys(buildStep?.env ?? {})).not.toContain('DECAP_LOCAL_BACKEND');
    expect(uses('actions/configure-pages')?.id).toBe('pages');
    const upload = uses('actions/upload-pages-artifact');
    expect(upload?.with?.['path']).toBe('dist');
    expect(build.indexOf(upload as Step)).toBe(build.length - 1);
    for (const step of deploySteps) expect(step.run ?? '').not.toContain('${{');
  });
});

describe('la publication sur GitLab Pages (.gitlab-ci.yml)', () => {
  const temp = tempDirs('carnet-gitlab-');

  it('se lit en YAML, sur node:24, avec tout l’historique git', () => {
    expect(gitlab.image).toBe('node:24');
    expect(gitlab.stages).toEqual(['test', 'deploy']);
    expect(gitlab.variables['GIT_DEPTH']).toBe('0');
    expect(gitlab.verifier.stage).toBe('test');
    expect(gitlab.pages.stage).toBe('deploy');
    expect(gitlab.pages.needs).toEqual(['verifier']);
  });

  it('fait les mêmes étapes que la publication sur GitHub', () => {
    const github = commands((deploy.jobs['construire']?.steps ?? []).map((s) => s.run ?? ''));
    const gitlabSteps = commands([...gitlab.verifier.script, ...gitlab.pages.script]);
    expect(gitlabSteps).toEqual(github);
    expect(github).toEqual(['npm ci', 'npm run check:content', 'npm run check', 'npm run build']);
  });

  it('ne publie que depuis la branche par défaut, un déploiement à la fois, le dossier public/ construit', () => {
    expect(gitlab.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(gitlab.pages.resource_group).toBe('pages');
    expect(gitlab.pages.artifacts?.paths).toEqual(['public']);
    // Built beside Astro's own public/ (the static source folder), then put in its place.
    const script = gitlab.pages.script;
    const build = script.indexOf('node scripts/build.ts --out site');
    expect(build).toBeGreaterThan(-1);
    expect(script.slice(build + 1, build + 3)).toEqual(['rm -rf public', 'mv site public']);
  });

  it('écrit une copie .gz des fichiers texte, que GitLab Pages sert à la place (il ne compresse pas à la volée)', () => {
    const script = gitlab.pages.script;
    const gzip = script.find((line) => line.startsWith('find public'));
    expect(script.indexOf(gzip ?? '')).toBeGreaterThan(script.indexOf('mv site public'));
    for (const ext of ['html', 'css', 'js', 'json', 'svg', 'xml']) expect(gzip).toContain(`-name '*.${ext}'`);
    expect(gzip).toContain('gzip -k');
    expect(gzip).not.toContain('pf_');
  });

  it('déduit SITE_URL et BASE_PATH de $CI_PAGES_URL', () => {
    const exports = gitlab.pages.script.filter((line) => /^export (SITE_URL|BASE_PATH)=/.test(line));
    expect(exports).toHaveLength(2);
    const run = (pagesUrl: string) => {
      const result = runBash(`${exports.join('\n')}\nprintf '%s|%s' "$SITE_URL" "$BASE_PATH"`, {
        env: { PATH: `${path.dirname(process.execPath)}:${process.env['PATH'] ?? ''}`, CI_PAGES_URL: pagesUrl },
      });
      expect(result.stderr).toBe('');
      return result.stdout;
    };
    expect(run('https://ditp.gitlab.io/carnet-des-labs')).toBe('https://ditp.gitlab.io|/carnet-des-labs/');
    expect(run('https://pages.exemple.gouv.fr/ditp/outils/carnet')).toBe('https://pages.exemple.gouv.fr|/ditp/outils/carnet/');
    expect(run('https://carnet-ditp-1a2b3c.gitlab.io')).toBe('https://carnet-ditp-1a2b3c.gitlab.io|/');
  });

  it('garde en cache les téléchargements npm et le cache de construction, que npm ci ne détruit pas', () => {
    expect(gitlab.variables['npm_config_cache']).toBe('$CI_PROJECT_DIR/.npm');
    expect(gitlab.verifier.cache?.flatMap((c) => c.paths)).toEqual(['.npm/']);
    expect(gitlab.pages.cache?.flatMap((c) => c.paths)).toEqual(['.npm/', 'node_modules/.cache/']);
    for (const cache of [...(gitlab.verifier.cache ?? []), ...(gitlab.pages.cache ?? [])])
      expect(cache.key.files).toEqual(['package-lock.json']);

    // The install lines of the pages job, run with a stand-in npm that, like npm ci, empties node_modules.
    const dir = temp.make();
    mkdirSync(path.join(dir, 'bin'));
    writeFileSync(path.join(dir, 'bin/npm'), '#!/bin/sh\nrm -rf node_modules && mkdir -p node_modules/astro\n');
    chmodSync(path.join(dir, 'bin/npm'), 0o755);
    mkdirSync(path.join(dir, 'node_modules/.cache/carnet-partage'), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules/.cache/carnet-partage/image.png'), 'image');
    const script = gitlab.pages.script;
    const install = script.slice(0, script.findIndex((line) => line.startsWith('npm ci')) + 2);
    const run = runBash(install.join('\n'), { cwd: dir, env: { PATH: `${path.join(dir, 'bin')}:${process.env['PATH'] ?? ''}` } });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(readFileSync(path.join(dir, 'node_modules/.cache/carnet-partage/image.png'), 'utf8')).toBe('image');
    expect(existsSync(path.join(dir, 'node_modules/astro'))).toBe(true);
  });
});
