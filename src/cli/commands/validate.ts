import { Command, Option } from 'commander';
import { structureFindings } from '../../analysis.js';
import { compareFindings } from '../../findings/finding.js';
import { type Lang, langs } from '../../model/local-text.js';
import { jsonReporter } from '../../report/json.js';
import { makeStyle } from '../../report/style.js';
import { formatValidation } from '../../report/validation-text.js';
import { sourceLines } from '../../load/source.js';
import { type CliIo, exitCodes, isTerminal, wantsColor } from '../io.js';
import {
  type LoadOptions,
  addLoadOptions,
  loadFromArgs,
  warnUnusedIgnores,
} from '../load-options.js';
import { inBatches } from '../write-output.js';
import { loadedLang } from '../loaded-lang.js';

interface ValidateOptions extends LoadOptions {
  readonly format: 'console' | 'json';
  readonly lang?: Lang;
  readonly color?: boolean;
}

export function validateCommand(io: CliIo, done: (code: number) => void): Command {
  return addLoadOptions(new Command('validate'))
    .description('check curriculum files against the format: every problem, with file:line:column')
    .addOption(
      new Option('-f, --format <name>', 'console for people, json for machines')
        .choices(['console', 'json'])
        .default('console'),
    )
    .addOption(
      new Option(
        '--lang <lang>',
        "language of the messages (default: the framework's language)",
      ).choices(langs),
    )
    .action(async (paths: string[], options: ValidateOptions) => {
      const loaded = await loadFromArgs(paths, options, io);
      const findings = loaded.catalog
        ? [...loaded.findings, ...structureFindings(loaded.catalog)].sort(compareFindings)
        : loaded.findings;
      const lang = options.lang ?? loadedLang(loaded);
      warnUnusedIgnores(loaded.unusedIgnores, lang, io);
      const report = { ...loaded, findings };
      if (options.format === 'json') {
        const input = {
          analysis: undefined,
          findings,
          stats: loaded.stats,
          skipped: loaded.skipped,
          periodMinutes: loaded.periodMinutes,
        };
        for (const batch of inBatches(
          jsonReporter(input, { lang, style: makeStyle(false), width: 80 }),
        ))
          io.stdout.write(batch);
      } else {
        const color = wantsColor(io.stdout, io.env, options.color);
        io.stdout.write(
          formatValidation(report, {
            lang,
            style: makeStyle(color),
            // On a terminal: code frames, and messages wrapped to its width.
            ...(isTerminal(io.stdout, io.env)
              ? {
                  sourceLines: sourceLines(loaded.sources),
                  wrapWidth: Math.max(
                    60,
                    Math.min(Number(io.env.COLUMNS) || (io.stdout.columns ?? 80), 120),
                  ),
                }
              : {}),
          }),
        );
      }
      done(findings.some((f) => f.severity === 'error') ? exitCodes.invalid : exitCodes.ok);
    });
}
