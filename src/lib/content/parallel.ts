/**
 * Step 5 of the checker, parallel reading: for a large corpus the main thread reads the first half of the
 * entry files while a worker thread (read-worker.ts) reads the second half with the same code. At 10 000
 * case studies, reading is 5 s on one core while the other is idle.
 */
import { Worker } from 'node:worker_threads';
import type { LoadOptions } from './corpus.ts';
import { readTask, type ReadResult, type Schemas } from './read.ts';
import type { ReadTask } from './scan.ts';

/** Below this many files a second thread costs more (its start, about half a second) than it saves. */
export const PARALLEL_FROM = 1500;

/** Reads files on this thread, in order. */
export function readAll(root: string, tasks: readonly ReadTask[], schemas: Schemas, options: LoadOptions): Map<ReadTask, ReadResult> {
  const results = new Map<ReadTask, ReadResult>();
  for (const task of tasks) results.set(task, readTask(root, task, schemas, options));
  return results;
}

/** Reads files on two threads when there are at least `from` of them; same results as readAll. */
export async function readInParallel(
  root: string,
  tasks: readonly ReadTask[],
  schemas: Schemas,
  options: LoadOptions,
  from = PARALLEL_FROM,
): Promise<Map<ReadTask, ReadResult>> {
  if (tasks.length < from) return readAll(root, tasks, schemas, options);
  const half = Math.ceil(tasks.length / 2);
  const theirs = tasks.slice(half);
  const worker = new Worker(new URL('./read-worker.ts', import.meta.url), { workerData: { root, tasks: theirs, options } });
  const fromWorker = new Promise<ReadResult[]>((resolve, reject) => {
    worker.once('message', (results: ReadResult[]) => resolve(results));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`lecture du contenu : le fil de lecture s’est arrêté (code ${code}) avant de répondre.`)));
  });
  // The worker posts its results on another turn of the event loop: its failure is caught by the await below.
  fromWorker.catch(() => undefined);
  const results = readAll(root, tasks.slice(0, half), schemas, options);
  try {
    const read = await fromWorker;
    if (read.length !== theirs.length) throw new Error(`lecture du contenu : ${read.length} fiches lues par le second fil au lieu de ${theirs.length}.`);
    theirs.forEach((task, i) => results.set(task, read[i] as ReadResult));
  } finally {
    void worker.terminate();
  }
  return results;
}
