import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { type AnalysisResult, analysisDefaults, analyze, structureFindings } from '../analysis.js';
import {
  applyBaseline,
  changedMessage,
  makeBaseline,
  pruneBaseline,
  staleMessage,
} from '../gate/baseline.js';
import { catalogContent } from '../gate/fingerprint.js';
import { type Finding, compareFindings } from '../findings/finding.js';
import { applyRuleSeverities } from '../gate/rule-settings.js';
import { ruleById } from '../rules/index.js';
import type { LoadResult } from '../load/load-repository.js';
import type { FileIdentity } from '../load/read.js';
import { sourceLines } from '../load/source.js';
import { message, render } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';
import type { Lang } from '../model/lang.js';
import type { ReportInput } from '../report/report-input.js';
import {
  type ReporterName,
  documentReporters,
  isDocumentReporterName,
  reporters,
} from '../report/registry.js';
import { makeStyle } from '../report/style.js';
import { formatFindings } from '../report/findings-text.js';
import { formatValidation } from '../report/validation-text.js';
import { visible } from '../report/visible.js';
import { baselineFileNames, readBaselineFile, writeBaselineFile } from './baseline-file.js';
import { type CliFlags, type ResolvedOptions, resolveOptions } from './config.js';
import { type InputFileError, loadConfig } from '../load/config-file.js';
import { exitCodeFor } from './gate.js';
import { type CliIo, UsageError, exitCodes, isTerminal, messageLang, wantsColor } from './io.js';
import { loadFromArgs, threadCount, warnUnusedIgnores } from './load-options.js';
import { loadedLang } from './loaded-lang.js';
import { type OutputTarget, outputTargets } from './outputs.js';
import { toolVersion } from './version.js';
import { inBatches, writeFileAtomic } from './write-output.js';

/**
 * Where a run stops: `validate` is `analyze` stopped after loading, with the same config,
 * outputs, language and exit codes for input errors; it prints what the files break.
 */
export type RunStage = 'validate' | 'analyze';

/** What `validate`, `analyze` and `report` are asked to do, beyond what a config file holds. */
export interface AnalysisRequest {
  readonly stage: RunStage;
  readonly paths: readonly string[];
  /** Options given on the command line, which override the config file. */
  readonly flags: CliFlags;
  /** `--config FILE`. */
  readonly config?: string;
  /** The format when neither the command line nor the config names one. */
  readonly fallback: ReporterName;
  readonly updateBaseline: boolean;
  readonly pruneBaseline: boolean;
  readonly color?: boolean;
  /** `--details`: the console's whole report. */
  readonly details?: boolean;
}

/**
 * The whole run: config → load → analyse (not for `validate`) → rule settings → baseline →
 * every report written → the exit code, computed last (reports are written whatever the gate
 * decides).
 */
