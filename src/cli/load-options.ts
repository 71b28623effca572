import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import fg from 'fast-glob';
import { type LoadResult, loadRepository } from '../load/load-repository.js';
import { message, render } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';
import type { Lang } from '../model/lang.js';
import { visible } from '../report/visible.js';
import { type CliIo, UsageError } from './io.js';

export interface LoadOptions {
  readonly ignore?: string[];
}

/** The options every command that reads a repository takes. */
export function addLoadOptions(command: Command): Command {
  return command
    .argument('[paths...]', 'files, folders or globs to read', ['.'])
    .option('--ignore <glob>', 'leave out files matching this glob (repeatable)', collect)
    .option('--color', 'force colour output')
    .option('--no-color', 'no colour output');
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * The threads to read files and search pairs on: one per core, up to 4, or
 * CURRICULUM_DEDUP_THREADS where cores are shared (a CI runner), never more than the cores:
 * threads beyond them only wait, each holding its own copy of the work in memory.
 */
export function threadCount(env: CliIo['env'], cores = availableParallelism()): number {
  const asked = Number(env.CURRICULUM_DEDUP_THREADS);
  return Number.isInteger(asked) && asked >= 1 ? Math.min(asked, cores) : Math.min(cores, 4);
}

export async function loadFromArgs(
  paths: string[],
  options: LoadOptions,
  io: CliIo,
): Promise<LoadResult> {
  const result = await loadRepository(paths.length > 0 ? paths : ['.'], {
    cwd: io.cwd,
    ...(options.ignore !== undefined ? { ignore: options.ignore } : {}),
    threads: threadCount(io.env),
  });
  if (result.unmatched.length > 0) {
    const lines = result.unmatched.map((p) => unmatchedMessage(p, io.cwd));
    throw new UsageError(message('cli.lines', { lines }));
  }
  // A folder that cannot be listed is reported as a finding, not as "no YAML files".
  if (result.files.length === 0 && !result.findings.some((f) => f.rule === 'unreadable-file'))
    throw new UsageError(message('cli.load.no-yaml-files'));
  return result;
}

function unmatchedMessage(path: string, cwd: string): Message {
  if (existsSync(resolve(cwd, path))) return message('cli.load.no-yaml-in', { path });
  return fg.isDynamicPattern(path)
    ? message('cli.load.no-yaml-match', { path })
    : message('cli.load.no-such-path', { path });
}

/** A glob that leaves nothing out is most often a mistake in its path: say so on stderr. */
export function warnUnusedIgnores(globs: readonly string[], lang: Lang, io: CliIo): void {
  for (const glob of globs) {
    const warning = message('cli.warning', {
      warning: message('cli.load.ignore-unused', { glob }),
    });
    io.stderr.write(visible(`curriculum-dedup: ${render(warning, lang)}`) + '\n');
  }
}
