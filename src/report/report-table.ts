import type { ReportOptions } from './report-input.js';
import { type TableCell, renderTable } from './table.js';

/**
 * The width a console report writes to: the terminal's, held between 60 and 120 columns,
 * less the two columns of indentation under a heading.
 */
export function reportWidth(options: ReportOptions): number {
  return Math.max(60, Math.min(options.width, 120)) - 2;
}

/**
 * A table of a console report, indented by two under its heading: the first column takes
 * whatever width the others (`fixed`) leave; heading and borders are dimmed.
 */
export function reportTable(
  rows: readonly (readonly TableCell[])[],
  columns: {
    readonly head: readonly string[];
    readonly fixed: readonly number[];
    readonly align: readonly ('left' | 'right')[];
  },
  options: ReportOptions,
): string[] {
  const { style } = options;
  const borders = 3 * (columns.fixed.length + 1) + 1;
  const first = reportWidth(options) - columns.fixed.reduce((a, b) => a + b, 0) - borders;
  return renderTable(rows, {
    head: columns.head,
    widths: [first, ...columns.fixed],
    align: columns.align,
    headStyle: style.dim,
    borderStyle: style.dim,
  })
    .split('\n')
    .map((line) => `  ${line}`);
}
