import type { AnalysisResult } from '../analysis.js';
import type { ReportOptions } from './report-input.js';
import { formatNumber, plural } from './style.js';
import { type TableCell, renderTable } from './table.js';
import { visible } from './visible.js';

/** At most this many provider copies are listed on the console; the JSON report has them all. */
const maxRows = 20;

/**
 * Providers' copies of national programmes that differ from them: what each drops, adds and
 * changes, the copies that drop most first.
 */
export function formatDrift(a: AnalysisResult, options: ReportOptions): string {
  const drifting = a.drift.filter(
    (d) => d.dropped.length + d.added.length + d.reworded.length + d.hoursChanged.length > 0,
  );
  if (drifting.length === 0) return '';
  const { style } = options;
  const shown = [...drifting]
    .sort((x, y) => y.droppedHours - x.droppedHours || y.addedHours - x.addedHours)
    .slice(0, maxRows);
  const width = Math.max(60, Math.min(options.width, 120)) - 2;
  const fixed = [9, 9, 8];
  const first = width - fixed.reduce((x, y) => x + y, 0) - 3 * 4 - 1;
  const rows: TableCell[][] = shown.map((d) => [
    [{ text: visible(d.programme), style: style.bold }, { text: visible(`copies ${d.national}`) }],
    `${d.dropped.length} (${formatNumber(d.droppedHours)} h)`,
    `${d.added.length} (${formatNumber(d.addedHours)} h)`,
    `${d.reworded.length}`,
  ]);
  const table = renderTable(rows, {
    head: ['Provider copy', 'Dropped', 'Added', 'Reworded'],
    widths: [first, ...fixed],
    align: ['left', 'right', 'right', 'right'],
    headStyle: style.dim,
    borderStyle: style.dim,
  });
  const lines = [
    style.bold(
      `Provider copies that differ from the national programme (${formatNumber(drifting.length)} of ${plural(a.drift.length, 'copy', 'copies')})`,
    ),
    ...table.split('\n').map((l) => `  ${l}`),
  ];
  if (drifting.length > shown.length)
    lines.push(
      `  ${plural(drifting.length - shown.length, 'more copy', 'more copies')} in the JSON report`,
    );
  return lines.join('\n') + '\n\n';
}
