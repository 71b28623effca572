import { relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { analysisDefaults } from '../analysis.js';
import type { FailOn } from '../findings/finding.js';
import type { RuleSettings } from '../findings/rule.js';
import type { LoadedConfig } from '../load/config-types.js';
import type { Activity } from '../model/catalog.js';
import { type Lang, isLang } from '../model/lang.js';
import { type ReporterName, isReporterName, reporterNames } from '../report/registry.js';
import { failOnChoices } from '../findings/finding.js';

/**
 * A run's options: the config file's (src/load/config-file.ts reads it), overridden by the
 * flags given on the command line, else the defaults. docs/config.md documents them.
 */

/** Report formats a config file may name (schemas/config.schema.json, `$defs.format`). */
export const reportFormats = reporterNames;

/** One report of a run: a format (taken from the output's extension when absent) and its file. */
export interface ReportTarget {
  readonly format?: ReporterName;
  /** Relative to the working directory, or absolute; standard output when absent. */
  readonly output?: string;
}

/** The options given on the command line (not commander's defaults), to lay over the config. */
export interface CliFlags {
  readonly threshold?: number;
  readonly duplicateThreshold?: number;
  readonly include?: readonly Activity[];
  readonly ignore?: readonly string[];
  /** Set when `--format` or `--output` was given: they replace the config's reports. */
  readonly reports?: readonly ReportTarget[];
  readonly failOn?: FailOn;
  /** As given, relative to the working directory. */
  readonly baseline?: string;
  readonly lang?: Lang;
}

/** Every option of a run, from the command line, else the config file, else the default. */
export interface ResolvedOptions {
  readonly threshold: number;
  readonly duplicateThreshold: number;
  readonly include: readonly Activity[];
  /** The config's globs, then the command line's. */
  readonly ignore: readonly string[];
  /** Undefined: the command's own report (console for `analyze`, markdown for `report`). */
  readonly reports: readonly ReportTarget[] | undefined;
  readonly failOn: FailOn;
  /** Relative to the working directory (or absolute); undefined without a baseline. */
  readonly baseline: string | undefined;
  /** Undefined: the framework's language decides. */
  readonly lang: Lang | undefined;
  readonly rules: RuleSettings;
}

/**
 * Flags override the config; the config overrides the defaults. `ignore` adds up (config
 * globs, then flags), as ESLint's `--ignore-pattern` adds to its config. Paths in the config
 * (`baseline`, `output`) are relative to its folder and come back relative to `cwd`.
 */
export function resolveOptions(
  loaded: LoadedConfig | undefined,
  flags: CliFlags,
  cwd: string,
): ResolvedOptions {
  const config = loaded?.config ?? {};
  const fromConfig = (path: string) =>
    loaded === undefined ? path : relative(cwd, resolve(loaded.folder, path)).split(sep).join('/');
  const configReports: ReportTarget[] | undefined =
    config.reports?.map((r) => ({
      format: reporter(r.format),
      ...(r.output !== undefined ? { output: fromConfig(r.output) } : {}),
    })) ??
    (config.format !== undefined || config.output !== undefined
      ? [
          {
            ...(config.format !== undefined ? { format: reporter(config.format) } : {}),
            ...(config.output !== undefined ? { output: fromConfig(config.output) } : {}),
          },
        ]
      : undefined);
  const configBaseline = config.baseline === undefined ? undefined : fromConfig(config.baseline);
  return {
    threshold: flags.threshold ?? config.threshold ?? analysisDefaults.thresholds.overlap,
    duplicateThreshold:
      flags.duplicateThreshold ??
      config.duplicateThreshold ??
      analysisDefaults.thresholds.duplicate,
    include: flags.include ?? config.include ?? [],
    ignore: [...(config.ignore ?? []), ...(flags.ignore ?? [])],
    reports: flags.reports ?? configReports,
    failOn: flags.failOn ?? config.failOn ?? 'error',
    baseline: flags.baseline ?? configBaseline,
    lang: flags.lang ?? config.lang,
    rules: config.rules ?? {},
  };
}

/**
 * The options among `threshold`, `duplicateThreshold`, `include`, `ignore`, `failOn`,
 * `baseline` and `lang` that the user gave on the command line (commander's
 * `getOptionValueSource(name) === 'cli'`), already parsed by their commander options. The
 * reports (`--format`, `--output`) are the command's to build.
 */
export function commandLineFlags(command: Command): CliFlags {
  const given = (name: string): unknown =>
    command.getOptionValueSource(name) === 'cli' ? command.getOptionValue(name) : undefined;
  const threshold = given('threshold');
  const duplicateThreshold = given('duplicateThreshold');
  const include = given('include');
  const ignore = given('ignore');
  const failOn = given('failOn');
  const baseline = given('baseline');
  const lang = given('lang');
  return {
    ...(typeof threshold === 'number' ? { threshold } : {}),
    ...(typeof duplicateThreshold === 'number' ? { duplicateThreshold } : {}),
    ...(isStrings(include) ? { include: include.filter(isActivity) } : {}),
    ...(isStrings(ignore) ? { ignore } : {}),
    ...(typeof failOn === 'string' && isFailOn(failOn) ? { failOn } : {}),
    ...(typeof baseline === 'string' ? { baseline } : {}),
    ...(typeof lang === 'string' && isLang(lang) ? { lang } : {}),
  };
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isActivity(value: string): value is Activity {
  return (
    value === 'fieldwork' || value === 'assessment' || value === 'lesson' || value === 'report'
  );
}

export function isFailOn(value: string): value is FailOn {
  return failOnChoices.some((v) => v === value);
}

/** A format the config file names: the schema allows only the reporters' names. */
function reporter(name: string): ReporterName {
  if (!isReporterName(name)) throw new Error(`the config schema let through format ${name}`);
  return name;
}
