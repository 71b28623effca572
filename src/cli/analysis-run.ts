import { type AnalysisResult, analysisDefaults, analyze } from '../analysis.js';
import { applyBaseline, makeBaseline, pruneBaseline, staleMessage } from '../findings/baseline.js';
import { catalogContent } from '../findings/fingerprint.js';
import type { Finding } from '../findings/finding.js';
import { applyRuleSeverities } from '../findings/rule-settings.js';
import type { LoadResult } from '../load/load-repository.js';
import type { FileIdentity } from '../load/read.js';
import { sourceLines } from '../load/source.js';
import { type Lang, localText } from '../model/local-text.js';
import type { ReportInput } from '../report/report-input.js';
import { type ReporterName, reporters } from '../report/registry.js';
import { makeStyle } from '../report/style.js';
import { formatFindings } from '../report/findings-text.js';
import { visible } from '../report/visible.js';
import { baselineFileNames, readBaselineFile, writeBaselineFile } from './baseline-file.js';
import { type CliFlags, type ResolvedOptions, resolveOptions } from './config.js';
import { type InputFileError, loadConfig } from './config-file.js';
import { exitCodeFor } from './gate.js';
import { type CliIo, UsageError, exitCodes, isTerminal, messageLang, wantsColor } from './io.js';
import { loadFromArgs, threadCount, warnUnusedIgnores } from './load-options.js';
import { loadedLang } from './loaded-lang.js';
import { type OutputTarget, outputTargets } from './outputs.js';
import { toolVersion } from './version.js';
import { inBatches, writeFileAtomic } from './write-output.js';

/** What `analyze` and `report` are asked to do, beyond the options a config file can hold. */
export interface AnalysisRequest {
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
}

/**
 * The whole run: config → load → analyse → rule settings → baseline → every report written →
 * the exit code, computed last (reports are written whatever the gate decides).
 */
export async function runAnalysis(request: AnalysisRequest, io: CliIo): Promise<number> {
  const config = await loadConfig({ cwd: io.cwd, paths: request.paths, config: request.config });
  if (!config.ok)
    return inputFileError(config.error, request.flags.lang ?? messageLang([], io.env), io);
  const options = resolveOptions(config.loaded, request.flags, io.cwd);
  if ((request.updateBaseline || request.pruneBaseline) && options.baseline === undefined) {
    const flag = `--${request.updateBaseline ? 'update' : 'prune'}-baseline`;
    throw new UsageError(
      localText(
        `${flag} cần một tệp baseline: --baseline TỆP, hoặc baseline: trong tệp cấu hình`,
        `${flag} needs a baseline file: --baseline FILE, or baseline: in the config file`,
      ),
    );
  }
  const targets = outputTargets(
    options.reports ?? [{ format: request.fallback }],
    request.fallback,
  );
  const loaded = await loadFromArgs([...request.paths], { ignore: [...options.ignore] }, io);
  const analysis = loaded.catalog
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
    withoutBlameOfLeftOut(analysis?.findings ?? loaded.findings, loaded.leftOut),
    options.rules,
  );
  const gated = await withBaseline(all, options, request, { io, lang, inputs, analysis });
  if (gated === undefined) return exitCodes.invalid;

  const input: ReportInput = {
    analysis,
    findings: gated.kept,
    stats: loaded.stats,
    skipped: loaded.skipped,
    periodMinutes: loaded.periodMinutes,
    ...(gated.baseline ? { baseline: gated.baseline } : {}),
  };
  for (const target of targets) {
    const toTerminal = target.file === undefined && target.format === 'console';
    const color = toTerminal && wantsColor(io.stdout, io.env, request.color);
    const text = reporters[target.format](input, {
      lang,
      toolVersion,
      style: makeStyle(color),
      width: Number(io.env.COLUMNS) || (toTerminal ? (io.stdout.columns ?? 80) : 80),
      ...(toTerminal && isTerminal(io.stdout, io.env)
        ? { sourceLines: sourceLines(loaded.sources) }
        : {}),
    });
    await write(target, text, io, inputs);
  }
  // A file that does not load is an input error whatever a baseline or setting says of it.
  return exitCodeFor(gated.kept, options.failOn, loaded.hasErrors);
}

interface Gated {
  readonly kept: readonly Finding[];
  readonly baseline?: ReportInput['baseline'];
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
  const contentOf = context.analysis ? catalogContent(context.analysis.catalog) : () => undefined;
  const naming = { file: baselineFileNames(io.cwd, path) };
  if (request.updateBaseline) {
    // Today's findings, recorded: none is new, none is stale.
    await writeBaselineFile(io.cwd, path, makeBaseline(findings, contentOf, naming), inputs);
    return {
      kept: [],
      baseline: { file: path, suppressed: findings.length, stale: [], pruned: 0 },
    };
  }
  const { baseline } = read;
  const result = applyBaseline(findings, baseline, contentOf, naming);
  if (request.pruneBaseline && result.stale.length > 0) {
    await writeBaselineFile(io.cwd, path, pruneBaseline(baseline, result.stale), inputs);
  }
  const stale = request.pruneBaseline ? [] : result.stale.map(staleMessage);
  return {
    kept: result.kept,
    baseline: {
      file: path,
      suppressed: result.suppressed.length,
      stale,
      pruned: request.pruneBaseline ? result.stale.length : 0,
    },
  };
}

/**
 * Rules that read a missing thing as a gap: with a programme left out (its file does not
 * load), a level it provides looks missing and a position it qualifies for looks unmet. Those
 * findings would blame the repository for the broken file, which is reported already.
 */
const completenessRules: ReadonlySet<string> = new Set(['missing-level', 'position-unmet']);

function withoutBlameOfLeftOut(
  findings: readonly Finding[],
  leftOut: readonly string[],
): readonly Finding[] {
  return leftOut.length === 0 ? findings : findings.filter((f) => !completenessRules.has(f.rule));
}

/** A config or baseline file that cannot be used: its headline and located problems, exit 2. */
function inputFileError(error: InputFileError, lang: Lang, io: CliIo): number {
  io.stderr.write(`curriculum-dedup: ${visible(error.message[lang])}\n`);
  io.stderr.write(formatFindings(error.findings, { lang }));
  return exitCodes.invalid;
}

async function write(
  target: OutputTarget,
  text: Iterable<string>,
  io: CliIo,
  inputs: readonly FileIdentity[],
): Promise<void> {
  if (target.file !== undefined) await writeFileAtomic(io.cwd, target.file, text, inputs);
  else for (const batch of inBatches(text)) io.stdout.write(batch);
}
