import { programmesById } from '../model/lookup.js';
import { clockHours } from '../model/hours.js';
import type { AnalysisResult } from '../analysis.js';
import type { Lang } from '../model/local-text.js';
import { formatNumber } from '../model/number-format.js';
import { count, hoursUnit, noun, unitLabel } from '../model/words.js';
import type { ReportOptions } from './report-input.js';
import { reportTable, reportWidth } from './report-table.js';
import { type TableCell, wrapText } from './table.js';
import { visible } from './visible.js';

const labels = {
  vi: {
    heading: 'Thời gian học theo vị trí việc làm',
    national: ' (lộ trình quốc gia)',
    provider: ' (lộ trình của các cơ sở đào tạo)',
    head: ['Vị trí việc làm: lộ trình', 'Học', 'Học lại'],
    more: (n: number) =>
      `${formatNumber(n, 'vi')} lộ trình của các cơ sở đào tạo có trong báo cáo JSON`,
    personHours: (clock: string, periods: string) =>
      `Với số người học mỗi năm khung chương trình đưa ra, dạy mỗi phần lặp lại một lần trả lại cho người học ${clock} giờ mỗi năm (${periods}).`,
    clockWord: 'giờ mỗi năm',
  },
  en: {
    heading: 'Study time by position',
    national: ' (national pathways)',
    provider: ' (provider pathways)',
    head: ['Position: pathway', 'Sits', 'Twice'],
    more: (n: number) => `${count(n, noun('', 'provider pathway'), 'en')} more in the JSON report`,
    personHours: (clock: string, periods: string) =>
      `With the learners per year the framework gives, teaching each repeated piece once gives back ${clock} person-hours a year (${periods}).`,
    clockWord: 'person-hours',
  },
} as const satisfies Record<Lang, unknown>;

/**
 * What a ministry reads first: for each position, the national pathways — programmes, hours a
 * learner sits, hours of them sat twice — and, where learners per year are known, the
 * person-hours a year that teaching each repeated piece once would give back, in clock hours.
 * Provider variants are counted here and listed in the JSON report.
 */
export function formatStudyTime(a: AnalysisResult, options: ReportOptions): string {
  const { style, lang } = options;
  const t = labels[lang];
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
    const head = v.provider ? `${title} · ${v.provider}` : title;
    const names = v.programmes.map((id) => programmes.get(id)?.title ?? id);
    return [
      [{ text: visible(head), style: style.bold }, { text: visible(names.join(' + ')) }],
      formatNumber(v.hours, lang),
      formatNumber(v.hoursSaved, lang),
    ];
  });
  const unit = hoursUnit(a.catalog.framework.periodMinutes);
  const [first, sits, twice] = t.head;
  const table = reportTable(
    rows,
    {
      head: [first, `${sits} (${unitLabel(unit, lang)})`, twice],
      fixed: [11, 8],
      align: ['left', 'right', 'right'],
    },
    options,
  );
  const minutes = a.catalog.framework.periodMinutes;
  const lines = [style.bold(t.heading) + (national.length > 0 ? t.national : t.provider), ...table];
  const providerVariants = pathways.length - national.length;
  if (national.length > 0 && providerVariants > 0) lines.push(`  ${t.more(providerVariants)}`);
  const personHours = a.summary.personHoursSavedPerYear;
  if (personHours > 0) {
    const clock = formatNumber(clockHours(personHours, minutes), lang);
    const periods = `${count(personHours, unit, lang)} × ${minutes} ${lang === 'vi' ? 'phút' : 'minutes'}`;
    const text = t.personHours(clock, periods);
    // Wrapped before styling, so that the bold figure does not count in the width.
    const marked = `${clock} ${t.clockWord}`;
    for (const piece of wrapText(text, width))
      lines.push(`  ${piece.replace(marked, style.bold(marked))}`);
  }
  return lines.join('\n') + '\n\n';
}
