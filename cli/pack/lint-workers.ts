// `pack lint` coaches thousands of snippets: the work is shared between this thread and worker
// threads, one per further idle core. Snippets are handed out in chunks as each thread asks for more,
// so a worker that starts late (each loads the engine first) or a busy core takes fewer; the
// findings come back keyed by snippet and are put in snippet order, so the output is the same
// however the work was shared.

import { availableParallelism, loadavg } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Severity } from '../../coaching/types';
import type { Pack } from '../../lib/packs/format';
import { snippetFindings, type IndexedFinding } from './lint-snippets';

/**
 * Each worker loads the engine and warms it up (over a second of one core, measured) before it
 * helps, so it is only worth starting for a large share of the snippets and on a core nothing else
 * is using: on a 2-core machine at load 12, a second thread made the command 40% slower.
 */
const MIN_SNIPPETS_PER_THREAD = 1_000;
const CHUNK = 100;
const WORKER_URL = new URL('./lint-worker.mjs', import.meta.url);

/** A range of snippets for a worker to coach; null when all are handed out. */
export type WorkerOrder = { from: number; to: number } | null;

export function threadsFor(snippets: number): number {
  const idleCores = Math.floor(availableParallelism() - loadavg()[0]!);
  return Math.max(1, Math.min(idleCores, Math.floor(snippets / MIN_SNIPPETS_PER_THREAD)));
}

/**
 * Every finding at or above `threshold`, in snippet order, coached on `threads` threads. With
 * `ownShare` false this thread only hands out the work (the tests use it to make the workers do all).
 */
export async function coachSnippets(
  pack: Pack,
  threshold: Severity,
  threads = threadsFor(pack.snippets.length),
  ownShare = true,
): Promise<IndexedFinding[]> {
  const total = pack.snippets.length;
  if (threads <= 1) return snippetFindings(pack, threshold);
  let next = 0;
  const take = (): WorkerOrder => {
    if (next >= total) return null;
    const range = { from: next, to: Math.min(total, next + CHUNK) };
    next = range.to;
    return range;
  };
  const found: IndexedFinding[] = [];
  const workers = Array.from(
    { length: threads - 1 },
    () => new Worker(WORKER_URL, { workerData: { pack, threshold } }),
  );
  try {
    const finished = Promise.all(workers.map((worker) => serve(worker, take, found)));
    // This thread takes chunks too, letting the workers' requests in between.
    for (let range = ownShare ? take() : null; range; range = take()) {
      found.push(...snippetFindings(pack, threshold, range.from, range.to));
      await nextTurn();
    }
    await finished;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Answers one worker's requests for chunks until none are left and it has sent its findings. */
function serve(worker: Worker, take: () => WorkerOrder, found: IndexedFinding[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // A worker's first message (no findings yet) says it is ready; each later one answers an order.
    worker.on('message', (message: IndexedFinding[]) => {
      found.push(...message);
      const order = take();
      worker.postMessage(order);
      if (!order) resolve();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`A pack lint worker stopped with exit code ${code}.`));
    });
  });
}
