/**
 * npm test — every quality gate in order, stopping at the first that fails:
 * types and lint, unit tests (with the coverage of src/ and its floor), content check and build, browser tests
 * on the built site.
 * Ends with one line "N passed, N failed" counting the tests of every vitest project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const reports = mkdtempSync(path.join(tmpdir(), 'carnet-tests-'));
const totals = { passed: 0, failed: 0 };

/** Runs one step; on failure, prints the counts so far (with the failed step's own counts, if any) and stops. */
function run(label: string, command: string, args: string[], counted?: () => boolean): void {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const hasCounts = counted?.() ?? false;
  if (result.status !== 0) {
    console.error(`\n✗ Échec : ${label} (code ${result.status ?? result.signal}).`);
    // A failed test run says how many of its tests failed; a failed step that is not a test run counts as one.
    console.log(`${totals.passed} passed, ${totals.failed + (hasCounts ? 0 : 1)} failed`);
    process.exit(result.status ?? 1);
  }
}

function vitest(label: string, projects: string[], extra: string[] = []): void {
  const out = path.join(reports, `${projects.join('-')}.json`);
  const only = projects.flatMap((p) => ['--project', p]);
  const count = (): boolean => {
    if (!existsSync(out)) return false;
    const report = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    return report.numFailedTests > 0;
  };
  run(label, 'npx', ['vitest', 'run', ...only, ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], count);
}

run('Types et lint (astro check, eslint)', 'npm', ['run', '--silent', 'check']);
// With the coverage of src/, which fails the run below the floor set in vitest.config.ts.
vitest('Tests unitaires et composants (API container d’Astro), couverture de src/', ['unit', 'components'], ['--coverage']);
// The agenda's « à venir » and « passé » depend on the build date: the tested site is built as on 3 December 2026.
process.env.CARNET_DATE ??= '2026-12-03';
run('Vérification du contenu et construction du site', 'npm', ['run', '--silent', 'build']);
vitest('Tests dans le navigateur (Chromium) sur le site construit', ['e2e']);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
