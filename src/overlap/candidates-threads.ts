import { existsSync } from 'node:fs';
import {
  MessageChannel,
  type MessagePort,
  Worker,
  receiveMessageOnPort,
} from 'node:worker_threads';
import type { Corpus } from './corpus.js';
import {
  type CandidateIndex,
  type CandidateOptions,
  buildCandidateIndex,
  candidatesAmong,
  findCandidates,
  mergeCandidates,
} from './candidates.js';

/**
 * Below this many documents the search is left to one thread: a worker's start and the copy
 * of the index into shared memory cost more than the search saves on a smaller corpus
 * (bench/README.md has the figures).
 */
const minDocumentsForThreads = 20_000;

/** The worker script beside this module (in the build); absent when run from sources. */
const workerScript = new URL('./candidates-worker.js', import.meta.url);

export interface ThreadOptions {
  /** Fewer documents than this are searched on one thread. */
  readonly minDocuments?: number;
  /** Counts the workers that answered (the others' shares were done on this thread). */
  readonly stats?: { answered: number };
}

/** What a worker is given: the shared index and its share of the documents. */
export interface CandidateJob {
  readonly index: CandidateIndex;
  readonly first: number;
  readonly step: number;
  /** Set to 1 by the worker once its result is posted on `port` (2 on failure). */
  readonly done: Int32Array;
  readonly port: MessagePort;
}

/**
 * `findCandidates`, with the documents dealt to `threads` threads: this one and workers that
 * read the same index from shared memory. The result is the same pairs in the same order
 * (each document's pairs are found by one thread, exactly as on one).
 *
 * It stays synchronous, like the rest of the analysis: this thread does its own share, then
 * waits on each worker with `Atomics.wait`. A worker that has not answered in twice the time
 * this thread took (and at least 10 s) is stopped, and its share is done here: a worker that
 * dies (out of memory) can slow the run but never stop it or change its result.
 */
export function findCandidatesOnThreads(
  corpus: Corpus,
  options: CandidateOptions,
  threads: number,
  { minDocuments = minDocumentsForThreads, stats }: ThreadOptions = {},
): Int32Array {
  const count = Math.min(threads, 4);
  if (count < 2 || corpus.modules.length < minDocuments || !existsSync(workerScript))
    return findCandidates(corpus, options);
  const index = buildCandidateIndex(corpus, options, true);
  const jobs = Array.from({ length: count - 1 }, (_, w) => {
    const { port1, port2 } = new MessageChannel();
    const done = new Int32Array(new SharedArrayBuffer(4));
    const job: CandidateJob = { index, first: w + 1, step: count, done, port: port2 };
    const worker = new Worker(workerScript, { workerData: job, transferList: [port2] });
    worker.unref();
    return { worker, port: port1, done, first: w + 1 };
  });
  const started = performance.now();
  const parts: Int32Array[] = [candidatesAmong(index, 0, count)];
  const patience = Math.max(10_000, 2 * (performance.now() - started));
  for (const job of jobs) {
    Atomics.wait(job.done, 0, 0, patience);
    const answer = Atomics.load(job.done, 0) === 1 ? receiveMessageOnPort(job.port) : undefined;
    const pairs: unknown = answer?.message;
    if (pairs instanceof Int32Array) {
      parts.push(pairs);
      if (stats) stats.answered++;
    } else parts.push(candidatesAmong(index, job.first, count));
    job.port.close();
    void job.worker.terminate();
  }
  return mergeCandidates(parts);
}
