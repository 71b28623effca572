import { workerData } from 'node:worker_threads';
import { candidatesAmong } from './candidates.js';
import type { CandidateJob } from './candidates-threads.js';

/**
 * A worker of `findCandidatesOnThreads`: finds the candidate pairs of its share of the
 * documents in the shared index, posts them, and flags that it has (the main thread is
 * blocked in `Atomics.wait`, not listening for events).
 */
// The parent sends a CandidateJob, and nothing else.
// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- see the line above
const job = workerData as CandidateJob;
try {
  const pairs = candidatesAmong(job.index, job.first, job.step);
  job.port.postMessage(pairs, [pairs.buffer]);
  Atomics.store(job.done, 0, 1);
} catch {
  Atomics.store(job.done, 0, 2);
} finally {
  Atomics.notify(job.done, 0);
  job.port.close();
}
