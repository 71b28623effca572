import { Command, Option } from 'commander';
import { langs } from '../../model/lang.js';
import { runAnalysis } from '../analysis-run.js';
import { commandLineFlags } from '../config.js';
import type { CliIo } from '../io.js';
import { addLoadOptions } from '../load-options.js';
import { reportsFromFlags } from '../outputs.js';

interface ValidateOptions {
  readonly format?: 'console' | 'json';
  readonly output?: string;
  readonly config?: string;
  readonly color?: boolean;
}

/**
 * `validate`: the run of `analyze` stopped after loading (`runAnalysis`, stage `validate`):
 * the same config file, `--ignore`, language, outputs and exit codes.
 */
export function validateCommand(io: CliIo, done: (code: number) => void): Command {
  return addLoadOptions(new Command('validate'))
    .description('check curriculum files against the format: every problem, with file:line:column')
    .addOption(
      new Option('-f, --format <name>', 'console for people (default), json for machines').choices([
        'console',
        'json',
      ]),
    )
    .option('-o, --output <file>', 'write the result to a file, whole or not at all')
    .addOption(
      new Option(
        '--lang <lang>',
        "language of the messages (default: the framework's language)",
      ).choices(langs),
    )
    .option(
      '--config <file>',
      'the config file (default: curriculum-dedup.config.yaml or .curriculum-dedup.yaml, found by walking up)',
    )
    .action(async (paths: string[], options: ValidateOptions, self: Command) => {
      const reports = reportsFromFlags(
        options.format === undefined ? [] : [options.format],
        options.output === undefined ? [] : [options.output],
      );
      done(
        await runAnalysis(
          {
            stage: 'validate',
            paths,
            flags: { ...commandLineFlags(self), ...(reports ? { reports } : {}) },
            ...(options.config !== undefined ? { config: options.config } : {}),
            fallback: 'console',
            updateBaseline: false,
            pruneBaseline: false,
            ...(options.color !== undefined ? { color: options.color } : {}),
          },
          io,
        ),
      );
    });
}
