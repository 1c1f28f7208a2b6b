/**
 * npm run build — a failed build never replaces a good site. Builds into a fresh folder next to the
 * output (the content is checked by the build itself, every problem at once), then swaps it in; on any
 * failure the previous site stays as it was. Usage: node scripts/build.ts [--out DIR] (default dist/).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = path.resolve(outArg > 0 ? (process.argv[outArg + 1] ?? 'dist') : path.join(root, 'dist'));
const parent = path.dirname(out);
const previous = () =>
  existsSync(out) ? `Le site précédent (${path.relative(root, out) || out}) est inchangé.` : 'Aucun site n’a été publié.';

function fail(message: string, code = 1): never {
  console.error(`\n${message}`);
  process.exit(code);
}

// Same parent folder as the output, so the final swap is a rename on one file system.
const fresh = mkdtempSync(path.join(parent, `.${path.basename(out)}-construction-`));
let contentProblem = false;
const code = await new Promise<number>((resolve) => {
  // Astro's own entry point with this Node (24, from the project), rather than through npx (about a second).
  // Young generation of up to 32 MB per half: rendering 16 600 pages allocates short-lived strings without end, and
  // fewer scavenges made the build at 10 000 case studies 98–102 s instead of 102–105 s; the largest process stayed in
  // the range seen without it (2.3–3.2 GB).
  const child = spawn(
    process.execPath,
    ['--max-semi-space-size=32', path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', fresh],
    {
      cwd: root,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const watch = (chunk: Buffer, to: NodeJS.WriteStream) => {
    if (chunk.includes('Le contenu ne peut pas être publié')) contentProblem = true;
    to.write(chunk);
  };
  child.stdout.on('data', (c: Buffer) => watch(c, process.stdout));
  child.stderr.on('data', (c: Buffer) => watch(c, process.stderr));
  child.on('close', (status) => resolve(status ?? 1));
});
if (code !== 0) {
  rmSync(fresh, { recursive: true, force: true });
  fail(
    contentProblem
      ? `Construction annulée : le contenu a des problèmes (voir ci-dessus, ou « npm run check:content »). ${previous()}`
      : `La construction a échoué (code ${code}). ${previous()}`,
    code,
  );
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
