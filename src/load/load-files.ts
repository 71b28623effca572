import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { DiscoveredFile } from './discover.js';
import { type FileOutcome, loadFile, readAhead } from './load-file.js';

/**
 * Below this many files a repository is read on the main thread: starting workers and copying
 * their results costs more than it saves (bench/README.md has the figures).
 */
const minFilesForWorkers = 64;

/** The worker script beside this module (in the build); absent when run from sources. */
const workerScript = new URL('./load-worker.js', import.meta.url);

/**
 * Every file read, parsed and checked, in the order given. A large repository is spread over
 * worker threads, one per core (parsing is most of the load: 2,000 files of 100,000 modules
 * take 5.6 s to parse on one thread, 3.4 s on two); the outcomes are the same either way.
 */
export async function loadFiles(
  files: readonly DiscoveredFile[],
  threads = Math.min(availableParallelism(), 4),
): Promise<FileOutcome[]> {
  if (files.length < minFilesForWorkers || threads < 2 || !existsSync(workerScript))
    return loadHere(files);
  return loadInWorkers(files, threads);
}

/** On this thread, reading a few files ahead while the current one is parsed. */
async function loadHere(files: readonly DiscoveredFile[]): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for await (const [file, read] of readAhead(files)) outcomes.push(loadFile(file.display, read));
  return outcomes;
}

/** A message from a worker: outcomes by file index, or a failure. */
export type WorkerMessage =
  | { readonly outcomes: readonly (readonly [index: number, outcome: FileOutcome])[] }
  | { readonly error: string };

/** Fewer files than this a worker is not worth starting for. */
const minFilesPerWorker = 32;

/**
 * Files dealt round-robin to the workers (neighbouring files are often alike in size); each
 * sends back its outcomes in batches, placed by index so the order is the files'. A worker
 * that fails (out of memory, a script that does not load) stops the others, and what they had
 * not sent is read here: the outcomes are the same on any thread.
 */
async function loadInWorkers(
  files: readonly DiscoveredFile[],
  threads: number,
): Promise<FileOutcome[]> {
  const count = Math.min(threads, Math.ceil(files.length / minFilesPerWorker));
  const outcomes = new Array<FileOutcome | undefined>(files.length);
  const workers: Worker[] = [];
  const failed = await Promise.all(
    Array.from({ length: count }, (_, w) => {
      const share = files.flatMap((f, i) => (i % count === w ? [{ index: i, file: f }] : []));
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerScript, { workerData: share });
        workers.push(worker);
        worker.on('message', (message: WorkerMessage) => {
          if ('error' in message) reject(new Error(message.error));
          else for (const [i, outcome] of message.outcomes) outcomes[i] = outcome;
        });
        worker.on('error', reject);
        worker.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`a file-reading worker stopped (${code})`)),
        );
      });
    }),
  ).then(
    () => false,
    () => true,
  );
  if (failed) await Promise.all(workers.map((w) => w.terminate()));
  const missing = files.flatMap((_, i) => (outcomes[i] === undefined ? [i] : []));
  const redone = await loadHere(missing.map((i) => files[i]).filter((f) => f !== undefined));
  missing.forEach((i, k) => (outcomes[i] = redone[k]));
  return outcomes.map((o, i) => {
    if (o === undefined) throw new Error(`no outcome for ${files[i]?.display ?? i}`);
    return o;
  });
}
