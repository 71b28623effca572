import type { AnalysisResult } from '../analysis.js';
import { driftingCopies } from '../uniformity/provider-drift.js';
import type { Lang } from '../model/local-text.js';
import { formatNumber } from '../model/number-format.js';
import { programmesById } from '../model/lookup.js';
import { count, hoursUnit, noun, nouns } from '../model/words.js';
import type { ReportOptions } from './report-input.js';
import { reportTable } from './report-table.js';
import type { TableCell } from './table.js';
import { visible } from './visible.js';

/** At most this many provider copies are listed on the console; the JSON report has them all. */
const maxRows = 20;

const labels = {
  vi: {
    heading: (drifting: number, all: number) =>
      `Bản chương trình của cơ sở đào tạo khác chương trình quốc gia (${formatNumber(drifting, 'vi')}/${count(all, nouns.copy, 'vi')})`,
    head: ['Bản của cơ sở', 'Bỏ bớt', 'Thêm', 'Sửa lời'],
    copies: (national: string) => `sao theo ${national}`,
    more: (n: number) => `${formatNumber(n, 'vi')} bản sao khác có trong báo cáo JSON`,
  },
  en: {
    heading: (drifting: number, all: number) =>
      `Provider copies that differ from the national programme (${formatNumber(drifting, 'en')} of ${count(all, nouns.copy, 'en')})`,
    head: ['Provider copy', 'Dropped', 'Added', 'Reworded'],
    copies: (national: string) => `copies ${national}`,
    more: (n: number) =>
      `${count(n, noun('', 'more copy', 'more copies'), 'en')} in the JSON report`,
  },
} as const satisfies Record<Lang, unknown>;

/**
 * Providers' copies of national programmes that differ from them: what each drops, adds and
 * changes, the copies that drop most first.
 */
export function formatDrift(a: AnalysisResult, options: ReportOptions): string {
  const drifting = driftingCopies(a.drift);
  if (drifting.length === 0) return '';
  const { style, lang } = options;
  const t = labels[lang];
  const unit = hoursUnit(a.catalog.framework.periodMinutes);
  const shown = drifting.slice(0, maxRows);
  const modulesWithHours = (n: number, hours: number) =>
    `${formatNumber(n, lang)} (${count(hours, unit, lang)})`;
  const programmes = programmesById(a.catalog);
  const rows: TableCell[][] = shown.map((d) => [
    [
      { text: visible(d.programme), style: style.bold },
      { text: visible(t.copies(programmes.get(d.national)?.title ?? d.national)) },
    ],
    modulesWithHours(d.dropped.length, d.droppedHours),
    modulesWithHours(d.added.length, d.addedHours),
    formatNumber(d.reworded.length, lang),
  ]);
  const table = reportTable(
    rows,
    { head: t.head, fixed: [12, 12, 8], align: ['left', 'right', 'right', 'right'] },
    options,
  );
  const lines = [style.bold(t.heading(drifting.length, a.drift.length)), ...table];
  if (drifting.length > shown.length) lines.push(`  ${t.more(drifting.length - shown.length)}`);
  return lines.join('\n') + '\n\n';
}
