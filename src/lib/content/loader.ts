/** Astro loader for our collections: stores what the corpus checker validated, and fails the build on any problem. */
import type { Loader } from 'astro/loaders';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CollectionName } from '../../model/index.ts';
import { createHash } from 'node:crypto';
import { publishBodies, sharedCorpus, shareCorpus } from '../build-state.ts';
import { loadCorpusInParallel, type CheckedCorpus } from './corpus.ts';
import { lastCommitDates } from './git.ts';
import { formatReport } from './problems.ts';

let commits: Map<string, Date> | undefined;

/**
 * The folder holding content/: the project itself, or CARNET_CONTENT_ROOT (the benchmark's synthetic
 * corpus, the tests' broken fixtures).
 */
export function contentRoot(projectRoot: string): string {
  const override = process.env.CARNET_CONTENT_ROOT;
  return override ? path.resolve(projectRoot, override) : projectRoot;
}

/**
 * One pass over the corpus for all collections, shared with the integrations (build-state.ts); dropped when a
 * content file changes in dev.
 */
function corpus(root: string, base: string): Promise<CheckedCorpus> {
  const shared = sharedCorpus();
  if (shared) return shared;
  const loading = (async () => {
    const { schemas } = await import('../../model/index.ts');
    return loadCorpusInParallel(root, schemas, { base });
  })();
  shareCorpus(loading);
  return loading;
}

export class ContentError extends Error {
  constructor(report: string) {
    super(`Le contenu ne peut pas être publié.\n${report}\nCorrigez ces points puis relancez ; « npm run check:content » les liste tous.`);
    this.name = 'ContentError';
    // The report says everything an author needs; a stack trace (which Astro prints when there is one) would
    // only point into this loader and bury the French report under English lines.
    this.stack = '';
  }
}

/** Whether drafts (brouillon: true) are shown: only in `npm run dev`, never in a build. */
const showDrafts = () => import.meta.env?.DEV === true;

export function corpusLoader(collection: CollectionName): Loader {
  return {
    name: `carnet-${collection}`,
    load: async ({ store, parseData, config, watcher, logger }) => {
      const root = contentRoot(fileURLToPath(config.root));
      const sync = async () => {
        const { entries, problems } = await corpus(root, config.base);
        if (problems.length) throw new ContentError(formatReport(problems));
        store.clear();
        commits ??= lastCommitDates(root);
        const published = [];
        for (const entry of entries[collection]) {
          if (entry.draft && !showDrafts()) continue;
          const lastCommit = commits.get(entry.file);
          const data = await parseData({ id: entry.id, data: entry.raw, filePath: entry.file });
          // The body is published beside the store, not in it (see build-state.ts); its hash is in the digest so
          // that `astro dev` reloads a page whose body alone changed.
          const bodyHash = createHash('sha1').update(entry.html).digest('base64url');
          store.set({ id: entry.id, data, filePath: entry.file, digest: `${entry.file}:${bodyHash}:${JSON.stringify(entry.raw)}` });
          published.push({ collection, id: entry.id, html: entry.html, headings: entry.headings, steps: entry.steps, lastCommit });
        }
        publishBodies(collection, published);
      };
      await sync();
      watcher?.on('all', (_event, changed) => {
        if (!changed.includes(`${root}content`)) return;
        shareCorpus(undefined);
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
