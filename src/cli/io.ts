/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
}

export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  /** Terminal width, where the stream is a terminal. */
  readonly columns?: number;
}

/** Colour only on a terminal, never when NO_COLOR is set; FORCE_COLOR and --color override. */
export function wantsColor(
  stream: OutputStream,
  env: CliIo['env'],
  flag: boolean | undefined,
): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTerminal(stream, env);
}

/**
 * Whether output goes to a person at a terminal, who gets code frames under findings. Set
 * FORCE_COLOR to get the terminal form in a pipe (tests, CI logs that render colour).
 */
export function isTerminal(stream: OutputStream, env: CliIo['env']): boolean {
  const forced =
    env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return forced || (stream.isTTY === true && env.TERM !== 'dumb');
}

/** A problem with how the tool was called (exit 2), reported as one line on stderr. */
export class UsageError extends Error {}

export const exitCodes = {
  ok: 0,
  /** A --fail-on condition was met (gating, later issues). */
  failed: 1,
  /** Usage error or invalid input. */
  invalid: 2,
  /** A bug in the tool (EX_SOFTWARE in sysexits.h). */
  internal: 70,
} as const;
