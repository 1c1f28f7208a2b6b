/** The pull-request workflow: read-only, pinned actions, the right checks, and a visible flag on out-of-content changes. */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkflow, runBash, stepNamed, tempDirs, type Step } from '../../support/workflow.ts';

const { source, workflow, steps } = readWorkflow('pull-request.yml');

describe('le workflow des pull requests', () => {
  it('se lit en YAML et ne se déclenche que sur pull_request', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
  });

  it('n’a que le droit de lire le dépôt, sans secret', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined();
    expect(source).not.toMatch(/secrets\.|pull_request_target|GITHUB_TOKEN/);
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['persist-credentials']).toBe(false);
  });

  it('épingle chaque action par le SHA complet de son commit, avec la version en commentaire', () => {
    const uses = source.split('\n').filter((line) => /^\s*(-\s*)?uses:/.test(line));
    expect(uses.length).toBeGreaterThanOrEqual(2);
    for (const line of uses) expect(line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('installe, vérifie le contenu puis construit, dans cet ordre', () => {
    const runs = steps.map((s) => s.run?.trim()).filter((r): r is string => !!r && r.startsWith('npm '));
    expect(runs).toEqual(['npm ci --no-audit --no-fund', 'npm run check:content', 'npm run build']);
  });

  it('lance ses scripts avec bash -eo pipefail, comme ces tests', () => {
    for (const job of Object.values(workflow.jobs)) expect(job.defaults?.run?.shell).toBe('bash');
  });

  it('n’insère aucune expression ${{ … }} dans un script (les valeurs passent par env)', () => {
    for (const step of steps) expect(step.run ?? '').not.toContain('${{');
  });
});

describe('les signalements aux mainteneurs, qui n’échouent jamais', () => {
  const scope = stepNamed(steps, 'hors de content/');
  const temp = tempDirs('carnet-workflow-');

  /**
   * Runs a step as GitHub does (bash -e -o pipefail) in a folder holding `files`, with a stand-in `git`
   * whose `diff --name-only … origin/main...HEAD` lists `changed`.
   */
  function runStep(step: Step, changed: string[], files: Record<string, string> = {}) {
    const dir = temp.make();
    const bin = path.join(dir, '.bin');
    mkdirSync(bin);
    const list = path.join(bin, 'changed.txt');
    writeFileSync(list, changed.map((f) => `${f}\n`).join(''));
    writeFileSync(
      path.join(bin, 'git'),
      `#!/bin/sh\n[ "$1 $2" = "diff --name-only" ] && [ "$(eval echo \\$$#)" = "origin/main...HEAD" ] || exit 2\ncat "${list}"\n`,
    );
    chmodSync(path.join(bin, 'git'), 0o755);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    const summary = path.join(bin, 'summary.md');
    writeFileSync(summary, '');
    const result = runBash(step.run ?? 'exit 9', {
      cwd: dir,
      env: {
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        BASE_REF: step.env?.BASE_REF === '${{ github.base_ref }}' ? 'main' : '',
        GITHUB_STEP_SUMMARY: summary,
      },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, summary: readFileSync(summary, 'utf8') };
  }

  it('avertit, sans échouer, quand une contribution de contenu touche aussi du code', () => {
    const r = runStep(scope, ['content/projets/x.mdx', 'public/ressources/grille.pdf', 'package.json', 'src/pages/index.astro']);
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(r.stdout).toContain(
      '::warning title=Relecture par un mainteneur nécessaire::Cette contribution de contenu modifie aussi des fichiers hors de content/ et public/ : package.json src/pages/index.astro',
    );
    expect(r.summary).toContain('## ⚠️ Relecture par un mainteneur nécessaire');
    expect(r.summary).toContain('- package.json\n- src/pages/index.astro\n');
    expect(r.summary).not.toContain('content/projets/x.mdx');
  });

  it('ne signale rien pour une contribution de contenu seul', () => {
    const r = runStep(scope, ['content/projets/x.mdx', 'public/images/x.webp']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('::warning');
    expect(r.summary).toContain('## ✅ Contribution de contenu');
  });

  it('ne signale rien pour une pull request de code', () => {
    const r = runStep(scope, ['src/lib/graph.ts']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('::warning');
    expect(r.summary).toContain('## Pull request de code');
  });

  const hints = stepNamed(steps, 'consignes du modèle');

  it('signale, sur la ligne, une consigne « À compléter — » restée dans une fiche ajoutée ou modifiée', () => {
    const r = runStep(hints, ['content/projets/x.mdx', 'content/projets/y.mdx', 'content/labs/z.md', 'src/a.ts'], {
      'content/projets/x.mdx': '---\ntitre: X\n---\n\n## Contexte\n\nÀ compléter — la situation de départ.\n',
      'content/projets/y.mdx': '---\ntitre: Y\n---\n\n## Contexte\n\nUn texte écrit.\n',
      'src/a.ts': '// À compléter — hors du contenu\n',
    });
    expect(r).toMatchObject({
      status: 0,
      stdout:
        '::warning file=content/projets/x.mdx,line=7,title=Consigne du modèle à remplacer::Remplacez les lignes « À compléter — … » par le texte de la fiche.\n',
      stderr: '',
    });
    expect(r.summary).toContain('## ✏️ Consignes du modèle à remplacer');
    expect(r.summary).toContain('- content/projets/x.mdx\n');
  });

  it('ne dit rien quand aucune consigne ne reste', () => {
    const r = runStep(hints, ['src/a.ts'], {});
    expect(r).toMatchObject({ status: 0, stdout: '', summary: '' });
  });
});
