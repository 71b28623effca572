import type { Lang } from '../model/local-text.js';
import { count } from '../model/words.js';
import { maxListedPerEnd } from '../savings/listed.js';
import { clustersSection } from './markdown-clusters.js';
import { type MarkdownContext, clockHours, markdownContext, num } from './markdown-context.js';
import { driftSection } from './markdown-drift.js';
import { escapeMarkdown } from './markdown-escape.js';
import { findingsSection, severityCounts } from './markdown-findings.js';
import { tracksSection } from './markdown-mermaid.js';
import { exemptionsSection, pathwaysSection } from './markdown-pathways.js';
import { programmesSection } from './markdown-programmes.js';
import { markdownTable } from './markdown-table.js';
import { type ReportInput, type ReportOptions, type Reporter, dataUnit } from './report-input.js';

const labels = {
  vi: {
    title: 'Báo cáo rà soát trùng lặp chương trình đào tạo, bồi dưỡng',
    framework: 'Khung chương trình',
    period: (unit: string, minutes: string) => `1 ${unit} = ${minutes} phút`,
    invalid:
      '**Dữ liệu đầu vào có lỗi.** Báo cáo này chỉ liệt kê các phát hiện: việc phân tích trùng lặp cần một kho chương trình hợp lệ. Sửa các lỗi dưới đây rồi chạy lại.',
    summary: 'Tóm tắt',
    head: ['Chỉ tiêu', 'Số liệu'],
    files: 'Tệp đã đọc',
    skipped: (n: string) => ` (${n} tệp bỏ qua)`,
    programmes: 'Chương trình',
    modules: 'Mô-đun',
    compared: (n: string) => ` (${n} được so sánh)`,
    notListed: (n: string) =>
      ` (và ${n} cặp khác không liệt kê: với mỗi mô-đun cùng các bản sao của nó, báo cáo chỉ nêu ${maxListedPerEnd} cặp tiết kiệm nhiều thời gian nhất)`,
    hours: 'Tổng thời lượng',
    clusters: 'Cụm mô-đun trùng lặp',
    overlaps: 'Cặp mô-đun trùng lặp',
    hoursSaved: 'Ước tính tiết kiệm nếu gộp các cụm',
    duplicated: 'Thời lượng giảng dạy lặp lại trong kho chương trình',
    personHours: 'Thời gian học của người học tiết kiệm được mỗi năm',
    clock: (hours: string, periods: string, minutes: string) =>
      `**${hours} giờ** (${periods} × ${minutes} phút)`,
    findings: 'Phát hiện',
  },
  en: {
    title: 'Curriculum overlap report',
    framework: 'Framework',
    period: (unit: string, minutes: string) => `1 ${unit} = ${minutes} minutes`,
    invalid:
      '**The input has errors.** This report lists the findings only: the overlap analysis needs a valid repository. Fix the errors below and run it again.',
    summary: 'Summary',
    head: ['Measure', 'Value'],
    files: 'Files read',
    skipped: (n: string) => ` (${n} skipped)`,
    programmes: 'Programmes',
    modules: 'Modules',
    compared: (n: string) => ` (${n} compared)`,
    notListed: (n: string) =>
      ` (and ${n} more not listed: for each module and its copies, the report lists the ${maxListedPerEnd} pairs that save the most study time)`,
    hours: 'Total study time',
    clusters: 'Clusters of overlapping modules',
    overlaps: 'Overlapping module pairs',
    hoursSaved: 'Estimated saving if each cluster is merged',
    duplicated: 'Teaching time the archive holds more than once',
    personHours: "Learners' study time saved a year",
    clock: (hours: string, periods: string, minutes: string) =>
      `**${hours} hours** (${periods} × ${minutes} minutes)`,
    findings: 'Findings',
  },
} as const satisfies Record<Lang, unknown>;

/**
 * The report a curriculum office sends to its ministry, in markdown that reads well pasted in
 * a GitHub pull request and printed: summary; study time per position pathway; findings by
 * rule; shared hours between programmes; clusters (in `<details>`); per track a Mermaid
 * diagram of its levels and programmes with the gaps marked; exemptions; provider drift. In
 * `options.lang`. Every piece of text from the data is escaped (markdown-escape.ts); long
 * lists are capped, with the count of the rest. Pure and deterministic: no date, no machine.
 */
export const markdownReporter: Reporter = (input: ReportInput, options: ReportOptions) =>
  markdownChunks(input, options.lang);

function* markdownChunks(input: ReportInput, lang: Lang): Generator<string, void, undefined> {
  const t = labels[lang];
  const a = input.analysis;
  yield `# ${t.title}\n\n`;
  if (!a) {
    yield `${t.invalid}\n\n`;
    yield invalidSummary(input, lang);
    yield findingsSection(input.findings, lang);
    return;
  }
  const ctx = markdownContext(a, lang);
  const { framework } = a.catalog;
  const name =
    framework.title === framework.id ? framework.id : `${framework.title} (${framework.id})`;
  const period = t.period(
    lang === 'vi' ? ctx.unit.vi : ctx.unit.en[0],
    num(ctx, framework.periodMinutes),
  );
  yield `**${t.framework}:** ${escapeMarkdown(name)} · ${period}\n\n`;
  yield summary(input, ctx);
  yield pathwaysSection(ctx);
  yield findingsSection(input.findings, lang);
  yield programmesSection(ctx);
  yield clustersSection(ctx);
  yield tracksSection(ctx);
  yield exemptionsSection(ctx);
  yield driftSection(ctx);
}

function summary(input: ReportInput, ctx: MarkdownContext): string {
  const { a, lang } = ctx;
  const t = labels[lang];
  const s = a.summary;
  const hours = (n: number) => count(n, ctx.unit, lang);
  const rows: string[][] = [
    [t.programmes, num(ctx, s.programmes)],
    [
      t.modules,
      num(ctx, s.modules) + (s.compared < s.modules ? t.compared(num(ctx, s.compared)) : ''),
    ],
    [t.hours, hours(s.hours)],
    [t.clusters, num(ctx, s.clusters)],
    [
      t.overlaps,
      num(ctx, s.overlaps) +
        (s.overlapsNotListed > 0 ? t.notListed(num(ctx, s.overlapsNotListed)) : ''),
    ],
    [t.hoursSaved, `**${hours(s.hoursSaved)}**`],
    [t.duplicated, hours(s.duplicatedHours)],
  ];
  if (s.personHoursSavedPerYear > 0)
    rows.push([
      t.personHours,
      t.clock(
        num(ctx, clockHours(ctx, s.personHoursSavedPerYear)),
        hours(s.personHoursSavedPerYear),
        num(ctx, a.catalog.framework.periodMinutes),
      ),
    ]);
  rows.push([t.findings, severityCounts(input.findings, lang)]);
  return `## ${t.summary}\n\n${markdownTable(t.head, ['left', 'right'], rows)}\n`;
}

/** What can be counted without an analysis: the files read and the valid documents in them. */
function invalidSummary(input: ReportInput, lang: Lang): string {
  const t = labels[lang];
  const { stats } = input;
  const n = (x: number) => num({ lang }, x);
  const skipped = input.skipped.length > 0 ? t.skipped(n(input.skipped.length)) : '';
  const rows = [
    [t.files, n(stats.files) + skipped],
    [t.programmes, n(stats.programmes)],
    [t.modules, n(stats.modules)],
    [t.hours, count(stats.hours, dataUnit(input), lang)],
    [t.findings, severityCounts(input.findings, lang)],
  ];
  return `## ${t.summary}\n\n${markdownTable(t.head, ['left', 'right'], rows)}\n`;
}
