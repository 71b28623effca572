import type { Finding } from '../findings/finding.js';
import type { RepositoryCounts } from '../model/counts.js';
import type { SourceLines } from '../model/location.js';
import { formatFindings, formatProblemCount } from './findings-text.js';
import { type Style, formatNumber, plain, plural } from './style.js';

export interface ValidationReport {
  readonly findings: readonly Finding[];
  readonly skipped: readonly string[];
  readonly stats: RepositoryCounts;
}

/**
 * What `validate` prints: every finding (skipped files among them, as `not-curriculum`
 * warnings), then one summary line.
 */
export function formatValidation(
  report: ValidationReport,
  options: { style?: Style; sourceLines?: SourceLines } = {},
): string {
  const style = options.style ?? plain;
  const hasErrors = report.findings.some((f) => f.severity === 'error');
  const mark = hasErrors ? style.red('✖') : style.green('✔');
  return (
    formatFindings(report.findings, options) +
    `${mark} ${summaryLine(report.stats, report.skipped.length)}: ${formatProblemCount(report.findings)}\n`
  );
}

function summaryLine(stats: RepositoryCounts, skipped: number): string {
  const skippedText = skipped > 0 ? ` (${formatNumber(skipped)} skipped)` : '';
  return `${plural(stats.files, 'file')}${skippedText}, ${plural(stats.programmes, 'programme')}, ${plural(stats.modules, 'module')}, ${plural(stats.hours, 'hour')}`;
}
