/**
 * What a visitor pays, measured on a built site: the bytes a first search transfers (Debian Chromium,
 * cache disabled, through the Chrome DevTools Protocol) and the time to its first results; and the
 * compressed weight of one case-study page with its CSS and JS.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { launch } from '../../tests/support/browser.ts';
import { serveDist } from '../../tests/support/server.ts';

export interface SearchCost {
  /** Size of dist/pagefind/, in KiB. */
  indexKB: number;
  /** Bytes transferred for pagefind/* by a first search (?q=), in KiB. */
  firstQueryKB: number;
  /** Same, with a theme filter (?q=…&thematique=…), in KiB. */
  firstQueryFilteredKB: number;
  /** From navigation start to the first .carnet-result, median of the runs, in ms. */
  firstResultsMs: number;
  /** Same with the filter (shown on screen, not in the JSON). */
  firstResultsFilteredMs: number;
  /** Number of pagefind/* requests of the unfiltered query. */
  requests: number;
  /** KiB per kind of file (js, wasm, meta, index, filtres, fragments) of the median run of the unfiltered query. */
  byKindKB: Record<string, number>;
  /** Same for the filtered query. */
  byKindFilteredKB: Record<string, number>;
}

const RUNS = 3;
const RESULT_TIMEOUT_MS = 120_000;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

interface QueryRun {
  bytes: number;
  ms: number;
  requests: number;
  /** Bytes per kind of file: js, wasm, meta, filtres, index, fragments. */
  byKind: Record<string, number>;
}

/** What a Pagefind file is for, from its path. */
function kind(url: string): string {
  const p = new URL(url).pathname;
  if (p.endsWith('.js')) return 'js';
  if (p.includes('wasm')) return 'wasm';
  if (p.includes('/filter/')) return 'filtres';
  if (p.includes('/index/')) return 'index';
  if (p.includes('/fragment/')) return 'fragments';
  return 'meta';
}

const isSearchFile = (url: string) => {
  try {
    return new URL(url).pathname.includes('/pagefind/');
  } catch {
    return false;
  }
};

/**
 * Loads one search URL with an empty cache; bytes of the pagefind/* responses (headers and body as
 * transferred, from Playwright's request sizes, which include the requests of Pagefind's Web Worker)
 * and time from navigation start to the first result. responseBodySize is the encoded size, the bytes on
 * the wire: gzipped for the text files, which the test server compresses as real hosts do.
 */
async function firstQuery(page: Page, url: string): Promise<QueryRun> {
  const context = page.context();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const sizes: Promise<[string, number]>[] = [];
  let inFlight = 0;
  let lastEvent = performance.now();
  const onRequest = (request: Request) => {
    if (!isSearchFile(request.url())) return;
    inFlight += 1;
    lastEvent = performance.now();
  };
  const onDone = (request: Request, finished: boolean) => {
    if (!isSearchFile(request.url())) return;
    inFlight -= 1;
    lastEvent = performance.now();
    if (finished)
      sizes.push(
        request.sizes().then(
          (s) => [kind(request.url()), s.responseHeadersSize + s.responseBodySize] as [string, number],
          () => [kind(request.url()), 0] as [string, number],
        ),
      );
  };
  const onFinished = (request: Request) => onDone(request, true);
  const onFailed = (request: Request) => onDone(request, false);
  context.on('request', onRequest);
  context.on('requestfinished', onFinished);
  context.on('requestfailed', onFailed);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('.carnet-result', { timeout: RESULT_TIMEOUT_MS });
    // The result list asks for each result's fragment: wait until the search files have been quiet for
    // 500 ms (at most 15 s more).
    const deadline = performance.now() + 15_000;
    while ((inFlight > 0 || performance.now() - lastEvent < 500) && performance.now() < deadline) await page.waitForTimeout(100);
    const ms = await page.evaluate(() => (window as unknown as { carnetFirstResult?: number }).carnetFirstResult ?? NaN);
    const byKind: Record<string, number> = {};
    for (const [k, n] of await Promise.all(sizes)) byKind[k] = (byKind[k] ?? 0) + n;
    return { bytes: Object.values(byKind).reduce((a, b) => a + b, 0), ms, requests: sizes.length, byKind };
  } finally {
    context.off('request', onRequest);
    context.off('requestfinished', onFinished);
    context.off('requestfailed', onFailed);
    await cdp.detach();
  }
}

