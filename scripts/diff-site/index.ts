/**
 * npm run diff-site -- AVANT APRES [--markdown] — the pages a change adds, changes and removes between
 * two builds of the site (two folders made by `npm run build`), compared by what a reader is shown
 * (./pages.ts). Plain lines by default; `--markdown` for a pull request's job summary.
 * Exits 0 once both folders are read, whatever the differences; 2 on a wrong call.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { diffSites, formatMarkdown, formatText, pagePath, pageSignature, type PageSignature } from './pages.ts';

const args = process.argv.slice(2);
const markdown = args.includes('--markdown');
const folders = args.filter((a) => !a.startsWith('--'));

function usage(message: string): never {
  console.error(`${message}\nUsage : npm run diff-site -- DOSSIER_AVANT DOSSIER_APRES [--markdown]`);
  process.exit(2);
}

if (folders.length !== 2 || args.some((a) => a.startsWith('--') && a !== '--markdown'))
  usage('diff-site attend deux dossiers de site construit.');

/** Every page of a build folder: site path → what a reader is shown. */
function readSite(dir: string): Map<string, PageSignature> {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    usage(`Le dossier « ${dir} » n’existe pas : construisez d’abord le site (npm run build -- --out ${dir}).`);
  const pages = new Map<string, PageSignature>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(dir, path.join(entry.parentPath, entry.name));
    const page = pagePath(file);
    if (page) pages.set(page, pageSignature(readFileSync(path.join(dir, file), 'utf8')));
  }
  return pages;
}

const [before = '', after = ''] = folders;
const diff = diffSites(readSite(before), readSite(after));
console.log(
  markdown
    ? formatMarkdown(diff, { before: path.basename(path.resolve(before)), after: path.basename(path.resolve(after)) })
    : formatText(diff),
);
