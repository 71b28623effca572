import type { AnalysisResult } from '../analysis.js';
import type { ReportOptions } from './report-input.js';
import { formatNumber, plural } from './style.js';
import { reportTable } from './report-table.js';
import type { TableCell } from './table.js';
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
  const rows: TableCell[][] = shown.map((d) => [
    [{ text: visible(d.programme), style: style.bold }, { text: visible(`copies ${d.national}`) }],
    `${d.dropped.length} (${formatNumber(d.droppedHours)} h)`,
    `${d.added.length} (${formatNumber(d.addedHours)} h)`,
    `${d.reworded.length}`,
  ]);
  const table = reportTable(
    rows,
    {
      head: ['Provider copy', 'Dropped', 'Added', 'Reworded'],
      fixed: [9, 9, 8],
      align: ['left', 'right', 'right', 'right'],
    },
    options,
  );
  const lines = [
    style.bold(
      `Provider copies that differ from the national programme (${formatNumber(drifting.length)} of ${plural(a.drift.length, 'copy', 'copies')})`,
    ),
    ...table,
  ];
  if (drifting.length > shown.length)
    lines.push(
      `  ${plural(drifting.length - shown.length, 'more copy', 'more copies')} in the JSON report`,
    );
  return lines.join('\n') + '\n\n';
}
