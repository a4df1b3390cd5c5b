// A worker thread of `pack lint` (see lint-workers.ts): coaches the ranges of the pack's snippets
// it is sent, posting each range's findings back, until it is sent null.

import { parentPort, workerData } from 'node:worker_threads';
import type { Severity } from '../../coaching/types';
import type { Pack } from '../../lib/packs/format';
import { snippetFindings } from './lint-snippets';
import type { WorkerOrder } from './lint-workers';

const port = parentPort!;
const { pack, threshold } = workerData as { pack: Pack; threshold: Severity };
port.on('message', (order: WorkerOrder) => {
  if (!order) return port.close();
  port.postMessage(snippetFindings(pack, threshold, order.from, order.to));
});
port.postMessage([]);