/** Runs the two first searches (plain and filtered) RUNS times each on the built site in `dist`. */
export async function measureSearch(dist: string, query: string, theme: string, scratch: string): Promise<Omit<SearchCost, 'indexKB'>> {
  const site = await serveDist(dist);
  // launch() makes its Chromium profile in os.tmpdir(): point that at our scratch folder so the profile
  // is removed with it.
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  const browser = await launch().finally(() => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  });
  try {
    await browser.addInitScript(() => {
      const w = window as unknown as { carnetFirstResult?: number };
      const observer = new MutationObserver(() => {
        if (w.carnetFirstResult === undefined && document.querySelector('.carnet-result')) {
          w.carnetFirstResult = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    const plain = new URL(`recherche/?${new URLSearchParams({ q: query })}`, site.url).href;
    const filtered = new URL(`recherche/?${new URLSearchParams({ q: query, thematique: theme })}`, site.url).href;
    const results = { plain: [] as QueryRun[], filtered: [] as QueryRun[] };
    for (let run = 0; run < RUNS; run++) {
      for (const kind of ['plain', 'filtered'] as const) {
        const page = await browser.newPage();
        try {
          results[kind].push(await firstQuery(page, kind === 'plain' ? plain : filtered));
        } finally {
          await page.close();
        }
      }
    }
    /** The run with the median byte count, and its bytes per kind in KiB. */
    const kinds = (runs: QueryRun[]) => {
      const run = [...runs].sort((a, b) => a.bytes - b.bytes)[Math.floor(runs.length / 2)];
      return Object.fromEntries(Object.entries(run?.byKind ?? {}).map(([k, n]) => [k, n / 1024]));
    };
    return {
      firstQueryKB: median(results.plain.map((r) => r.bytes)) / 1024,
      firstQueryFilteredKB: median(results.filtered.map((r) => r.bytes)) / 1024,
      firstResultsMs: median(results.plain.map((r) => r.ms)),
      firstResultsFilteredMs: median(results.filtered.map((r) => r.ms)),
      requests: median(results.plain.map((r) => r.requests)),
      byKindKB: kinds(results.plain),
      byKindFilteredKB: kinds(results.filtered),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

export interface PageWeight {
  /** gzip (level 6) of the HTML, the stylesheets and scripts it references, and their static imports, in KiB. */
  caseStudyKB: number;
  /** The files counted, with their gzip size in bytes. */
  files: { file: string; gzipBytes: number }[];
}

/** Compressed weight of one page: its HTML, plus CSS and JS it loads (not images, not fonts). */
export function pageWeight(dist: string, pagePath: string): PageWeight {
  const files: { file: string; gzipBytes: number }[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const bytes = readFileSync(file);
    files.push({ file: path.relative(dist, file), gzipBytes: gzipSync(bytes, { level: 6 }).length });
    if (file.endsWith('.js')) {
      // Static imports only: what the browser must fetch before the script runs.
      for (const m of bytes.toString('utf8').matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
        if (m[1]) add(path.resolve(path.dirname(file), m[1]));
      }
    }
  };
  const html = path.join(dist, pagePath);
  add(html);
  const text = readFileSync(html, 'utf8');
  const local = (href: string) => (/^(https?:)?\/\//.test(href) ? undefined : path.join(dist, decodeURI(href.split(/[?#]/)[0] ?? '')));
  for (const tag of text.matchAll(/<link\b[^>]*>/g)) {
    const rel = /\brel="([^"]+)"/.exec(tag[0])?.[1] ?? '';
    const href = /\bhref="([^"]+)"/.exec(tag[0])?.[1];
    if (href && /\b(stylesheet|modulepreload)\b/.test(rel)) {
      const file = local(href);
      if (file) add(file);
    }
  }
  for (const tag of text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    const file = tag[1] ? local(tag[1]) : undefined;
    if (file) add(file);
  }
  return { caseStudyKB: files.reduce((s, f) => s + f.gzipBytes, 0) / 1024, files };
}
