import { Command, InvalidArgumentError, Option } from 'commander';
import { analysisDefaults } from '../../analysis.js';
import type { Activity } from '../../model/catalog.js';
import { langs } from '../../model/lang.js';
import { type ReporterName, reporterNames } from '../../report/registry.js';
import { runAnalysis } from '../analysis-run.js';
import { commandLineFlags } from '../config.js';
import { failOnChoices } from '../../findings/finding.js';
import type { CliIo } from '../io.js';
import { addLoadOptions } from '../load-options.js';
import { reportsFromFlags } from '../outputs.js';

interface AnalyzeOptions {
  readonly format?: string[];
  readonly output?: string[];
  readonly config?: string;
  readonly updateBaseline?: boolean;
  readonly pruneBaseline?: boolean;
  readonly color?: boolean;
  readonly details?: boolean;
}

/** Activities left out of the comparison by default, which `--include` brings in. */
const optionalActivities: Activity[] = ['fieldwork', 'assessment'];

/** `analyze` (console by default) and `report` (markdown by default): one pipeline. */
export function analyzeCommand(io: CliIo, done: (code: number) => void): Command {
  return analysisCommand(new Command('analyze'), 'console', io, done)
    .alias('analyse')
    .description(
      'find overlapping modules within and across programmes, tracks and levels (default command)',
    );
}

export function reportCommand(io: CliIo, done: (code: number) => void): Command {
  return analysisCommand(new Command('report'), 'markdown', io, done).description(
    'write the markdown report for a director or a pull request (analyze --format markdown)',
  );
}

export function planCommand(io: CliIo, done: (code: number) => void): Command {
  return analysisCommand(new Command('plan'), 'plan', io, done).description(
    'list what to merge, exempt, retire and align, and what each saves, with the arithmetic (analyze --format plan)',
  );
}

function analysisCommand(
  command: Command,
  fallback: ReporterName,
  io: CliIo,
  done: (code: number) => void,
): Command {
  return addLoadOptions(command)
    .option(
      '-f, --format <name[=file]>',
      `report format (${reporterNames.join(', ')}; default ${fallback}); repeatable, =file writes that one to a file`,
      collect,
    )
    .option(
      '-o, --output <file>',
      'write a report to a file, whole or not at all; repeatable; the format comes from --format or the extension (.md, .json, .sarif, .csv, .html, .docx, .txt)',
      collect,
    )
    .addOption(
      new Option('--lang <lang>', "language of the reports (default: the framework's)").choices(
        langs,
      ),
    )
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding at or above this severity remains')
        .choices(failOnChoices)
        .default('error'),
    )
    .option(
      '--baseline <file>',
      'leave out the findings recorded in this file (see docs/baseline.md)',
    )
    .option('--update-baseline', "record today's findings in the baseline file")
    .option('--prune-baseline', 'remove the baseline entries no longer found')
    .option(
      '--details',
      'console: print every finding, cluster and table, not the first few of each rule',
    )
    .option(
      '--config <file>',
      'the config file (default: curriculum-dedup.config.yaml or .curriculum-dedup.yaml, found by walking up)',
    )
    .option(
      '--threshold <score>',
      `lowest score reported as overlap, ${minOverlapThreshold}–1`,
      overlapScore,
      analysisDefaults.thresholds.overlap,
    )
    .option(
      '--duplicate-threshold <score>',
      'lowest score called a duplicate, 0–1',
      score,
      analysisDefaults.thresholds.duplicate,
    )
    .option(
      '--include <activity>',
      `also compare modules of this activity (${optionalActivities.join(', ')}; repeatable)`,
      activity,
    )
    .action(async (paths: string[], options: AnalyzeOptions, self: Command) => {
      const reports = reportsFromFlags(options.format ?? [], options.output ?? []);
      done(
        await runAnalysis(
          {
            stage: 'analyze',
            paths,
            flags: { ...commandLineFlags(self), ...(reports ? { reports } : {}) },
            ...(options.config !== undefined ? { config: options.config } : {}),
            fallback,
            updateBaseline: options.updateBaseline === true,
            pruneBaseline: options.pruneBaseline === true,
            ...(options.color !== undefined ? { color: options.color } : {}),
            details: options.details === true,
          },
          io,
        ),
      );
    });
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * Below this, nearly every pair of modules that shares one specific word is reported: the
 * report and the clustering would grow with the square of the modules.
 */
const minOverlapThreshold = 0.1;

function overlapScore(value: string): number {
  const n = score(value);
  if (n < minOverlapThreshold) {
    throw new InvalidArgumentError(
      `expected a number from ${minOverlapThreshold} to 1 (below ${minOverlapThreshold} nearly every pair of modules would be reported)`,
    );
  }
  return n;
}

function score(value: string): number {
  // Written as a decimal (0.3, .3, 1): Number() would also take "0x1", "0b1" or "1e-1".
  const n = /^\s*(?:\d+(?:\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < 0 || n > 1) {
    throw new InvalidArgumentError('expected a number from 0 to 1');
  }
  return n;
}

function activity(value: string, previous: Activity[] | undefined): Activity[] {
  const values: Activity[] = [];
  for (const v of value.split(',').map((v) => v.trim())) {
    if (!isOptionalActivity(v)) {
      throw new InvalidArgumentError(`expected ${optionalActivities.join(' or ')}`);
    }
    values.push(v);
  }
  return [...(previous ?? []), ...values];
}

function isOptionalActivity(value: string): value is Activity {
  return optionalActivities.some((a) => a === value);
}
