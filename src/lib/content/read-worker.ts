/**
 * Worker thread of loadCorpusInParallel: reads its share of the entry files with the same code and the
 * same schemas as the main thread, and sends back entries and problems (plain data, no functions).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readTask, type LoadOptions, type ReadTask } from './corpus.ts';

const { root, tasks, options } = workerData as { root: string; tasks: ReadTask[]; options: LoadOptions };
const { schemas } = await import('../../model/index.ts');
parentPort?.postMessage(
  tasks.map((task) => {
    const { entry, problems } = readTask(root, task, schemas, options);
    return { entry, problems };
  }),
);
