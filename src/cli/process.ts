import { rmSync } from 'node:fs';
import { errorCode } from '../load/read.js';
import { message, render } from '../messages/catalogue.js';
import { describeError, removePendingTemporaryFiles, whileWriting } from './write-output.js';
import { type OutputStream, exitCodes, messageLang } from './io.js';
import { run } from './main.js';

/** Signals that end a run early; the exit status is 128 + their number, as shells report. */
const signals = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

/**
 * The CLI as an operating-system process: real streams, signals and exit status. A failed
 * write to stdout or stderr (a closed pipe, a full disk) never ends in a stack trace, and an
 * interrupted run leaves no temporary file behind.
 */
export async function main(): Promise<void> {
  const stdout = guard(process.stdout);
  const stderr = guard(process.stderr);
  // A handler replaces the default action and runs only when the thread is free: installed
  // for the run, it kept a busy parse going for minutes after SIGTERM. It is there only while
  // a report file is being written, which yields between batches.
  const handlers = Object.entries(signals).map(([name, number]) => {
    const handler = () => {
      removePendingTemporaryFiles((path) => rmSync(path, { force: true }));
      process.exit(128 + number);
    };
    return [name, handler] as const;
  });
  whileWriting((writing) => {
    for (const [name, handler] of handlers) {
      if (writing) process.on(name, handler);
      else process.off(name, handler);
    }
  });
  const argv = process.argv.slice(2);
  let code = await run(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdout,
    stderr,
  });
  await Promise.all([stdout.flushed(), stderr.flushed()]);
  const failure = stdout.failure();
  // A reader that stops early (`| head`) is no error of ours: stop quietly.
  if (failure !== undefined && errorCode(failure) !== 'EPIPE') {
    const said = message('cli.write.stdout-failed', { reason: describeError(failure) });
    stderr.write(`curriculum-dedup: ${render(said, messageLang(argv, process.env))}\n`);
    await stderr.flushed();
    code = exitCodes.invalid;
  }
  process.exitCode = code;
}

interface GuardedStream extends OutputStream {
  /** Resolves when everything written so far has been handed to the system (or failed). */
  flushed(): Promise<void>;
  /** The first write error, if a write failed. */
  failure(): unknown;
}

/** A stream whose write errors are recorded instead of thrown; writes stop after the first. */
function guard(stream: NodeJS.WriteStream): GuardedStream {
  let failed: unknown;
  stream.on('error', (error: Error) => {
    failed ??= error;
  });
  return {
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
    write(data: string | Uint8Array) {
      if (failed !== undefined) return false;
      try {
        return stream.write(data);
      } catch (error) {
        failed ??= error;
        return false;
      }
    },
    flushed() {
      if (failed !== undefined || stream.destroyed) return Promise.resolve();
      return new Promise((resolve) => stream.write('', () => resolve()));
    },
    failure: () => failed,
  };
}
export { run } from './main.js';
