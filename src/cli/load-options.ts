import type { Command } from 'commander';
import { type LoadResult, loadRepository } from '../load/load-repository.js';
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

export async function loadFromArgs(
  paths: string[],
  options: LoadOptions,
  io: CliIo,
): Promise<LoadResult> {
  const result = await loadRepository(paths.length > 0 ? paths : ['.'], {
    cwd: io.cwd,
    ignore: options.ignore,
  });
  if (result.unmatched.length > 0) {
    throw new UsageError(result.unmatched.map((p) => `no YAML files match "${p}"`).join('\n'));
  }
  if (result.files.length === 0) throw new UsageError('no YAML files found');
  return result;
}
