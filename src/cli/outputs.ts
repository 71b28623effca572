import { extname, normalize } from 'node:path';
import { type ReporterName, reporterNames } from '../report/registry.js';
import type { ReportTarget } from './config.js';
import { UsageError } from './io.js';
import { message } from '../messages/catalogue.js';

/** One report of a run: a format, written to a file or (without one) to stdout. */
export interface OutputTarget {
  readonly format: ReporterName;
  readonly file?: string;
}

/** The format a file's extension asks for, when `-o` is given without `--format`. */
const formatByExtension: Readonly<Record<string, ReporterName>> = {
  '.json': 'json',
  '.sarif': 'sarif',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.csv': 'csv',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.txt': 'console',
  '.log': 'console',
};

/**
 * The reports asked for on the command line, from repeated `--format <name>` or
 * `--format <name>=<file>` and `-o <file>`. A format with its own file is written there; an
 * `-o` file whose extension names a format (.md, .json, .sarif, .csv, .html, .docx, .txt) is
 * written in that format, and a bare `--format` of the same format is that file's
 * (`--format json -o r.json`);
 * other bare formats take the `-o` files with other extensions in order, and the one left
 * goes to stdout. Undefined when neither flag is given: the config file or the default decides.
 */
export function reportsFromFlags(
  formats: readonly string[],
  files: readonly string[],
): ReportTarget[] | undefined {
  if (formats.length === 0 && files.length === 0) return undefined;
  const targets: ReportTarget[] = [];
  const bare: ReporterName[] = [];
  for (const spec of formats) {
    const split = spec.indexOf('=');
    const format = reporterName(split < 0 ? spec : spec.slice(0, split));
    if (split < 0) bare.push(format);
    else if (spec.slice(split + 1) === '')
      throw new UsageError(message('cli.format.no-file', { spec }));
    else targets.push({ format, output: spec.slice(split + 1) });
  }
  const unclaimed = files.filter((f) => extensionFormat(f) !== undefined);
  const unnamed = files.filter((f) => extensionFormat(f) === undefined);
  for (const output of files) {
    const format = extensionFormat(output);
    // A text file's format is the command's text report, decided with the command's fallback.
    if (format !== undefined) targets.push(format === 'console' ? { output } : { format, output });
  }
  for (const format of bare) {
    const same = unclaimed.findIndex((f) => extensionFormat(f) === format);
    if (same >= 0) unclaimed.splice(same, 1);
    else {
      const output = unnamed.shift();
      targets.push(output === undefined ? { format } : { format, output });
    }
  }
  // Files whose extension names no format, and no --format left to give them one.
  for (const output of unnamed) targets.push({ output });
  return targets;
}

function extensionFormat(file: string): ReporterName | undefined {
  return formatByExtension[extname(file).toLowerCase()];
}

/**
 * The reports to write, each with its format: the one named, else the one its file's
 * extension names, else the command's own (`fallback`: console for `analyze`, markdown for
 * `report`). Only one may go to stdout, and no file may be named twice.
 */
export function outputTargets(
  reports: readonly ReportTarget[],
  fallback: ReporterName,
): OutputTarget[] {
  const targets = reports.map((r): OutputTarget => {
    // A text file (.txt, .log) holds the command's own text: `plan -o plan.txt` is the plan.
    const byExtension = r.output === undefined ? fallback : extensionFormat(r.output);
    const format =
      r.format ?? (byExtension === 'console' && fallback === 'plan' ? 'plan' : byExtension);
    return r.output === undefined
      ? { format: format ?? fallback }
      : { format: format ?? fallback, file: r.output };
  });
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) {
    const formats = toStdout.map((t) => t.format);
    throw new UsageError(message('cli.outputs.one-stdout', { formats }));
  }
  // Compared as paths: `a/r.json` and `a/../a/r.json` are one file.
  const seen = new Map<string, string>();
  for (const t of targets) {
    if (t.file === undefined) continue;
    const path = normalize(t.file);
    const first = seen.get(path);
    if (first !== undefined)
      throw new UsageError(
        first === t.file
          ? message('cli.outputs.same-file', { file: t.file })
          : message('cli.outputs.one-file', { first, file: t.file }),
      );
    seen.set(path, t.file);
  }
  return targets;
}

function reporterName(name: string): ReporterName {
  const found = reporterNames.find((n) => n === name);
  if (found === undefined) {
    throw new UsageError(message('cli.format.unknown', { name, names: reporterNames }));
  }
  return found;
}
