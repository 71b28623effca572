import { parentPort, workerData } from 'node:worker_threads';
import type { DiscoveredFile } from './discover.js';
import { type FileOutcome, loadFile, readAhead } from './load-file.js';
import type { WorkerMessage } from './load-files.js';

/**
 * A worker of `loadFiles`: reads, parses and checks its share of the files, and sends the
 * outcomes back in batches (one message per file would cost more than the copying).
 */
// The parent sends what `loadInWorkers` gives it, and nothing else.
// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- see the line above
const share = workerData as readonly { readonly index: number; readonly file: DiscoveredFile }[];
const port = parentPort;
const batchSize = 16;

async function work(): Promise<void> {
  if (port === null) return;
  let batch: (readonly [number, FileOutcome])[] = [];
  const files = share.map(({ index, file }) => ({ ...file, index }));
  for await (const [file, read] of readAhead(files)) {
    batch.push([file.index, loadFile(file.display, read)]);
    if (batch.length >= batchSize) {
      port.postMessage({ outcomes: batch } satisfies WorkerMessage);
      batch = [];
    }
  }
  if (batch.length > 0) port.postMessage({ outcomes: batch } satisfies WorkerMessage);
}

work().catch((error: unknown) => {
  port?.postMessage({
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  } satisfies WorkerMessage);
});
