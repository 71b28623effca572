import type { Finding } from '../findings/finding.js';
import { countBySeverity } from '../findings/finding.js';
import type { SourceLines } from '../model/location.js';
import { type Style, plain, plural } from './style.js';
import { visible } from './visible.js';

export interface FindingsTextOptions {
  readonly style?: Style;
  /** Lines of the files, for a two-line code frame under each finding (terminals only). */
  readonly sourceLines?: SourceLines;
}

/**
 * One line a finding, `path:line:column  rule  message`, the form editors and CI logs turn into
 * links, optionally with the offending line and a caret under it.
 */
export function formatFindings(
  findings: readonly Finding[],
  options: FindingsTextOptions = {},
): string {
  const style = options.style ?? plain;
  const lines: string[] = [];
  for (const f of findings) {
    const color =
      f.severity === 'error' ? style.red : f.severity === 'warning' ? style.yellow : style.blue;
    lines.push(
      `${style.bold(`${visible(f.file)}:${f.line}:${f.column}`)}  ${color(f.rule)}  ${visible(f.message)}`,
    );
    const text = options.sourceLines?.(f.file, f.line);
    if (text !== undefined) lines.push(...codeFrame(text, f.line, f.column, style));
    for (const r of f.related ?? [])
      lines.push(style.dim(`    ${visible(r.file)}:${r.line}:${r.column}  ${visible(r.message)}`));
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

function codeFrame(line: string, number: number, column: number, style: Style): string[] {
  const text = visible(line.replace(/\t/g, ' '));
  const gutter = `${number} | `;
  return [
    style.dim(`    ${gutter}`) + text,
    style.dim(`    ${' '.repeat(gutter.length - 2)}| `) +
      ' '.repeat(Math.max(0, column - 1)) +
      style.red('^'),
  ];
}

export function formatProblemCount(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  const total = counts.error + counts.warning;
  if (total === 0) return 'no problems';
  const parts = [
    counts.error > 0 ? plural(counts.error, 'error') : '',
    counts.warning > 0 ? plural(counts.warning, 'warning') : '',
  ].filter(Boolean);
  return `${plural(total, 'problem')} (${parts.join(', ')})`;
}
