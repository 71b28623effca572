import { render } from '../messages/catalogue.js';
import type { Finding } from '../findings/finding.js';
import { countBySeverity } from '../findings/finding.js';
import type { Lang } from '../model/lang.js';
import type { Terms } from '../messages/types.js';
import type { SourceLines } from '../model/location.js';
import { type Style, plain } from './style.js';
import { displayWidth, wrapText } from './table.js';
import { textIn } from './text.js';
import { visible } from './visible.js';

export interface FindingsTextOptions {
  readonly lang: Lang;
  readonly style?: Style;
  /** Lines of the files, for a two-line code frame under each finding (terminals only). */
  readonly sourceLines?: SourceLines;
  /**
   * On a terminal, the width to wrap messages to, under their `path:line:column  rule`; without
   * it (pipes, CI logs) each finding stays on one line, for tools that read them.
   */
  readonly wrapWidth?: number;
  /** A word after the rule (`new`, `changed`), styled by the caller; none when undefined. */
  readonly mark?: (finding: Finding) => string | undefined;
  /** The data's own words (`moduleTerm`). */
  readonly terms?: Terms;
}

/**
 * One line a finding, `path:line:column  rule  message`, the form editors and CI logs turn into
 * links, optionally with the offending line and a caret under it. The rule id stays as it is
 * in every language: it is what configs and baselines name.
 */
export function formatFindings(findings: readonly Finding[], options: FindingsTextOptions): string {
  const style = options.style ?? plain;
  const { lang } = options;
  const t = textIn(lang, options.terms);
  const lines: string[] = [];
  for (const f of findings) {
    const color =
      f.severity === 'error' ? style.red : f.severity === 'warning' ? style.yellow : style.blue;
    const accepted =
      f.accepted === undefined
        ? ''
        : style.green(` ${t('report.findings.accepted', { reason: visible(f.accepted) })}`);
    const mark = options.mark?.(f);
    const place =
      `${style.bold(`${visible(f.file)}:${f.line}:${f.column}`)}  ${color(f.rule)}` +
      (mark === undefined ? '' : `  ${mark}`);
    const message = visible(render(f.message, lang, options.terms));
    const related = (f.related ?? []).map(
      (r) =>
        `${visible(r.file)}:${r.line}:${r.column}  ${visible(render(r.message, lang, options.terms))}`,
    );
    if (options.wrapWidth === undefined) {
      lines.push(`${place}  ${message}${accepted}`);
      const text = options.sourceLines?.(f.file, f.line);
      if (text !== undefined) lines.push(...codeFrame(text, f.line, f.column, style));
      for (const r of related) lines.push(style.dim(`    ${r}`));
      continue;
    }
    // A terminal: the place, the message wrapped under it, the code frame, the related places.
    lines.push(place);
    for (const piece of wrapText(message, options.wrapWidth - 4)) lines.push(`    ${piece}`);
    if (accepted !== '') lines.push(`   ${accepted}`);
    const text = options.sourceLines?.(f.file, f.line);
    if (text !== undefined) lines.push(...codeFrame(text, f.line, f.column, style));
    for (const r of related) {
      // Whole where it fits (the two spaces after the place kept), else wrapped.
      const pieces =
        displayWidth(r) <= options.wrapWidth - 6 ? [r] : wrapText(r, options.wrapWidth - 6);
      for (const piece of pieces) lines.push(style.dim(`      ${piece}`));
    }
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

/**
 * "2 lỗi · 40 cảnh báo · 3 lưu ý; 1 đã chấp nhận": the findings by severity, as every human
 * report (console, validate, markdown) counts them, so that their counts agree. An overlap the
 * authors declare intended is shown, but counted apart, as accepted.
 */
export function formatProblemCount(findings: readonly Finding[], lang: Lang): string {
  const open = findings.filter((f) => f.accepted === undefined);
  const accepted = findings.length - open.length;
  return textIn(lang)('report.problems', { ...countBySeverity(open), accepted });
}