export async function runAnalysis(request: AnalysisRequest, io: CliIo): Promise<number> {
  const config = await loadConfig({ cwd: io.cwd, paths: request.paths, config: request.config });
  const messagesLang = request.flags.lang ?? messageLang([], io.env);
  if (!config.ok) return inputFileError(config.error, messagesLang, io);
  if (config.warning) {
    const warning = render(message('cli.warning', { warning: config.warning }), messagesLang);
    io.stderr.write(`curriculum-dedup: ${visible(warning)}\n`);
  }
  const resolved = resolveOptions(config.loaded, request.flags, io.cwd);
  // The config's reports and baseline are the analysis's: `validate` has only its flags'.
  const options: ResolvedOptions =
    request.stage === 'validate'
      ? { ...resolved, reports: request.flags.reports, baseline: undefined }
      : resolved;
  if ((request.updateBaseline || request.pruneBaseline) && options.baseline === undefined) {
    const flag = `--${request.updateBaseline ? 'update' : 'prune'}-baseline`;
    throw new UsageError(message('cli.baseline.needs-file', { flag }));
  }
  const targets = outputTargets(
    options.reports ?? [{ format: request.fallback }],
    request.fallback,
  );
  // `validate -o report.md` would write a report of an analysis that never ran.
  const refused = targets.find(
    (t) => request.stage === 'validate' && !validateFormats.has(t.format),
  );
  if (refused)
    throw new UsageError(
      message('cli.validate.format-refused', {
        format: refused.format,
        ...(refused.file ? { file: refused.file } : {}),
      }),
    );
  refuseBinaryOnTerminal(targets, io);
  await refuseOutputsOverRunFiles(targets, {
    cwd: io.cwd,
    baseline: options.baseline,
    config: config.loaded?.file,
  });
  const loaded = await loadFromArgs([...request.paths], { ignore: [...options.ignore] }, io);
  const analysis =
    loaded.catalog && request.stage === 'analyze'
      ? analyze(loaded.catalog, loaded.findings, {
          thresholds: {
            overlap: options.threshold,
            duplicate: Math.max(options.duplicateThreshold, options.threshold),
          },
          activities: [...analysisDefaults.activities, ...options.include],
          threads: threadCount(io.env),
        })
      : undefined;
  const lang = options.lang ?? loadedLang(loaded);
  warnUnusedIgnores(loaded.unusedIgnores, lang, io);
  const inputs = [...loaded.inputs, ...(config.loaded ? [config.loaded.identity] : [])];
  try {
    return await gateAndReport({ loaded, analysis, options, request, targets, lang, inputs }, io);
  } catch (error) {
    // A report or baseline that cannot be written is told in the reports' language.
    throw error instanceof UsageError ? error.in(lang) : error;
  }
}

interface Run {
  readonly loaded: LoadResult;
  readonly analysis: AnalysisResult | undefined;
  readonly options: ResolvedOptions;
  readonly request: AnalysisRequest;
  readonly targets: readonly OutputTarget[];
  readonly lang: Lang;
  /** Every file read, which no output may replace. */
  readonly inputs: readonly FileIdentity[];
}

/** Rule settings → baseline → every report written → the exit code. */
async function gateAndReport(run: Run, io: CliIo): Promise<number> {
  const { loaded, analysis, options, request, targets, lang, inputs } = run;
  const all = applyRuleSeverities(
    withoutBlameOfLeftOut(findingsOf(run), loaded.leftOut),
    options.rules,
  );
  const gated = await withBaseline(all, options, request, { io, lang, inputs, analysis, loaded });
  if (gated === undefined) return exitCodes.invalid;
  // The baseline is an input of the reports too: none may be written over it.
  const reportInputs = gated.identity ? [...inputs, gated.identity] : inputs;

  const input: ReportInput = {
    analysis,
    findings: gated.kept,
    stats: loaded.stats,
    skipped: loaded.skipped,
    periodMinutes: loaded.periodMinutes,
    failOn: options.failOn,
    rules: options.rules,
    ...(gated.baseline ? { baseline: gated.baseline } : {}),
  };
  for (const target of targets) {
    if (isDocumentReporterName(target.format)) {
      const bytes = await documentReporters[target.format](input, {
        lang,
        style: makeStyle(false),
        width: 80,
      });
      await write(target, bytes, io, reportInputs);
      continue;
    }
    const toTerminal = target.file === undefined && target.format === 'console';
    const color = toTerminal && wantsColor(io.stdout, io.env, request.color);
    const onTerminal = toTerminal && isTerminal(io.stdout, io.env);
    const text =
      request.stage === 'validate' && target.format === 'console'
        ? formatValidation(input, {
            lang,
            style: makeStyle(color),
            // On a terminal: code frames, and messages wrapped to its width.
            ...(onTerminal
              ? {
                  sourceLines: sourceLines(loaded.sources),
                  wrapWidth: Math.max(
                    60,
                    Math.min(Number(io.env.COLUMNS) || (io.stdout.columns ?? 80), 120),
                  ),
                }
              : {}),
          })
        : reporters[target.format](input, {
            lang,
            toolVersion,
            style: makeStyle(color),
            width: Number(io.env.COLUMNS) || (toTerminal ? (io.stdout.columns ?? 80) : 80),
            details: request.details === true,
            ...(onTerminal ? { sourceLines: sourceLines(loaded.sources) } : {}),
          });
    await write(target, text, io, reportInputs);
  }
  // A file that does not load is an input error whatever a baseline or setting says of it;
  // for `validate`, so is any error left after the rule settings.
  if (request.stage === 'validate')
    return loaded.hasErrors || gated.kept.some((f) => f.severity === 'error')
      ? exitCodes.invalid
      : exitCodes.ok;
  return exitCodeFor(gated.kept, options.failOn, loaded.hasErrors);
}

