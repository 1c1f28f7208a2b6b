/**
 * npm run check:content — checks the whole corpus and reports every problem at once, in French.
 * Exit code 1 when anything must be fixed. In GitHub Actions, each problem is also an annotation.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemas } from '../src/model/index.ts';
import { loadCorpusInParallel } from '../src/lib/content/corpus.ts';
import { CONTENT_COLLECTIONS, type CollectionInfo, type CollectionName } from '../src/model/collections.ts';
import { contentRoot } from '../src/lib/content/loader.ts';
import { formatReport, sortProblems, type Problem } from '../src/lib/content/problems.ts';

/** A GitHub Actions annotation, so that each problem shows on the pull request's diff. */
function githubAnnotation(p: Problem): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const props = [`file=${p.file}`, p.line ? `line=${p.line}` : '', p.column ? `col=${p.column}` : '', 'title=Contenu à corriger']
    .filter(Boolean)
    .join(',');
  const field = p.field ? `Champ « ${p.field} » : ` : '';
  return `::error ${props}::${esc(`${field}${p.message} → ${p.fix}`)}`;
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = process.argv[2] ? path.resolve(process.argv[2]) : contentRoot(projectRoot);
const started = performance.now();
const { entries, problems } = await loadCorpusInParallel(root, schemas);
const ms = Math.round(performance.now() - started);

if (process.env.GITHUB_ACTIONS === 'true') for (const p of sortProblems(problems)) console.log(githubAnnotation(p));
// Optional collections (agenda, network file, templates): a corpus without them does not list them.
const counts = Object.entries(entries)
  .filter(([c, list]) => list.length > 0 || !(CONTENT_COLLECTIONS[c as CollectionName] as CollectionInfo).optional)
  .map(([c, list]) => `${list.length} ${c}`)
  .join(', ');
if (problems.length) {
  console.error(formatReport(problems));
  console.error(`\n${counts} lus en ${ms} ms.`);
  process.exit(1);
}
console.log(`Contenu vérifié : ${counts}, aucun problème (${ms} ms).`);
