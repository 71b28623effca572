import { relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { analysisDefaults } from '../analysis.js';
import type { RuleSettings } from '../gate/rule-settings.js';
import type { Activity } from '../model/catalog.js';
import { type Lang, isLang } from '../model/local-text.js';
import { type ReporterName, reporterNames } from '../report/registry.js';
import type { FileIdentity } from '../load/read.js';
import { type FailOn, failOnChoices } from './gate.js';

/**
 * The config file (issue 10 §7): the command's options written down once for a repository,
 * with per-rule severities. Found by walking up from the scanned folder, or named with
 * `--config`; checked against schemas/config.schema.json with every error located; flags
 * given on the command line override it. docs/config.md documents it.
 */

/** Names a config file may have, in the order they are looked for. Both in one folder is an error. */
export const configFileNames = ['curriculum-dedup.config.yaml', '.curriculum-dedup.yaml'] as const;

/** Report formats a config file may name (schemas/config.schema.json, `$defs.format`). */
export const reportFormats = reporterNames;
export type ReportFormat = ReporterName;

/** One report of a run: a format (taken from the output's extension when absent) and its file. */
export interface ReportTarget {
  readonly format?: ReportFormat;
  /** Relative to the working directory, or absolute; standard output when absent. */
  readonly output?: string;
}

/** The config file's content, as schemas/config.schema.json describes it. */
export interface ConfigFile {
  readonly threshold?: number;
  readonly duplicateThreshold?: number;
  readonly include?: readonly Activity[];
  readonly ignore?: readonly string[];
  readonly format?: ReportFormat;
  readonly output?: string;
  readonly reports?: readonly { readonly format: ReportFormat; readonly output?: string }[];
  readonly failOn?: FailOn;
  readonly baseline?: string;
  readonly lang?: Lang;
  readonly rules?: RuleSettings;
}

/** A config file read and checked: what it says, and where it is. */
export interface LoadedConfig {
  /** The file as shown to users (relative to the working directory when inside it). */
  readonly file: string;
  /** Its folder, absolute: the paths it names are relative to it. */
  readonly folder: string;
  /** Device and inode, so that no output is ever written over it. */
  readonly identity: FileIdentity;
  readonly config: ConfigFile;
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
      format: r.format,
      ...(r.output !== undefined ? { output: fromConfig(r.output) } : {}),
    })) ??
    (config.format !== undefined || config.output !== undefined
      ? [
          {
            ...(config.format !== undefined ? { format: config.format } : {}),
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
