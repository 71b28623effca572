import { Command } from 'commander';
import { structureFindings } from '../../analysis.js';
import { compareFindings } from '../../findings/finding.js';
import { makeStyle } from '../../report/style.js';
import { formatValidation } from '../../report/validation-text.js';
import { sourceLines } from '../../load/source.js';
import { type CliIo, exitCodes, isTerminal, wantsColor } from '../io.js';
import { type LoadOptions, addLoadOptions, loadFromArgs } from '../load-options.js';

interface ValidateOptions extends LoadOptions {
  readonly color?: boolean;
}

export function validateCommand(io: CliIo, done: (code: number) => void): Command {
  return addLoadOptions(new Command('validate'))
    .description('check curriculum files against the format: every problem, with file:line:column')
    .action(async (paths: string[], options: ValidateOptions) => {
      const loaded = await loadFromArgs(paths, options, io);
      const result = loaded.catalog
        ? {
            ...loaded,
            findings: [...loaded.findings, ...structureFindings(loaded.catalog)].sort(
              compareFindings,
            ),
          }
        : loaded;
      const color = wantsColor(io.stdout, io.env, options.color);
      io.stdout.write(
        formatValidation(result, {
          style: makeStyle(color),
          ...(isTerminal(io.stdout, io.env) ? { sourceLines: sourceLines(result.sources) } : {}),
        }),
      );
      done(result.findings.some((f) => f.severity === 'error') ? exitCodes.invalid : exitCodes.ok);
    });
}
