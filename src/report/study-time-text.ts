import type { AnalysisResult } from '../analysis.js';
import type { ReportOptions } from './report-input.js';
import { formatNumber, plural } from './style.js';
import { reportTable, reportWidth } from './report-table.js';
import { type TableCell, wrapText } from './table.js';
import { visible } from './visible.js';

/**
 * What a ministry reads first: for each position, the national pathways — programmes, hours a
 * learner sits, hours of them sat twice — and, where learners per year are known, the
 * person-hours a year that teaching each repeated piece once would give back, in clock hours.
 * Provider variants are counted here and listed in the JSON report.
 */
export function formatStudyTime(a: AnalysisResult, options: ReportOptions): string {
  const { style } = options;
  const { pathways } = a.pathways;
  if (pathways.length === 0) return '';
  const national = pathways.filter((v) => v.provider === undefined);
  const shown = national.length > 0 ? national : pathways;
  const positions = new Map(a.catalog.positions.map((p) => [p.id, p]));
  const width = reportWidth(options);
  const rows: TableCell[][] = shown.map((v) => {
    const position = positions.get(v.position);
    const head = v.provider ? `${v.position} · ${v.provider}` : v.position;
    return [
      [
        { text: visible(position ? `${position.title}` : head), style: style.bold },
        { text: visible(v.programmes.join(' + ')) },
      ],
      formatNumber(v.hours),
      formatNumber(v.hoursSaved),
    ];
  });
  const table = reportTable(
    rows,
    {
      head: ['Position: pathway', 'Hours', 'Twice'],
      fixed: [7, 7],
      align: ['left', 'right', 'right'],
    },
    options,
  );
  const minutes = a.catalog.framework.periodMinutes;
  const lines = [
    style.bold('Study time by position') +
      (national.length > 0 ? ' (national pathways)' : ' (provider pathways)'),
    ...table,
  ];
  const providerVariants = pathways.length - national.length;
  if (national.length > 0 && providerVariants > 0)
    lines.push(`  ${plural(providerVariants, 'provider pathway')} more in the JSON report`);
  const personHours = a.summary.personHoursSavedPerYear;
  if (personHours > 0) {
    const clock = formatNumber((personHours * minutes) / 60);
    const text =
      `With the learners per year the framework gives, teaching each repeated piece once ` +
      `gives back ${clock} person-hours a year (${formatNumber(personHours)} periods of ${minutes} minutes).`;
    // Wrapped before styling, so that the bold figure does not count in the width.
    for (const piece of wrapText(text, width))
      lines.push(
        `  ${piece.replace(`${clock} person-hours`, `${style.bold(clock)} person-hours`)}`,
      );
  }
  return lines.join('\n') + '\n\n';
}
