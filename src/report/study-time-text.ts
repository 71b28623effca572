import { programmesById, providerName } from '../model/lookup.js';
import { clockHours } from '../model/hours.js';
import type { AnalysisResult } from '../analysis.js';
import { formatNumber } from '../messages/number-format.js';
import { hoursNoun } from '../messages/words.js';
import type { ReportOptions } from './report-input.js';
import { reportTable, reportWidth } from './report-table.js';
import { type TableCell, wrapText } from './table.js';
import { textIn } from './text.js';
import { visible } from './visible.js';

/**
 * What a ministry reads first: for each position, the national pathways — programmes, hours a
 * learner sits, hours of them sat twice — and, where learners per year are known, the
 * person-hours a year that teaching each repeated piece once would give back, in clock hours.
 * Provider variants are counted here and listed in the JSON report.
 */
export function formatStudyTime(a: AnalysisResult, options: ReportOptions): string {
  const { style, lang } = options;
  const t = textIn(lang, options.terms);
  const { pathways } = a.pathways;
  if (pathways.length === 0) return '';
  const national = pathways.filter((v) => v.provider === undefined);
  const shown = national.length > 0 ? national : pathways;
  const positions = new Map(a.catalog.positions.map((p) => [p.id, p]));
  const programmes = programmesById(a.catalog);
  const width = reportWidth(options);
  const rows: TableCell[][] = shown.map((v) => {
    const position = positions.get(v.position);
    const title = position?.title ?? v.position;
    const head = v.provider ? `${title} · ${providerName(a.catalog, v.provider)}` : title;
    const names = v.programmes.map((id) => programmes.get(id)?.title ?? id);
    return [
      [{ text: visible(head), style: style.bold }, { text: visible(names.join(' + ')) }],
      formatNumber(v.hours, lang),
      formatNumber(v.hoursSaved, lang),
    ];
  });
  const unit = hoursNoun(a.catalog.framework.periodMinutes);
  const table = reportTable(
    rows,
    {
      head: [
        t('report.study-time.head.pathway'),
        t('report.study-time.head.sits', { unit }),
        t('report.study-time.head.twice'),
      ],
      fixed: [11, 8],
      align: ['left', 'right', 'right'],
    },
    options,
  );
  const minutes = a.catalog.framework.periodMinutes;
  const which = national.length > 0 ? 'report.study-time.national' : 'report.study-time.provider';
  const lines = [style.bold(t('report.study-time.heading')) + t(which), ...table];
  const providerVariants = pathways.length - national.length;
  if (national.length > 0 && providerVariants > 0)
    lines.push(`  ${t('report.study-time.more', { n: providerVariants })}`);
  const personHours = a.summary.personHoursSavedPerYear;
  if (personHours > 0) {
    const clock = clockHours(personHours, minutes);
    const text = t('report.study-time.person-hours', {
      clock,
      periods: personHours,
      unit,
      minutes,
    });
    // Wrapped before styling, so that the bold figure does not count in the width.
    const marked = t('report.study-time.person-hours-mark', { clock });
    for (const piece of wrapText(text, width))
      lines.push(`  ${piece.replace(marked, style.bold(marked))}`);
  }
  return lines.join('\n') + '\n\n';
}
