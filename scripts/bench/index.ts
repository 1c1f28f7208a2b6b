/**
 * npm run bench — how the real site scales: for each size N, a synthetic corpus of N case studies
 * (scripts/bench/corpus.ts) is checked by the real content checker, built by the real build
 * (scripts/build.ts, with CARNET_CONTENT_ROOT), compared with a minimal Eleventy + Pagefind baseline
 * (scripts/bench/baseline/), then searched in Debian Chromium.
 *
 *   npm run bench -- --sizes 1000,10000 --json FILE [--keep] [--only site|baseline]
 *
 * Everything is written under os.tmpdir() and removed at the end (unless --keep); never into content/
 * or dist/. Sizes are in binary units: 1 Ko = 1 024 octets, 1 Mo = 1 024 Ko.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEleventy, ELEVENTY } from './baseline/build.ts';
import { measureSearch, pageWeight, type SearchCost } from './browser.ts';
import { lighthouseScores } from './lighthouse.ts';
import { BENCH_QUERY, BENCH_THEME, corpusShape, generateCorpus, writeCorpus } from './corpus.ts';
import { countHtml, folderBytes, GNU_TIME, phases, runMeasured, stopAll, type Measured, type Phase } from './measure.ts';
import { CHROMIUM } from '../../tests/support/browser.ts';
import { absolutePaths, command, corpusBuildEnv } from './cli.ts';
import { forgetShareImages, listShareImages } from './share-cache.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// ——— Options ———

interface Options {
  sizes: number[];
  json?: string;
  keep: boolean;
  only?: 'site' | 'baseline';
  seed: number;
  timeoutMinutes: number;
  /** Lighthouse mobile performance of three pages of each built site (scripts/bench/lighthouse.ts). */
  lighthouse: boolean;
}

const USAGE =
  'npm run bench -- [--sizes 1000,10000] [--json FICHIER] [--keep] [--only site|baseline] [--seed 1] [--timeout MINUTES] [--lighthouse]';

