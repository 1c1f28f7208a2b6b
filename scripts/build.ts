/**
 * npm run build — a failed build never replaces a good site. Checks the content, builds into a fresh
 * folder next to the output, then swaps it in; on any failure the previous site stays as it was.
 * Usage: node scripts/build.ts [--out DIR] (default dist/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = path.resolve(outArg > 0 ? (process.argv[outArg + 1] ?? 'dist') : path.join(root, 'dist'));
const parent = path.dirname(out);

function fail(message: string, code = 1): never {
  console.error(`\n${message}`);
  process.exit(code);
}

const check = spawnSync(process.execPath, [path.join(root, 'scripts/check-content.ts')], { stdio: 'inherit', cwd: root });
if (check.status !== 0) fail(`Construction annulée : le contenu a des problèmes (voir ci-dessus). ${existsSync(out) ? `Le site précédent (${path.relative(root, out)}/) est inchangé.` : ''}`);

// Same parent folder as the output, so the final swap is a rename on one file system.
const fresh = mkdtempSync(path.join(parent, `.${path.basename(out)}-construction-`));
const astro = spawnSync('npx', ['astro', 'build', '--outDir', fresh], { stdio: 'inherit', cwd: root, env: process.env });
if (astro.status !== 0) {
  rmSync(fresh, { recursive: true, force: true });
  fail(`La construction a échoué (code ${astro.status ?? astro.signal}). ${existsSync(out) ? `Le site précédent (${path.relative(root, out) || out}) est inchangé.` : 'Aucun site n’a été publié.'}`, astro.status ?? 1);
}

const old = existsSync(out) ? `${fresh}-ancien` : undefined;
if (old) renameSync(out, old);
try {
  renameSync(fresh, out);
} catch (error) {
  if (old) renameSync(old, out);
  fail(`Impossible de mettre le nouveau site en place : ${String(error)}. Le site précédent est inchangé.`);
}
if (old) rmSync(old, { recursive: true, force: true });
console.log(`\nSite construit dans ${path.relative(root, out) || out}/.`);
