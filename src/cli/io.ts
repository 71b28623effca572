import { render } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';
import { type Lang, isLang } from '../model/lang.js';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
}

export interface OutputStream {
  /** Text, or a binary report's bytes (`--format docx` piped). */
  write(data: string | Uint8Array): unknown;
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

/**
 * A problem with how the tool was called (exit 2), reported as one line on stderr in the
 * reader's language: the report's once it is known, else the one `--lang` or the locale
 * (`LANG`) names.
 */
export class UsageError extends Error {
  /** What is wrong, rendered when it is written. */
  readonly problem: Message;
  /** The language of the run's reports, where the error came once it was known. */
  readonly lang: Lang | undefined;

  constructor(problem: Message, lang?: Lang) {
    super(render(problem, 'en'));
    this.problem = problem;
    this.lang = lang;
  }

  /** The same error, to be told in `lang`. */
  in(lang: Lang): UsageError {
    return new UsageError(this.problem, lang);
  }
}

/**
 * The language of messages that come before any report: `--lang` where given, else the
 * locale's (LC_ALL, LC_MESSAGES, LANG: `vi_VN.UTF-8` is Vietnamese), else English.
 */
export function messageLang(argv: readonly string[], env: CliIo['env']): Lang {
  const flag = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = flag < 0 ? undefined : (argv[flag]?.split('=')[1] ?? argv[flag + 1]);
  if (value !== undefined && isLang(value)) return value;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^vi(?:[_.-]|$)/i.test(locale) ? 'vi' : 'en';
}

export const exitCodes = {
  ok: 0,
  /** A --fail-on condition was met (gating, later issues). */
  failed: 1,
  /** Usage error or invalid input. */
  invalid: 2,
  /** A bug in the tool (EX_SOFTWARE in sysexits.h). */
  internal: 70,
} as const;
