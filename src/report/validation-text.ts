import type { Finding } from '../findings/finding.js';
import type { Lang } from '../model/lang.js';
import type { RepositoryCounts } from '../model/counts.js';
import type { SourceLines } from '../model/location.js';
import { hoursNoun } from '../messages/words.js';
import { formatFindings, formatProblemCount } from './findings-text.js';
import { type Style, plain } from './style.js';
import { textIn } from './text.js';

export interface ValidationReport {
  readonly findings: readonly Finding[];
  readonly skipped: readonly string[];
  readonly stats: RepositoryCounts;
  /** The length of a period in the data, which names the unit of its hours (45 by default). */
  readonly periodMinutes?: number;
}

export interface ValidationTextOptions {
  readonly lang: Lang;
  readonly style?: Style;
  readonly sourceLines?: SourceLines;
  /** On a terminal, the width to wrap messages to. */
  readonly wrapWidth?: number;
}

/**
 * What `validate` prints: every finding (skipped files among them, as `not-curriculum`
 * warnings), then one summary line.
 */
export function formatValidation(report: ValidationReport, options: ValidationTextOptions): string {
  const style = options.style ?? plain;
  const hasErrors = report.findings.some((f) => f.severity === 'error');
  const mark = hasErrors ? style.red('✖') : style.green('✔');
  return (
    formatFindings(report.findings, options) +
    `${mark} ${summaryLine(report, options)}: ${formatProblemCount(report.findings, options.lang)}\n`
  );
}

function summaryLine(report: ValidationReport, options: ValidationTextOptions): string {
  const { stats } = report;
  return textIn(options.lang)('report.validation.summary', {
    files: stats.files,
    skipped: report.skipped.length,
    programmes: stats.programmes,
    modules: stats.modules,
    hours: stats.hours,
    unit: hoursNoun(report.periodMinutes ?? 45),
  });
}
