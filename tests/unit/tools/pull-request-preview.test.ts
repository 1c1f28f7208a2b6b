/**
 * The preview of a contribution in the pull-request workflow: the built site kept as an artifact, the
 * base branch built the same way, and a job summary with every message of the content checker and the
 * pages added, changed and removed. The summary steps are run here as GitHub runs them (bash -e -o
 * pipefail), in a copy of the workspace made of links to this project.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCorpus, replaceLine } from '../../support/corpus.ts';
import { readWorkflow, ROOT, runBash, stepNamed, tempDirs, type Step } from '../../support/workflow.ts';

const { steps } = readWorkflow('pull-request.yml');
const step = (name: string) => stepNamed(steps, name);
const folders = tempDirs('carnet-pr-');

/** A workspace whose package.json, scripts, sources and dependencies are this project's, plus a summary file. */
function workspace(): { dir: string; temp: string; summary: string } {
  const dir = folders.make();
  for (const name of ['package.json', 'scripts', 'src', 'node_modules']) symlinkSync(path.join(ROOT, name), path.join(dir, name));
  const temp = path.join(dir, '.runner-temp');
  mkdirSync(temp);
  const summary = path.join(temp, 'summary.md');
  writeFileSync(summary, '');
  return { dir, temp, summary };
}

function runStep(s: Step, ws: { dir: string; temp: string; summary: string }, env: Record<string, string>) {
  const result = runBash(s.run ?? 'exit 9', {
    cwd: ws.dir,
    env: {
      PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
      HOME: process.env['HOME'] ?? ws.dir,
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: ws.temp,
      GITHUB_STEP_SUMMARY: ws.summary,
      ...env,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, summary: readFileSync(ws.summary, 'utf8') };
}

/** A built site of one page per entry: path → <main> text. */
function site(dir: string, pages: Record<string, string>): void {
  for (const [page, text] of Object.entries(pages)) {
    const file = path.join(dir, page, 'index.html');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(
      file,
      `<!doctype html><html lang="fr"><head><title>${text} — Carnet des labs</title></head><body><main><h1>${text}</h1></main></body></html>`,
    );
  }
}

describe('l’aperçu d’une contribution dans le workflow des pull requests', () => {
  it('garde le site construit en artefact téléchargeable, avec une action épinglée', () => {
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.uses).toMatch(/^actions\/upload-artifact@[0-9a-f]{40}$/);
    expect(upload?.with).toMatchObject({
      name: 'site-pr-${{ github.event.pull_request.number }}',
      path: 'dist',
      'if-no-files-found': 'error',
    });
    expect(steps.indexOf(upload as Step)).toBeGreaterThan(steps.findIndex((s) => s.run === 'npm run build'));
  });

  it('construit la branche de base dans un second dossier, de la même façon, sans faire échouer la pull request', () => {
    const base = step('branche de base');
    expect(base['continue-on-error']).toBe(true);
    expect(base.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    expect(base.run).toContain('git worktree add --detach "$RUNNER_TEMP/base" "origin/${BASE_REF}"');
    expect(base.run).toContain('npm ci --no-audit --no-fund');
    expect(base.run).toContain('node scripts/build.ts --out "$RUNNER_TEMP/comparaison/${BASE_REF//\\//-}"');
    expect(step('Lister les pages').if).toBe("steps.base.outcome == 'success'");
    expect(step('comparaison n’a pas pu').if).toBe("steps.base.outcome == 'failure'");
  });

  it('écrit dans le résumé chaque message du vérificateur de contenu, même quand la vérification échoue', () => {
    const ws = workspace();
    const corpus = folders.keep(makeCorpus({ 'content/projets/accueil.mdx': replaceLine('lab:', 'lab: lab-inexistant') }));
    const checker = step('messages du vérificateur');
    expect(checker.if).toBe("always() && steps.installer.outcome == 'success'");
    const r = runStep(checker, ws, { CARNET_CONTENT_ROOT: corpus });
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(r.summary).toContain('## Vérification du contenu\n\n~~~~text\n1 problème dans 1 fichier :\n');
    expect(r.summary).toContain(
      'content/projets/accueil.mdx:4:1 — champ « lab » : « lab-inexistant » ne correspond à aucune fiche de labs.',
    );
    // Plain text in the summary, not annotations (those are the check step's own output).
    expect(r.summary).not.toContain('::error');

    const fine = runStep(checker, workspace(), { CARNET_CONTENT_ROOT: folders.keep(makeCorpus()) });
    expect(fine.summary).toMatch(
      /~~~~text\nContenu vérifié : 1 labs, 1 projets, 1 methodes, 1 pratiques, 2 thematiques, aucun problème \(\d+ ms\)\.\n~~~~\n$/,
    );
  }, 30_000);

  it('écrit dans le résumé les pages ajoutées, modifiées et supprimées, et le lien de l’aperçu', () => {
    const ws = workspace();
    site(path.join(ws.temp, 'comparaison/release-2'), { '': 'Accueil', 'projets/a': 'Projet A', 'projets/b': 'Projet B' });
    site(path.join(ws.dir, 'dist'), { '': 'Accueil', 'projets/a': 'Projet A, revu', 'projets/c': 'Projet C' });
    const r = runStep(step('Lister les pages'), ws, {
      BASE_REF: 'release/2',
      ARTIFACT_NAME: 'site-pr-12',
      ARTIFACT_URL: 'https://github.com/ditp/carnet/actions/runs/1/artifacts/2',
    });
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(r.summary).toContain('**1 page ajoutée, 1 page modifiée, 1 page supprimée** (2 pages présentes dans les deux versions).');
    expect(r.summary).toContain('### Pages ajoutées (1)\n\n- `/projets/c/` — Projet C\n');
    expect(r.summary).toContain('### Pages modifiées (1)\n\n- `/projets/a/` — Projet A, revu (titre, contenu)\n');
    expect(r.summary).toContain('### Pages supprimées (1)\n\n- `/projets/b/` — Projet B\n');
    expect(r.summary).toContain('téléchargeable : [site-pr-12](https://github.com/ditp/carnet/actions/runs/1/artifacts/2)');
  }, 30_000);

  it('dit dans le résumé, sans échouer, quand la branche de base n’a pas pu être construite', () => {
    const ws = workspace();
    const r = runStep(step('comparaison n’a pas pu'), ws, { BASE_REF: 'main' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('::warning title=Comparaison impossible::');
    expect(r.summary).toContain('Le site de la branche `main` n’a pas pu être construit');
  });
});
