// How long a worker thread takes to start and answer, on this machine: what the thresholds for
// reading files (load/load-files.ts) and searching pairs (overlap/candidates-threads.ts) on
// threads weigh against. Prints the median and the range of 15 starts, in milliseconds.
//
//   npx tsx bench/worker-start.ts

import { Worker } from 'node:worker_threads';

async function startOnce(): Promise<number> {
  const t = performance.now();
  const worker = new Worker("require('node:worker_threads').parentPort.postMessage('ready')", {
    eval: true,
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  const elapsed = performance.now() - t;
  await worker.terminate();
  return elapsed;
}

const times: number[] = [];
for (let i = 0; i < 15; i++) times.push(await startOnce());
times.sort((a, b) => a - b);
const ms = (x: number) => Number(x.toFixed(1));
console.log(
  JSON.stringify({ medianMs: ms(times[7]!), minMs: ms(times[0]!), maxMs: ms(times[14]!) }),
);
