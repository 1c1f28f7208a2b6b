/**
 * Lighthouse mobile performance of the built site: the home page, one case study and a search, each
 * measured N times with Lighthouse's default (mobile, simulated throttling) config, performance only,
 * in Debian's Chromium. The run with the median score is kept for each page.
 *
 *   node scripts/bench/lighthouse.ts [--dist DIR] [--json FILE] [--runs 3] [--reports DIR] [--threshold 95]
 *
 * Exit code 1 when a median score is below the threshold (95), 2 on error, 0 otherwise. Never builds: measures
 * dist/ (or --dist, or CARNET_DIST) as it is, served by the test server (tests/support/server.ts), which gzips
 * text responses as GitHub Pages, Cloudflare and docs/nginx.conf do.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { absolutePaths, command } from './cli.ts';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { generateReport, type Flags, type Result } from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/support/browser.ts';
import { serveDist } from '../../tests/support/server.ts';

/** Flags this machine needs (tests/support/browser.ts); chrome-launcher adds its own quiet defaults. */
const CHROME_FLAGS = CHROMIUM_ARGS;

export const THRESHOLD = 95;

export interface PageToMeasure {
  /** Short French label, shown in the table. */
  name: string;
  /** Path and query, relative to the site root: `/`, `/projets/x/`, `/recherche/?q=usagers`. */
  path: string;
}

export interface RunMetrics {
  /** Performance score, 0–100. */
  score: number;
  /** First Contentful Paint, ms. */
  fcp: number;
  /** Largest Contentful Paint, ms. */
  lcp: number;
  /** Total Blocking Time, ms. */
  tbt: number;
  /** Cumulative Layout Shift (unitless). */
  cls: number;
  /** Speed Index, ms. */
  speedIndex: number;
  /** Total transfer size of the page load, bytes (text gzipped by the test server, as by a host). */
  totalBytes: number;
  /** Lighthouse's CPU benchmark of the machine during the run (higher is faster; a busy machine scores lower). */
  benchmarkIndex: number;
}

export interface PageScore extends RunMetrics {
  name: string;
  path: string;
  /** Audits that cost the most in the kept run (estimated savings, ms or bytes, as Lighthouse reports). */
  opportunities: { id: string; title: string; displayValue: string }[];
  /** Audits Lighthouse could not compute in the kept run (id: message), e.g. trace formats newer than it knows. */
  auditErrors: string[];
  /** Lighthouse version and browser of the kept run. */
  lighthouseVersion: string;
  browser: string;
  /** Every run, in order. */
  runs: RunMetrics[];
}

export interface LighthouseOptions {
  /** Runs per page (default 3); the run with the median score is kept. */
  runs?: number;
  /** Pages to measure; default: home, first case study found in dist/projets/, search for « usagers ». */
  pages?: PageToMeasure[];
  /** Chromium binary (default: CHROMIUM_PATH or /usr/bin/chromium). */
  chromePath?: string;
  /** Folder where the kept run of each page is written as Lighthouse JSON and HTML reports. */
  reportsDir?: string;
  /** Called when a run fails and is tried again (Lighthouse's trace is sometimes unusable: NO_NAVSTART, NO_FCP…). */
  onRetry?: (page: PageToMeasure, run: number, attempt: number, error: Error) => void;
  /** Called after each run (progress). */
  onRun?: (page: PageToMeasure, run: number, metrics: RunMetrics) => void;
}

/** The pages of the performance requirement, found in a built site. */
export function defaultPages(dist: string): PageToMeasure[] {
  const projects = path.join(dist, 'projets');
  const firstCase = existsSync(projects)
    ? readdirSync(projects, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(path.join(projects, entry.name, 'index.html')))
        .map((entry) => entry.name)
        .sort()[0]
    : undefined;
  if (!firstCase) throw new Error(`Aucune étude de cas (projets/<id>/index.html) dans ${dist}.`);
  return [
    { name: 'Accueil', path: '/' },
    { name: 'Étude de cas', path: `/projets/${firstCase}/` },
    { name: 'Recherche', path: '/recherche/?q=usagers' },
  ];
}

const numeric = (lhr: Result, id: string) => {
  const value = lhr.audits[id]?.numericValue;
  if (value === undefined) throw new Error(`Audit Lighthouse « ${id} » sans valeur (${lhr.audits[id]?.errorMessage ?? 'absent'}).`);
  return value;
};