export function parseOptions(argv: string[]): Options {
  const { values, usage, number, oneOf } = command(argv, USAGE, {
    sizes: { type: 'string' },
    json: { type: 'string' },
    keep: { type: 'boolean' },
    only: { type: 'string' },
    seed: { type: 'string' },
    timeout: { type: 'string' },
    lighthouse: { type: 'boolean' },
  });
  const sizes = (values.sizes ?? '1000,10000').split(',').map((n) => Number(n.replace(/[\s_]/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    usage('--sizes attend des nombres entiers positifs séparés par des virgules (1000,10000).');
  const only = oneOf(values.only, ['site', 'baseline'], '--only attend « site » ou « baseline ».');
  const seed = number(values.seed, 1, Number.isInteger, '--seed attend un nombre entier.');
  const timeoutMinutes = number(values.timeout, 60, (n) => n > 0, '--timeout attend un nombre de minutes positif.');
  return {
    sizes,
    keep: values.keep ?? false,
    lighthouse: values.lighthouse ?? false,
    seed,
    timeoutMinutes,
    ...absolutePaths({ json: values.json }),
    ...(only ? { only } : {}),
  };
}

/** The steps of scripts/build.ts, by the first log line of each. */
const SITE_PHASES = [
  { name: 'vérification du contenu (check-content), lancement d’astro', start: null },
  { name: 'Astro : configuration, chargement et rendu du corpus (loader)', start: /\[carnet-decap\]|\[content\] Syncing/ },
  { name: 'Vite : bundles', start: /Building static entrypoints/ },
  { name: 'Astro : génération des pages', start: /generating static routes/ },
  { name: 'images de partage, Decap, plan du site (intégrations)', start: /\[build\] ✓ Completed in/ },
  { name: 'Pagefind : fin de l’indexation, écriture (intégration)', start: /sitemap-index\.xml. created/ },
  { name: 'mise en place', start: /pages indexées en/ },
];

// ——— Results ———

interface SiteResult {
  buildSeconds: number;
  indexSeconds: number;
  totalSeconds: number;
  peakMemoryMB: number;
  outputMB: number;
}
interface SizeResult {
  site: SiteResult | null;
  baseline: { totalSeconds: number; peakMemoryMB: number } | null;
  ratio: number | null;
  search: {
    indexKB: number;
    firstQueryKB: number;
    firstQueryFilteredKB: number;
    firstResultsMs: number;
    /** KiB per part (js, wasm, meta, index, filtres, fragments) of the median run of each query. */
    parts: { plain: Record<string, number>; filtered: Record<string, number> };
  } | null;
  /** Median Lighthouse mobile performance scores (with --lighthouse). */
  lighthouse?: { home: number; caseStudy: number; search: number } | null;
  page: { caseStudyKB: number } | null;
  pagesPerSecond: number | null;
}
/** What is shown on screen but not stored in the JSON. */
interface Details {
  pages?: number;
  siteProcessMB?: number;
  /** Peak of each program of the site's build (node, Pagefind…), in MiB. */
  siteProgramsMB?: Record<string, number>;
  baselineProcessMB?: number;
  astro?: string | undefined;
  shareImages?: string | undefined;
  searchFilteredMs?: number;
  searchRequests?: number;
  searchBreakdown?: string;
  htmlKB?: { site: number; baseline?: number };
  sitePhases?: Phase[];
  notes: string[];
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const roundAll = (kb: Record<string, number>) => Object.fromEntries(Object.entries(kb).map(([k, n]) => [k, round(n)]));
const fr = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined || Number.isNaN(n)
    ? '—'
    : n.toLocaleString('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const log = (message: string) => console.log(message);

function failure(what: string, run: Measured, logFile: string): string {
  const why = run.timedOut ? 'délai dépassé' : `code ${run.code ?? run.signal}`;
  const tail = run.output.trim().split('\n').slice(-15).join('\n    ');
  return `${what} : échec (${why}) après ${fr(run.seconds)} s. Fin du journal (${logFile}) :\n    ${tail}`;
}

/** A progress line for the interesting lines of a build log. */
function echo(prefix: string) {
  return (line: string) => {
    if (
      /pages indexées|images de partage|page\(s\) built|Complete!|Wrote \d+ files|Témoin Eleventy|Contenu vérifié|error|erreur|échec/i.test(
        line,
      )
    )
      log(`    ${prefix}${line.trim()}`);
  };
}

/** What to clean up if the bench is interrupted (Ctrl-C, SIGTERM) in the middle of a size. */
const pending: { work?: string; keep: boolean; cache?: { before: Map<string, number>; since: number } } = { keep: false };

function cleanUpPending(): void {
  if (pending.cache) forgetShareImages(pending.cache.before, pending.cache.since);
  if (pending.work && !pending.keep) rmSync(pending.work, { recursive: true, force: true });
}

async function benchSize(size: number, options: Options, eleventy: boolean): Promise<{ result: SizeResult; details: Details }> {
  const details: Details = { notes: [] };
  const result: SizeResult = {
    site: null,
    baseline: null,
    ratio: null,
    search: null,
    page: null,
    pagesPerSecond: null,
    ...(options.lighthouse ? { lighthouse: null } : {}),
  };
  const work = mkdtempSync(path.join(os.tmpdir(), `carnet-bench-${size}-`));
  pending.work = work;
  pending.keep = options.keep;
  const corpus = path.join(work, 'corpus');
  const timeoutMs = options.timeoutMinutes * 60_000;
  try {
    const shape = corpusShape(size);
    log(
      `\n▶ ${fr(size, 0)} études de cas (${shape.labs} labs, ${shape.methodes} méthodes, ${shape.pratiques} pratiques) — dossier ${work}`,
    );
    let t = performance.now();
    const files = generateCorpus({ size, seed: options.seed });
    writeCorpus(corpus, files);
    log(
      `  Corpus généré : ${files.length} fichiers, ${fr(folderBytes(corpus) / 1024 ** 2)} Mo, en ${fr((performance.now() - t) / 1000)} s.`,
    );

    t = performance.now();
    const check = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-content.ts'), corpus], {
      cwd: ROOT,
      encoding: 'utf8',
      env: corpusBuildEnv(corpus),
      maxBuffer: 64 * 1024 ** 2,
    });
    if (check.status !== 0)
      throw new Error(`le corpus synthétique ne passe pas le vérificateur de contenu :\n${(check.stderr || check.stdout).slice(0, 4000)}`);
    log(`  ${check.stdout.trim()} (vérificateur réel, ${fr((performance.now() - t) / 1000)} s)`);

    if (options.only !== 'baseline') {
      const dist = path.join(work, 'site');
      const logFile = path.join(work, 'site.log');
      const cacheBefore = listShareImages();
      const since = Date.now() - 1000;
      pending.cache = { before: cacheBefore, since };
      log(
        `  Construction du site réel (node scripts/build.ts --out …), charge moyenne ${os
          .loadavg()
          .map((l) => fr(l, 2))
          .join(' / ')}…`,
      );
      const run = await runMeasured(process.execPath, [path.join(ROOT, 'scripts/build.ts'), '--out', dist], {
        cwd: ROOT,
        env: corpusBuildEnv(corpus),
        logFile,
        timeoutMs,
        onLine: echo(''),
      });
      const removed = forgetShareImages(cacheBefore, since);
      delete pending.cache;
      if (removed)
        details.notes.push(`${removed} images de partage du corpus synthétique retirées du cache node_modules/.cache/carnet-partage.`);
      if (run.code !== 0 || run.timedOut) {
        details.notes.push(failure('Site réel', run, logFile));
        log(`  ✗ ${details.notes.at(-1) ?? ''}`);
      } else {
        const indexed = /(\d+) pages indexées en (\d+) ms/.exec(run.output);
        const indexSeconds = indexed ? Number(indexed[2]) / 1000 : NaN;
        result.site = {
          buildSeconds: round(run.seconds - indexSeconds, 2),
          indexSeconds: round(indexSeconds, 2),
          totalSeconds: round(run.seconds, 2),
          peakMemoryMB: round(run.peakTreeMB),
          outputMB: round(folderBytes(dist) / 1024 ** 2),
        };
        details.pages = countHtml(dist);
        details.sitePhases = phases(run, SITE_PHASES);
        if (run.peakProcessMB !== undefined) details.siteProcessMB = round(run.peakProcessMB);
        details.siteProgramsMB = run.peakByProgramMB;
        details.astro = /\d+ page\(s\) built in [\d.]+m?s/.exec(run.output)?.[0];
        details.shareImages = /\d+ images de partage .* en \d+ ms/.exec(run.output)?.[0];
        result.pagesPerSecond = round(details.pages / run.seconds);

        const first = files.find((f) => f.path.startsWith('content/projets/'));
        const id = first ? path.basename(first.path).replace(/\.mdx?$/, '') : '';
        const weight = pageWeight(dist, `projets/${id}/index.html`);
        result.page = { caseStudyKB: round(weight.caseStudyKB) };
        details.htmlKB = { site: round(averageHtml(path.join(dist, 'projets')) / 1024) };

        const indexKB = round(folderBytes(path.join(dist, 'pagefind')) / 1024);
        if (!existsSync(CHROMIUM)) {
          details.notes.push(`Chromium absent (${CHROMIUM}) : coût de la recherche non mesuré (paquet Debian « chromium »).`);
        } else {
          log(`  Recherche dans Chromium : « ${BENCH_QUERY} », puis avec le filtre thématique « ${BENCH_THEME} »…`);
          const scratch = path.join(work, 'chromium');
          mkdirSync(scratch);
          const s: Omit<SearchCost, 'indexKB'> = await measureSearch(dist, BENCH_QUERY, BENCH_THEME, scratch);
          result.search = {
            indexKB,
            firstQueryKB: round(s.firstQueryKB),
            firstQueryFilteredKB: round(s.firstQueryFilteredKB),
            firstResultsMs: Math.round(s.firstResultsMs),
            parts: { plain: roundAll(s.byKindKB), filtered: roundAll(s.byKindFilteredKB) },
          };
          details.searchFilteredMs = Math.round(s.firstResultsFilteredMs);
          details.searchRequests = s.requests;
          const parts = (kb: Record<string, number>) =>
            Object.entries(kb)
              .map(([k, n]) => `${k} ${fr(n)} Ko`)
              .join(', ');
          details.searchBreakdown = `${parts(s.byKindKB)} ; avec le filtre : ${parts(s.byKindFilteredKB)}`;
        }
        if (options.lighthouse) {
          if (!existsSync(CHROMIUM)) details.notes.push(`Chromium absent (${CHROMIUM}) : Lighthouse non mesuré.`);
          else {
            log('  Lighthouse mobile (accueil, une étude de cas, la recherche), trois essais par page…');
            const scores = await lighthouseScores(dist, {
              runs: 3,
              onRun: (page, run, m) => log(`    ${page.name}, essai ${run} : ${m.score} (indice CPU ${Math.round(m.benchmarkIndex)})`),
            });
            const score = (name: string) => scores.find((p) => p.name === name)?.score ?? NaN;
            result.lighthouse = { home: score('Accueil'), caseStudy: score('Étude de cas'), search: score('Recherche') };
          }
        }
      }
      if (!options.keep) rmSync(dist, { recursive: true, force: true });
    }

    if (options.only !== 'site') {
      if (!eleventy) {
        details.notes.push(`Témoin ignoré : Eleventy n’est pas installé (npm i -D ${ELEVENTY}@3).`);
      } else {
        const out = path.join(work, 'baseline');
        const logFile = path.join(work, 'baseline.log');
        log(
          `  Construction du témoin Eleventy + Pagefind, charge moyenne ${os
            .loadavg()
            .map((l) => fr(l, 2))
            .join(' / ')}…`,
        );
        const run = await runMeasured(process.execPath, [path.join(ROOT, 'scripts/bench/baseline/build.ts'), corpus, out], {
          cwd: work,
          env: corpusBuildEnv(corpus),
          logFile,
          timeoutMs,
          onLine: echo(''),
        });
        if (run.code !== 0 || run.timedOut) {
          details.notes.push(failure('Témoin Eleventy', run, logFile));
          log(`  ✗ ${details.notes.at(-1) ?? ''}`);
        } else {
          result.baseline = { totalSeconds: round(run.seconds, 2), peakMemoryMB: round(run.peakTreeMB) };
          if (run.peakProcessMB !== undefined) details.baselineProcessMB = round(run.peakProcessMB);
          const html = round(averageHtml(path.join(out, 'projets')) / 1024);
          details.htmlKB = { site: details.htmlKB?.site ?? NaN, baseline: html };
        }
        if (!options.keep) rmSync(out, { recursive: true, force: true });
      }
    }
    if (result.site && result.baseline) result.ratio = round(result.site.totalSeconds / result.baseline.totalSeconds, 2);
  } catch (error) {
    details.notes.push(`Mesure interrompue : ${error instanceof Error ? error.message : String(error)}`);
    log(`  ✗ ${details.notes.at(-1) ?? ''}`);
  } finally {
    if (options.keep) log(`  Dossiers conservés (--keep) : ${work}`);
    else rmSync(work, { recursive: true, force: true });
    delete pending.work;
  }
  return { result, details };
}

/** Mean size of the index.html files one level under `dir` (the case-study pages, not the list's pages 2, 3…), in bytes. */
function averageHtml(dir: string): number {
  if (!existsSync(dir)) return NaN;
  const sizes = readdirSync(dir)
    .filter((name) => !/^\d+$/.test(name))
    .map((name) => path.join(dir, name, 'index.html'))
    .filter((f) => existsSync(f))
    .map((f) => statSync(f).size);
  return sizes.length ? sizes.reduce((a, b) => a + b, 0) / sizes.length : NaN;
}

function table(sizes: number[], results: Record<string, SizeResult>, details: Record<string, Details>): string {
  const rows: [string, (r: SizeResult, d: Details) => string][] = [
    ['Site : construction hors index (s)', (r) => fr(r.site?.buildSeconds)],
    ['Site : indexation Pagefind (s)', (r) => fr(r.site?.indexSeconds)],
    ['Site : total (s)', (r) => fr(r.site?.totalSeconds)],
    ['Site : mémoire max, arbre de processus (Mo)', (r) => fr(r.site?.peakMemoryMB, 0)],
    ['Site : mémoire max, plus gros processus (Mo)', (_r, d) => fr(d.siteProcessMB, 0)],
    ['Site : taille de la sortie (Mo)', (r) => fr(r.site?.outputMB)],
    ['Site : pages HTML', (_r, d) => fr(d.pages, 0)],
    ['Site : pages par seconde', (r) => fr(r.pagesPerSecond)],
    ['Témoin Eleventy : total (s)', (r) => fr(r.baseline?.totalSeconds)],
    ['Témoin Eleventy : mémoire max (Mo)', (r) => fr(r.baseline?.peakMemoryMB, 0)],
    ['Rapport site / témoin (temps)', (r) => fr(r.ratio, 2)],
    ['Page d’étude de cas, HTML moyen site / témoin (Ko)', (_r, d) => (d.htmlKB ? `${fr(d.htmlKB.site)} / ${fr(d.htmlKB.baseline)}` : '—')],
    ['Recherche : index (Ko)', (r) => fr(r.search?.indexKB, 0)],
    ['Recherche : 1re requête, octets transférés (Ko)', (r) => fr(r.search?.firstQueryKB)],
    ['Recherche : 1re requête filtrée (Ko)', (r) => fr(r.search?.firstQueryFilteredKB)],
    ['Recherche : premiers résultats (ms)', (r) => fr(r.search?.firstResultsMs, 0)],
    ['Recherche : premiers résultats, filtrée (ms)', (_r, d) => fr(d.searchFilteredMs, 0)],
    ['Page d’étude de cas + CSS + JS, gzip (Ko)', (r) => fr(r.page?.caseStudyKB)],
    [
      'Lighthouse mobile : accueil / étude de cas / recherche',
      (r) => (r.lighthouse ? `${r.lighthouse.home} / ${r.lighthouse.caseStudy} / ${r.lighthouse.search}` : '—'),
    ],
  ];
  const header = ['Mesure', ...sizes.map((s) => `${fr(s, 0)} études`)];
  const lines = [
    header,
    ...rows.map(([label, f]) => [
      label,
      ...sizes.map((s) => {
        const r = results[String(s)];
        const d = details[String(s)];
        return r && d ? f(r, d) : '—';
      }),
    ]),
  ];
  const widths = header.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (l: string[]) => l.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [fmt(lines[0] ?? []), widths.map((w) => '─'.repeat(w)).join('  '), ...lines.slice(1).map(fmt)].join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const machine = { cores: os.availableParallelism(), memoryGB: round(os.totalmem() / 1024 ** 3), node: process.version };
  log(
    `Banc d’essai du Carnet des labs — ${machine.cores} cœurs, ${fr(machine.memoryGB)} Go de mémoire, Node ${machine.node}, graine ${options.seed}.`,
  );
  log(
    `Mémoire : somme de VmRSS de tout l’arbre de processus relevée toutes les 100 ms dans /proc${existsSync(GNU_TIME) ? ` ; ${GNU_TIME} -v donne en plus le maximum du plus gros processus` : ` (${GNU_TIME} absent)`}.`,
  );
  log(
    process.env.CARNET_IMAGES_PARTAGE === 'oui'
      ? 'Images de partage : une par page (CARNET_IMAGES_PARTAGE=oui), dessinées à froid à chaque mesure.'
      : 'Images de partage : celle du site seulement (CARNET_IMAGES_PARTAGE=non, défaut du banc) ; CARNET_IMAGES_PARTAGE=oui npm run bench … pour mesurer une image par page.',
  );
  const eleventy = options.only === 'site' ? false : (await loadEleventy()) !== undefined;
  if (options.only !== 'site' && !eleventy)
    log(`Eleventy n’est pas installé : le témoin sera ignoré (rapport null). Pour l’activer : npm i -D ${ELEVENTY}@3`);

  const stop = (signal: NodeJS.Signals) => {
    log(`\nInterrompu (${signal}) : arrêt des constructions en cours et nettoyage.`);
    stopAll();
    // Let the build processes exit before removing their folders and the share images they drew.
    setTimeout(() => {
      cleanUpPending();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }, 2000);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const results: Record<string, SizeResult> = {};
  const details: Record<string, Details> = {};
  for (const size of options.sizes) {
    const { result, details: d } = await benchSize(size, options, eleventy);
    results[String(size)] = result;
    details[String(size)] = d;
    if (options.json) writeFileSync(options.json, `${JSON.stringify({ machine, sizes: results }, null, 2)}\n`);
  }

  log(`\n${table(options.sizes, results, details)}`);
  for (const size of options.sizes) {
    const d = details[String(size)];
    if (!d) continue;
    const extra = [
      d.astro && `Astro : ${d.astro}`,
      d.shareImages && `partage : ${d.shareImages}`,
      d.siteProgramsMB &&
        `mémoire max de chaque programme de la construction : ${Object.entries(d.siteProgramsMB)
          .map(([name, mb]) => `${name} ${fr(mb, 0)} Mo`)
          .join(', ')}`,
      d.searchRequests !== undefined &&
        `1re recherche : ${d.searchRequests} requêtes pagefind/* (${d.searchBreakdown ?? ''} ; octets sur le réseau, texte compressé en gzip)`,
      ...d.notes,
    ].filter(Boolean);
    if (extra.length) log(`\n${fr(size, 0)} études :\n  - ${extra.join('\n  - ')}`);
    if (d.sitePhases?.length) {
      log('  Étapes du site réel (durée, mémoire max de l’arbre) :');
      for (const p of d.sitePhases) log(`    ${fr(p.seconds).padStart(7)} s  ${fr(p.peakMB, 0).padStart(6)} Mo  ${p.name}`);
    }
  }
  if (options.json) log(`\nRésultats écrits dans ${options.json}.`);
  else log('\n(Ajoutez --json FICHIER pour enregistrer les résultats.)');
}

if (import.meta.main) await main();
