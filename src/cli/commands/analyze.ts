import { Command, InvalidArgumentError, Option } from 'commander';
import { analysisDefaults, analyze } from '../../analysis.js';
import type { Activity } from '../../model/catalog.js';
import { type ReporterName, reporterNames, reporters } from '../../report/registry.js';
import { makeStyle } from '../../report/style.js';
import { sourceLines } from '../../load/source.js';
import { type CliIo, exitCodes, isTerminal, wantsColor } from '../io.js';
import { type LoadOptions, addLoadOptions, loadFromArgs } from '../load-options.js';
import { inBatches, writeFileAtomic } from '../write-output.js';

interface AnalyzeOptions extends LoadOptions {
  readonly format: ReporterName;
  readonly threshold: number;
  readonly duplicateThreshold: number;
  readonly include?: Activity[];
  readonly output?: string;
  readonly color?: boolean;
}

/** Activities left out of the comparison by default, which `--include` brings in. */
const optionalActivities: Activity[] = ['fieldwork', 'assessment'];

export function analyzeCommand(io: CliIo, done: (code: number) => void): Command {
  return addLoadOptions(new Command('analyze'))
    .alias('analyse')
    .description(
      'find overlapping modules within and across programmes, tracks and levels (default command)',
    )
    .addOption(
      new Option('-f, --format <name>', 'report format').choices(reporterNames).default('console'),
    )
    .option(
      '-o, --output <file>',
      'write the report to a file (whole or not at all) instead of stdout',
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
    .action(async (paths: string[], options: AnalyzeOptions) => {
      const loaded = await loadFromArgs(paths, options, io);
      const analysis = loaded.catalog
        ? analyze(loaded.catalog, loaded.findings, {
            thresholds: {
              overlap: options.threshold,
              duplicate: Math.max(options.duplicateThreshold, options.threshold),
            },
            activities: [...analysisDefaults.activities, ...(options.include ?? [])],
          })
        : undefined;
      const toTerminal = options.output === undefined && options.format === 'console';
      const color = toTerminal && wantsColor(io.stdout, io.env, options.color);
      const text = reporters[options.format](
        {
          analysis,
          findings: analysis?.findings ?? loaded.findings,
          stats: loaded.stats,
          skipped: loaded.skipped,
        },
        {
          style: makeStyle(color),
          width: Number(io.env.COLUMNS) || (toTerminal ? (io.stdout.columns ?? 80) : 80),
          ...(toTerminal && isTerminal(io.stdout, io.env)
            ? { sourceLines: sourceLines(loaded.sources) }
            : {}),
        },
      );
      if (options.output !== undefined)
        await writeFileAtomic(io.cwd, options.output, text, loaded.inputs);
      else for (const batch of inBatches(text)) io.stdout.write(batch);
      // An error found by the analysis (a prerequisite cycle) is an input error too.
      const valid = analysis?.findings.every((f) => f.severity !== 'error') ?? false;
      done(valid ? exitCodes.ok : exitCodes.invalid);
    });
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
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1 || value.trim() === '') {
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