export function metricsOf(lhr: Result): RunMetrics {
  const score = lhr.categories['performance']?.score;
  if (score === undefined || score === null) {
    throw new Error(`Pas de score de performance pour ${lhr.finalDisplayedUrl} : ${lhr.runtimeError?.message ?? 'erreur inconnue'}.`);
  }
  return {
    score: Math.round(score * 100),
    fcp: numeric(lhr, 'first-contentful-paint'),
    lcp: numeric(lhr, 'largest-contentful-paint'),
    tbt: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    speedIndex: numeric(lhr, 'speed-index'),
    totalBytes: numeric(lhr, 'total-byte-weight'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/** Failed or partly scored audits of the performance category that estimate a saving, largest first. */
function opportunitiesOf(lhr: Result): PageScore['opportunities'] {
  const refs = lhr.categories['performance']?.auditRefs ?? [];
  const metricAudits = [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ];
  const savings = (audit: Result['audits'][string]) => (audit.metricSavings?.LCP ?? 0) + (audit.metricSavings?.FCP ?? 0);
  return refs
    .flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (
        !audit ||
        audit.score === null ||
        audit.score >= 0.9 ||
        audit.scoreDisplayMode === 'informative' ||
        metricAudits.includes(audit.id)
      )
        return [];
      return [audit];
    })
    .sort((a, b) => savings(b) - savings(a))
    .map((audit) => ({ id: audit.id, title: audit.title, displayValue: audit.displayValue ?? '' }));
}

/** One Lighthouse run in a fresh Chromium with a fresh profile, removed afterwards. */
async function runOnce(url: string, chromePath: string): Promise<Result> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'carnet-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROME_FLAGS,
    userDataDir,
    logLevel: 'silent',
    handleSIGINT: true,
  });
  try {
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], locale: 'fr' };
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse n’a rien rendu pour ${url}.`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse, ${url} : ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

const ATTEMPTS = 3;
/** Below this fraction of the fastest run's CPU index, a run was slowed down by other work on the machine. */
const SLOW_CPU = 0.7;

async function withRetries<T>(task: () => Promise<T>, onRetry: (error: Error, attempt: number) => void): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      onRetry(error instanceof Error ? error : new Error(String(error)), attempt);
    }
  }
}

/** The run with the median score (ties: the slower LCP first, so an even count keeps the lower middle). */
function medianRun<T extends { metrics: RunMetrics }>(runs: T[]): T {
  const sorted = [...runs].sort((a, b) => a.metrics.score - b.metrics.score || b.metrics.lcp - a.metrics.lcp);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('Aucun essai Lighthouse.');
  return median;
}

const fileName = (page: PageToMeasure) =>
  page.name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');

/** Serves `dist`, runs Lighthouse on each page `runs` times, and keeps the median run of each. */
export async function lighthouseScores(dist: string, options: LighthouseOptions = {}): Promise<PageScore[]> {
  const runs = options.runs ?? 3;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('Le nombre d’essais doit être un entier positif.');
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`Pas de site construit dans ${dist} (index.html absent).`);
  const pages = options.pages ?? defaultPages(dist);
  const chromePath = options.chromePath ?? CHROMIUM;
  const served = await serveDist(dist);
  try {
    const scores: PageScore[] = [];
    for (const page of pages) {
      const url = new URL(page.path.replace(/^\//, ''), served.url).href;
      const done: { lhr: Result; metrics: RunMetrics }[] = [];
      for (let i = 0; i < runs; i++) {
        const lhr = await withRetries(
          () => runOnce(url, chromePath),
          (error, attempt) => options.onRetry?.(page, i + 1, attempt, error),
        );
        const metrics = metricsOf(lhr);
        done.push({ lhr, metrics });
        options.onRun?.(page, i + 1, metrics);
      }
      const { lhr, metrics } = medianRun(done);
      if (options.reportsDir) {
        mkdirSync(options.reportsDir, { recursive: true });
        const base = path.join(options.reportsDir, fileName(page));
        writeFileSync(`${base}.report.json`, JSON.stringify(lhr, null, 2));
        writeFileSync(`${base}.report.html`, generateReport(lhr, 'html'));
      }
      scores.push({
        name: page.name,
        path: page.path,
        ...metrics,
        opportunities: opportunitiesOf(lhr),
        auditErrors: Object.values(lhr.audits)
          .filter((audit) => audit.scoreDisplayMode === 'error')
          .map((audit) => `${audit.id}: ${audit.errorMessage ?? ''}`),
        lighthouseVersion: lhr.lighthouseVersion,
        browser: lhr.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? lhr.environment.hostUserAgent,
        runs: done.map((run) => run.metrics),
      });
    }
    return scores;
  } finally {
    await served.close();
  }
}

// ——— CLI ———

interface CliOptions {
  dist: string;
  json?: string;
  runs: number;
  reports?: string;
  threshold: number;
}

const USAGE = 'node scripts/bench/lighthouse.ts [--dist DOSSIER] [--json FICHIER] [--runs 3] [--reports DOSSIER] [--threshold 95]';

export function parseOptions(argv: string[]): CliOptions {
  const { values, number } = command(argv, USAGE, {
    dist: { type: 'string' },
    json: { type: 'string' },
    reports: { type: 'string' },
    runs: { type: 'string' },
    threshold: { type: 'string' },
  });
  const runs = number(values.runs, 3, (n) => Number.isInteger(n) && n >= 1, '--runs attend un entier positif.');
  const threshold = number(
    values.threshold,
    THRESHOLD,
    (n) => Number.isFinite(n) && n >= 0 && n <= 100,
    '--threshold attend un nombre de 0 à 100.',
  );
  return {
    dist: path.resolve(values.dist ?? process.env.CARNET_DIST ?? 'dist'),
    runs,
    threshold,
    ...absolutePaths({ json: values.json, reports: values.reports }),
  };
}

const fr = (n: number, digits = 0) => n.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const seconds = (ms: number) => `${fr(ms / 1000, 1)} s`;
const kib = (bytes: number) => `${fr(bytes / 1024)} Ko`;

function table(scores: PageScore[], threshold: number): string {
  const header = ['Page', 'Score', 'Essais', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index', 'Transfert'];
  const rows = scores.map((s) => [
    `${s.name} (${s.path})`,
    `${s.score}${s.score < threshold ? ' ✗' : ''}`,
    s.runs.map((r) => r.score).join(' / '),
    seconds(s.fcp),
    seconds(s.lcp),
    `${fr(s.tbt)} ms`,
    fr(s.cls, 3),
    seconds(s.speedIndex),
    kib(s.totalBytes),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const serving = 'réponses texte compressées en gzip, comme chez un hébergeur';
  console.log(`Lighthouse ${options.runs} fois par page (mobile, débit simulé, performance seule) sur ${options.dist} (${serving})`);
  const scores = await lighthouseScores(options.dist, {
    runs: options.runs,
    ...(options.reports ? { reportsDir: options.reports } : {}),
    onRetry: (page, run, attempt, error) =>
      console.log(`  ${page.name}, essai ${run} : échec ${attempt}/${ATTEMPTS - 1}, nouvel essai (${error.message})`),
    onRun: (page, run, m) =>
      console.log(
        `  ${page.name}, essai ${run} : ${m.score} (LCP ${seconds(m.lcp)}, TBT ${fr(m.tbt)} ms, indice CPU ${fr(m.benchmarkIndex)})`,
      ),
  });
  console.log(`\nEssai médian sur ${options.runs} par page (${serving}) :\n`);
  console.log(table(scores, options.threshold));
  for (const s of scores.filter((p) => p.opportunities.length > 0)) {
    console.log(`\n${s.name} — audits en défaut :`);
    for (const o of s.opportunities) console.log(`  - ${o.title}${o.displayValue ? ` (${o.displayValue})` : ''} [${o.id}]`);
  }
  const cpu = scores.flatMap((p) => p.runs.map((r) => r.benchmarkIndex));
  if (Math.min(...cpu) < SLOW_CPU * Math.max(...cpu)) {
    console.log(
      `\nAttention : l’indice CPU de Lighthouse a varié de ${fr(Math.min(...cpu))} à ${fr(Math.max(...cpu))} : la machine était chargée pendant certains essais, dont les temps simulés sont alors plus longs. Relancer sur une machine au repos.`,
    );
  }
  const errors = [...new Set(scores.flatMap((p) => p.auditErrors.map((e) => e.split(':')[0])))];
  if (errors.length > 0) {
    console.log(
      `\nAudits non calculés par Lighthouse ${scores[0]?.lighthouseVersion} avec ${scores[0]?.browser} (les scores et métriques n’en dépendent pas) : ${errors.join(', ')}`,
    );
  }
  if (options.json) {
    writeFileSync(
      options.json,
      `${JSON.stringify({ lighthouse: scores[0]?.lighthouseVersion, browser: scores[0]?.browser, runs: options.runs, threshold: options.threshold, pages: scores }, null, 2)}\n`,
    );
    console.log(`\nRésultats écrits dans ${options.json}`);
  }
  if (options.reports) console.log(`Rapports Lighthouse (essai médian) dans ${options.reports}`);
  const below = scores.filter((s) => s.score < options.threshold);
  if (below.length > 0) {
    console.error(
      `\nÉchec : score de performance inférieur à ${options.threshold} pour ${below.map((s) => `${s.name} (${s.score})`).join(', ')}.`,
    );
    process.exitCode = 1;
  } else console.log(`\nToutes les pages atteignent ${options.threshold} ou plus.`);
}

if (import.meta.main) {
  await main().catch((error: unknown) => {
    console.error(`Erreur : ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
}
