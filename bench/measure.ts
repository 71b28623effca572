// Child-process measurement shared by bench/run.ts and bench/national.ts: wall time and peak RSS
// of `node ARGS`, with an optional timeout; the parse-only script that reads and parses every
// YAML file of a folder with the options the tool uses, and does nothing else; and the machine
// the benchmark ran on.

import { spawn } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Preloaded into every measured child: writes its peak RSS (KiB on Linux) to stderr on exit. */
const rssHook = `data:text/javascript,process.on('exit', () => console.error('peak-rss', process.resourceUsage().maxRSS))`;

/** Reads and parses every YAML file under a folder as the tool's parser does, nothing else. */
export const parseOnlyScript = `
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
const dir = process.argv[1];
const files = readdirSync(dir, { recursive: true }).filter((f) => /\\.ya?ml$/.test(f)).sort();
let errors = 0;
for (const file of files) {
  const document = parseDocument(readFileSync(join(dir, file), 'utf8'), {
    lineCounter: new LineCounter(), uniqueKeys: true, strict: true, schema: 'core', merge: false,
    resolveKnownTags: false, prettyErrors: false,
  });
  document.toJS({ maxAliasCount: 100 });
  errors += document.errors.length;
}
console.log(JSON.stringify({ files: files.length, errors }));
`;

export interface Child {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  seconds: number;
  /** NaN when the child did not exit by itself (killed, out of memory). */
  peakRssMB: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node ARGS` in the project folder: wall time, peak RSS and output. Killed after
 * `timeoutSeconds`, if given.
 */
export function node(args: readonly string[], timeoutSeconds?: number): Promise<Child> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', rssHook, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer =
      timeoutSeconds === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, timeoutSeconds * 1000);
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      const kib = Number(/peak-rss (\d+)\n$/.exec(stderr)?.[1]);
      stderr = stderr.replace(/peak-rss \d+\n$/, '');
      done({ code, signal, timedOut, seconds, peakRssMB: (kib * 1024) / 1e6, stdout, stderr });
    });
  });
}

/** Why a child failed, in one line, or undefined if it exited 0. */
export function failure(c: Child, what: string): string | undefined {
  if (c.timedOut) return `${what} timed out after ${Math.round(c.seconds)} s`;
  if (c.code === 0) return undefined;
  const why = (c.stderr || c.stdout).trim().slice(-600);
  return `${what} exited with ${c.code ?? c.signal} after ${c.seconds.toFixed(1)} s: ${why}`;
}

export const round = (x: number, digits = 3) => Number(x.toFixed(digits));

/** The machine: CPUs, memory, Node, and the 1-minute load average `loadBefore` and now. */
export function machine(loadBefore: number) {
  return {
    cpus: cpus().length,
    cpu: cpus()[0]?.model.trim(),
    memoryGB: round(totalmem() / 1e9, 1),
    node: process.version,
    loadAverage1m: { before: round(loadBefore, 2), after: round(loadavg()[0]!, 2) },
  };
}
