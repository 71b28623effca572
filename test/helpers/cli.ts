import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const cliPath = fileURLToPath(new URL('../../bin/curriculum-dedup.js', import.meta.url));

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the CLI as a user would, on real files, without a terminal, but in this process: the
 * entry function the process runs (`run` in src/cli/main.ts, which src/cli/process.ts hands
 * the real streams, environment and working folder), given text streams, `cwd` and an
 * environment of PATH and `env` only, as `runCliProcess` gives the child. Starting Node for
 * each run made the suite take minutes; what only the process adds (signals, write errors
 * on stdout, the exit status itself, worker threads, another user) is tested through
 * `runCliProcess` and `spawnCli`, and test/e2e/process.test.ts checks that both give the
 * same status, stdout and stderr for each command.
 *
 * The output is encoded as the process's streams encode it (UTF-8) and decoded again, so a
 * lone surrogate reads back as U+FFFD here too.
 */
export async function runCli(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<CliRun> {
  // Loaded on first use: many unit tests import this file for `projectRoot` alone.
  const { run } = await import('../../src/cli/main.js');
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const stream = (chunks: Buffer[]) => ({
    write(text: string) {
      chunks.push(Buffer.from(text, 'utf8'));
      return true;
    },
  });
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries({ PATH: process.env.PATH, ...options.env }))
    if (value !== undefined) env[key] = value;
  const status = await run(args, {
    cwd: options.cwd,
    env,
    stdout: stream(out),
    stderr: stream(err),
  });
  return {
    status,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
  };
}

/** Runs the real CLI as a user would: a separate process, real files, no terminal. */
export function runCliProcess(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

export interface SpawnOptions {
  readonly cwd: string;
  readonly uid?: number;
  readonly gid?: number;
  readonly nodeOptions?: readonly string[];
  /** A file to open as the process's stdout (/dev/full). */
  readonly stdoutPath?: string;
  /** Variables beside PATH. */
  readonly env?: Record<string, string | undefined>;
}

/** The CLI with what runCli cannot give: another user, node options, a chosen stdout. */
export function spawnCli(
  args: readonly string[],
  options: SpawnOptions,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const fd = options.stdoutPath ? openSync(options.stdoutPath, 'w') : undefined;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), cliPath, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH, ...options.env },
      stdio: ['ignore', fd ?? 'pipe', 'pipe'],
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      if (fd !== undefined) closeSync(fd);
      resolve({ status, stdout, stderr });
    });
  });
}