/** What `validate` writes: its own text, or the JSON report without the analysis. */
const validateFormats: ReadonlySet<string> = new Set(['console', 'json']);

/** The findings of the run before any setting: the analysis's, or the files' for `validate`. */
function findingsOf(run: Run): readonly Finding[] {
  if (run.analysis) return run.analysis.findings;
  const { catalog, findings } = run.loaded;
  return catalog && run.request.stage === 'validate'
    ? [...findings, ...structureFindings(catalog)].sort(compareFindings)
    : findings;
}

interface Gated {
  readonly kept: readonly Finding[];
  readonly baseline?: ReportInput['baseline'];
  /** The baseline file read, if one exists. */
  readonly identity?: FileIdentity;
}

/**
 * The findings the gate counts: all of them without a baseline; with one, those it does not
 * record. `--update-baseline` records today's findings (so none is new); `--prune-baseline`
 * removes the entries no longer found. Undefined when the baseline file cannot be used.
 */
async function withBaseline(
  findings: readonly Finding[],
  options: ResolvedOptions,
  request: AnalysisRequest,
  context: {
    io: CliIo;
    lang: Lang;
    inputs: readonly FileIdentity[];
    analysis: AnalysisResult | undefined;
    loaded: LoadResult;
  },
): Promise<Gated | undefined> {
  const path = options.baseline;
  if (path === undefined) return { kept: findings };
  const { io, lang, inputs } = context;
  const read = await readBaselineFile(io.cwd, path, { create: request.updateBaseline });
  if (!read.ok) {
    inputFileError(read.error, lang, io);
    return undefined;
  }
  const identity = read.identity ? { identity: read.identity } : {};
  const contentOf = context.analysis ? catalogContent(context.analysis.catalog) : () => undefined;
  const naming = { file: baselineFileNames(io.cwd, path) };
  // Findings of a file that did not load are missing today: a baseline recorded or pruned
  // now would drop theirs. The run goes on as a plain check, and exits 2.
  const refused = (request.updateBaseline || request.pruneBaseline) && context.loaded.hasErrors;
  if (refused)
    io.stderr.write(notWritten(path, context.loaded.findings, request.updateBaseline, lang));
  const update = request.updateBaseline && !refused;
  const prune = request.pruneBaseline && !refused;
  if (update) {
    // Today's findings, recorded: none is new, none is stale.
    await writeBaselineFile(io.cwd, path, makeBaseline(findings, contentOf, naming), inputs);
    return {
      kept: [],
      baseline: {
        file: path,
        suppressed: findings.length,
        stale: [],
        changed: [],
        changedFindings: [],
        pruned: 0,
      },
      ...identity,
    };
  }
  const { baseline } = read;
  // Entries an earlier version wrote, with the hours of modules in the fingerprint, match
  // where nothing but the scheme changed.
  const earlier = context.analysis
    ? { earlier: catalogContent(context.analysis.catalog, { hours: true }) }
    : {};
  const result = applyBaseline(findings, baseline, contentOf, { ...naming, ...earlier });
  // Only entries whose finding is gone are pruned: a changed one is accepted again with
  // `--update-baseline`, after review, or its finding fixed.
  if (prune && result.stale.length > 0) {
    await writeBaselineFile(io.cwd, path, pruneBaseline(baseline, result.stale), inputs);
  }
  const stale = prune ? [] : result.stale.map(staleMessage);
  return {
    kept: result.kept,
    baseline: {
      file: path,
      suppressed: result.suppressed.length,
      stale,
      changed: result.changed.map(changedMessage),
      changedFindings: result.changedFindings,
      pruned: prune ? result.stale.length : 0,
    },
    ...identity,
  };
}

