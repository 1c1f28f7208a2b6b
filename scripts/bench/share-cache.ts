/**
 * The share-image integration (src/integrations/share-images.ts) caches its drawings in the project's
 * node_modules/.cache/carnet-partage, whatever the corpus. A benchmark run would leave N synthetic PNG
 * files there, and the next run would find them drawn: these helpers remove what a run added, so that
 * the cache does not grow and every run measures a cold build.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARE_CACHE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/.cache/carnet-partage');

/** File name → modification time of the cached images. */
export function listShareImages(): Map<string, number> {
  if (!existsSync(SHARE_CACHE)) return new Map();
  return new Map(readdirSync(SHARE_CACHE).map((name) => [name, statSync(path.join(SHARE_CACHE, name)).mtimeMs]));
}

/** Removes the images that were not in `before` and were written after `since` (ms); returns how many. */
export function forgetShareImages(before: Map<string, number>, since: number): number {
  let removed = 0;
  for (const [name, mtime] of listShareImages()) {
    if (before.has(name) || mtime < since) continue;
    rmSync(path.join(SHARE_CACHE, name), { force: true });
    removed += 1;
  }
  return removed;
}
