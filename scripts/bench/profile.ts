/**
 * Where the Astro build spends its time: a CPU profile (node --cpu-prof) of `astro build` on the
 * synthetic corpus, summarised as the functions and the modules with the most self time.
 *
 *   node scripts/bench/profile.ts [--size 1000] [--seed 1] [--top 25] [--keep]
 *
 * Per-page share images are off unless CARNET_IMAGES_PARTAGE=oui, as in the bench.
 * Only JavaScript threads are profiled: Pagefind's indexer and esbuild are separate native processes,
 * and sharp's encoding runs on libuv threads (their time shows as idle or in the calling function).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, writeCorpus } from './corpus.ts';
import { forgetShareImages, listShareImages } from './share-cache.ts';
import { corpusBuildEnv } from './cli.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Module a script URL belongs to: an npm package, a file of ours, or Node itself. */
export function moduleOf(url: string): string {
  if (!url) return '(natif / moteur)';
  if (url.startsWith('node:')) return 'node (interne)';
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = file.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = file.slice(nm + '/node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : (parts[0] ?? file);
  }
  return path.relative(ROOT, file) || file;
}

/** A script URL as a short path: inside node_modules, or from the project root. */
function where(url: string): string {
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = file.lastIndexOf('/node_modules/');
  return nm >= 0 ? file.slice(nm + '/node_modules/'.length) : path.relative(ROOT, file) || file;
}

/** Our code: src/ and the chunks Astro bundles from it (.astro/.prerender/, dist/.prerender/…). */
const isOurs = (url: string) =>
  url.startsWith('file://') && !url.includes('/node_modules/') && (url.includes('/src/') || url.includes('.prerender/'));

/**
 * Self time (ms) per function and per module, and inclusive time (ms, synchronous call stacks only) of
 * our own functions, over one or more profiles.
 */
export function summarise(profiles: CpuProfile[]): {
  total: number;
  functions: [string, number][];
  modules: [string, number][];
  ours: [string, number][];
} {
  const functions = new Map<string, number>();
  const modules = new Map<string, number>();
  const ours = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    profile.samples.forEach((id, i) => {
      const node = byId.get(id);
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      if (!node) return;
      total += ms;
      const counted = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const frame = byId.get(at)?.callFrame;
        if (!frame || !isOurs(frame.url)) continue;
        const key = `${frame.functionName || '(anonyme)'} — ${where(frame.url)}:${frame.lineNumber + 1}`;
        if (counted.has(key)) continue;
        counted.add(key);
        ours.set(key, (ours.get(key) ?? 0) + ms);
      }
      const { functionName, url, lineNumber } = node.callFrame;
      const module = moduleOf(url);
      const key = `${functionName || '(anonyme)'} — ${url ? `${where(url)}:${lineNumber + 1}` : module}`;
      functions.set(key, (functions.get(key) ?? 0) + ms);
      modules.set(module, (modules.get(module) ?? 0) + ms);
    });
  }
  const sort = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { total, functions: sort(functions), modules: sort(modules), ours: sort(ours) };
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const size = option('--size', 1000);
  const seed = option('--seed', 1);
  const top = option('--top', 25);
  const keep = args.includes('--keep');
  const work = mkdtempSync(path.join(os.tmpdir(), `carnet-profil-${size}-`));
  const corpus = path.join(work, 'corpus');
  const profiles = path.join(work, 'profils');
  try {
    writeCorpus(corpus, generateCorpus({ size, seed }));
    console.log(`Profil CPU de « astro build » sur ${size} études de cas (${work})…`);
    // Like the bench: the site-wide share image only, unless CARNET_IMAGES_PARTAGE=oui (drawing one image per
    // page would make the profile mostly idle time spent waiting for sharp).
    const env = corpusBuildEnv(corpus);
    const before = listShareImages();
    const since = Date.now() - 1000;
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [
        '--cpu-prof',
        `--cpu-prof-dir=${profiles}`,
        path.join(ROOT, 'node_modules/astro/bin/astro.mjs'),
        'build',
        '--outDir',
        path.join(work, 'dist'),
      ],
      {
        cwd: ROOT,
        env,
        encoding: 'utf8',
        maxBuffer: 512 * 1024 ** 2,
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const removed = forgetShareImages(before, since);
    if (run.status !== 0) {
      console.error(`astro build a échoué (code ${run.status ?? run.signal}) :\n${(run.stderr || run.stdout).slice(-4000)}`);
      process.exitCode = 1;
      return;
    }
    for (const line of run.stdout.split('\n'))
      if (/pages indexées|images de partage|page\(s\) built|Synced content|Building static entrypoints|built in/i.test(line))
        console.log(`  ${line.trim()}`);
    const files = readdirSync(profiles).filter((f) => f.endsWith('.cpuprofile'));
    const { total, functions, modules, ours } = summarise(
      files.map((f) => JSON.parse(readFileSync(path.join(profiles, f), 'utf8')) as CpuProfile),
    );
    const pct = (ms: number) => `${((100 * ms) / total).toFixed(1).padStart(5)} %`;
    const sec = (ms: number) => `${(ms / 1000).toFixed(2).padStart(8)} s`;
    console.log(
      `\nDurée totale ${seconds.toFixed(1)} s ; ${files.length} profil(s), ${(total / 1000).toFixed(1)} s échantillonnées (fils JavaScript).`,
    );
    console.log(`\nTemps propre par module (top ${top}) :`);
    for (const [name, ms] of modules.slice(0, top)) console.log(`${sec(ms)} ${pct(ms)}  ${name}`);
    console.log(`\nTemps propre par fonction (top ${top}) :`);
    for (const [name, ms] of functions.slice(0, top)) console.log(`${sec(ms)} ${pct(ms)}  ${name}`);
    console.log(`\nTemps inclusif de notre code (src/ et ses chunks .prerender, piles synchrones seulement ; top ${top}) :`);
    for (const [name, ms] of ours.slice(0, top)) console.log(`${sec(ms)} ${pct(ms)}  ${name}`);
    if (removed) console.log(`\n${removed} images de partage synthétiques retirées du cache.`);
  } finally {
    if (keep) console.log(`\nDossier conservé : ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) main();