/** Why `--update-baseline` or `--prune-baseline` wrote nothing: inputs that did not load. */
function notWritten(path: string, findings: readonly Finding[], update: boolean, lang: Lang) {
  const files = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.file)).size;
  const text = render(message('cli.baseline.not-written', { path, files, update }), lang);
  return `curriculum-dedup: ${visible(text)}\n`;
}

/**
 * Refuses, before anything is read or written, a report file that is the baseline or the
 * config file of the run, by name or through a link to its folder: `-o b.json` beside
 * `--baseline b.json` would replace the baseline with the report. (A hard link to either is
 * refused when written, by inode.)
 */
async function refuseOutputsOverRunFiles(
  targets: readonly OutputTarget[],
  run: { cwd: string; baseline: string | undefined; config: string | undefined },
): Promise<void> {
  const canonical = async (path: string) => {
    const absolute = resolve(run.cwd, path);
    const folder = await realpath(dirname(absolute)).catch(() => dirname(absolute));
    return join(folder, basename(absolute));
  };
  const runFiles: Array<{ readonly path: string; readonly what: Message }> = [];
  if (run.baseline !== undefined)
    runFiles.push({ path: await canonical(run.baseline), what: message('cli.run-file.baseline') });
  if (run.config !== undefined)
    runFiles.push({ path: await canonical(run.config), what: message('cli.run-file.config') });
  for (const target of targets) {
    if (target.file === undefined) continue;
    const path = await canonical(target.file);
    const hit = runFiles.find((f) => f.path === path);
    if (hit)
      throw new UsageError(
        message('cli.write.cannot-write', {
          path: target.file,
          reason: message('cli.write.run-file', { what: hit.what }),
        }),
      );
  }
}

/**
 * Without the findings of rules that read a missing thing as a gap (`needsWholeRepository`)
 * when a file was left out: a level its programme provides would look missing, a position it
 * qualifies for unmet, blaming the repository for the broken file, which is reported already.
 */
function withoutBlameOfLeftOut(
  findings: readonly Finding[],
  leftOut: readonly string[],
): readonly Finding[] {
  return leftOut.length === 0
    ? findings
    : findings.filter((f) => !(ruleById(f.rule)?.needsWholeRepository ?? false));
}

/** A config or baseline file that cannot be used: its headline and located problems, exit 2. */
function inputFileError(error: InputFileError, lang: Lang, io: CliIo): number {
  io.stderr.write(`curriculum-dedup: ${visible(render(error.message, lang))}\n`);
  io.stderr.write(formatFindings(error.findings, { lang }));
  return exitCodes.invalid;
}

async function write(
  target: OutputTarget,
  text: Iterable<string> | Uint8Array,
  io: CliIo,
  inputs: readonly FileIdentity[],
): Promise<void> {
  if (target.file !== undefined) await writeFileAtomic(io.cwd, target.file, text, inputs);
  else if (text instanceof Uint8Array) io.stdout.write(text);
  else for (const batch of inBatches(text)) io.stdout.write(batch);
}

/**
 * Refuses, before anything is read, a binary report (`--format docx`) bound for a terminal,
 * where its bytes would be noise and could drive the terminal; a pipe or a file takes them.
 */
function refuseBinaryOnTerminal(targets: readonly OutputTarget[], io: CliIo): void {
  const binary = targets.find((t) => t.file === undefined && isDocumentReporterName(t.format));
  if (binary !== undefined && io.stdout.isTTY === true)
    throw new UsageError(
      message('cli.format.binary-terminal', { format: binary.format, extension: binary.format }),
    );
}
