import type { AnalysisResult } from '../analysis.js';
import { driftingCopies } from '../uniformity/provider-drift.js';
import { formatNumber } from '../messages/number-format.js';
import { programmesById } from '../model/lookup.js';
import { count, hoursNoun } from '../messages/words.js';
import type { ReportOptions } from './report-input.js';
import { reportTable } from './report-table.js';
import type { TableCell } from './table.js';
import { textIn } from './text.js';
import { visible } from './visible.js';

/** At most this many provider copies are listed on the console; the JSON report has them all. */
const maxRows = 20;

/**
 * Providers' copies of national programmes that differ from them: what each drops, adds and
 * changes, the copies that drop most first.
 */
export function formatDrift(a: AnalysisResult, options: ReportOptions): string {
  const drifting = driftingCopies(a.drift);
  if (drifting.length === 0) return '';
  const { style, lang } = options;
  const t = textIn(lang, options.terms);
  const unit = hoursNoun(a.catalog.framework.periodMinutes);
  const shown = drifting.slice(0, maxRows);
  const modulesWithHours = (n: number, hours: number) =>
    `${formatNumber(n, lang)} (${count(hours, unit, lang)})`;
  const programmes = programmesById(a.catalog);
  const rows: TableCell[][] = shown.map((d) => [
    [
      { text: visible(d.programme), style: style.bold },
      {
        text: visible(
          t('report.drift.copies', { national: programmes.get(d.national)?.title ?? d.national }),
        ),
      },
    ],
    modulesWithHours(d.dropped.length, d.droppedHours),
    modulesWithHours(d.added.length, d.addedHours),
    formatNumber(d.reworded.length, lang),
  ]);
  const table = reportTable(
    rows,
    {
      head: [
        t('report.drift.head.copy'),
        t('report.drift.head.dropped'),
        t('report.drift.head.added'),
        t('report.drift.head.reworded'),
      ],
      fixed: [12, 12, 8],
      align: ['left', 'right', 'right', 'right'],
    },
    options,
  );
  const heading = t('report.drift.heading', { drifting: drifting.length, all: a.drift.length });
  const lines = [style.bold(heading), ...table];
  if (drifting.length > shown.length)
    lines.push(`  ${t('report.drift.more', { n: drifting.length - shown.length })}`);
  return lines.join('\n') + '\n\n';
}
