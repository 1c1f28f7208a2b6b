/**
 * Worker thread of the parallel reading (parallel.ts): reads its share of the entry files with the same
 * code and the same schemas as the main thread, and sends back entries and problems (plain data, no functions).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { LoadOptions } from './corpus.ts';
import { readTask } from './read.ts';
import type { ReadTask } from './scan.ts';

const { root, tasks, options } = workerData as { root: string; tasks: ReadTask[]; options: LoadOptions };
const { schemas } = await import('../../model/index.ts');
parentPort?.postMessage(
  tasks.map((task) => {
    const { entry, problems } = readTask(root, task, schemas, options);
    return { entry, problems };
  }),
);
