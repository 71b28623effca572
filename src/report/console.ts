import type { Accepted } from '../analysis.js';
import type { Catalog, Programme } from '../model/catalog.js';
import { mustGet, programmesById } from '../model/lookup.js';
import { maxClusterForAllPairs } from '../overlap/cohesive.js';
import type { CopyGroup, Overlap } from '../overlap/types.js';
import { clusterProgrammes, clusterRows, rowHours, rowScore } from './cluster-rows.js';
import type { SavedCluster } from '../savings/overlap-savings.js';
import { formatFindings, formatProblemCount } from './findings-text.js';
import { formatStudyTime } from './study-time-text.js';
import { formatDrift } from './drift-text.js';
import type { ReportInput, ReportOptions, Reporter } from './report-input.js';
import type { Lang } from '../model/local-text.js';
import { formatFixed, formatNumber } from '../model/number-format.js';
import {
  type Noun,
  count,
  hoursUnit,
  noun,
  nouns as sharedNouns,
  unitLabel,
} from '../model/words.js';
import { visible } from './visible.js';
import { reportTable, reportWidth } from './report-table.js';
import { type TableCell, type TableLine, displayWidth, wrapText } from './table.js';
import { formatValidation } from './validation-text.js';
import { kindWords, lonePairs, scopeWords } from './overlap-words.js';

const labels = {
  vi: {
    cluster: 'Cụm',
    saves: 'tiết kiệm ~',
    shared: 'Nội dung chung: ',
    accepted: 'Đã chấp nhận (chủ ý): ',
    where: 'Phạm vi: ',
    cohesion: (min: string, mean: string) =>
      `độ gắn kết thấp nhất ${min}, trung bình ${mean} · ★ mô-đun đại diện`,
    head: ['Mô-đun', 'Bậc'],
    score: 'Điểm',
    copies: 'Bản sao: ',
    copiesText: (
      modules: string,
      programmes: string,
      named: string,
      identical: string,
      lines: string,
    ) =>
      `${modules} trong ${programmes} (${named}); ${identical} giống hệt ★; mỗi dòng dưới đây là một nhóm bản sao (${lines})`,
    copyCount: (copies: string, identical: string) => `cùng ${copies} (${identical} giống hệt)`,
    more: (n: string) => ` và ${n} chương trình khác`,
    otherPairs: 'Các cặp mô-đun trùng lặp hoặc chồng lấn khác',
    sharedInline: 'nội dung chung: ',
    summary: 'Tóm tắt',
    excluded: (n: number) =>
      `${formatNumber(n, 'vi')} mô-đun thực tế, kiểm tra không được so sánh (--include để so sánh)`,
    none: 'không có mô-đun trùng lặp hay chồng lấn',
    threshold: (t: string) => ` (ngưỡng chồng lấn ${t})`,
    saved: (hours: string) => `gộp các mô-đun này lại ước tiết kiệm ${hours}`,
    duplicated: (hours: string) => `${hours} nội dung giảng dạy có trong kho nhiều hơn một lần`,
    notListed: (pairs: string) => `; ${pairs} khác không liệt kê`,
    suppressed: (n: string, file: string) =>
      `${n} phát hiện đã ghi trong baseline ${file} được bỏ qua`,
    pruned: (n: string) => `đã xoá ${n} mục không còn xuất hiện khỏi baseline`,
  },
  en: {
    cluster: 'Cluster',
    saves: 'saves ~',
    shared: 'Shared: ',
    accepted: 'Accepted (intended): ',
    where: 'Where: ',
    cohesion: (min: string, mean: string) => `cohesion min ${min}, mean ${mean} · ★ representative`,
    head: ['Module', 'Level'],
    score: 'Score',
    copies: 'Copies: ',
    copiesText: (
      modules: string,
      programmes: string,
      named: string,
      identical: string,
      lines: string,
    ) =>
      `${modules} in ${programmes} (${named}); ${identical} identical to ★; below, one line for each group of copies (${lines})`,
    copyCount: (copies: string, identical: string) => `and ${copies} (${identical} identical)`,
    more: (n: string) => ` and ${n} more`,
    otherPairs: 'Other overlapping pairs',
    sharedInline: 'shared: ',
    summary: 'Summary',
    excluded: (n: number) =>
      `${count(n, noun('', 'fieldwork or assessment module'), 'en')} not compared (--include compares them)`,
    none: 'no overlapping modules',
    threshold: (t: string) => ` (overlap threshold ${t})`,
    saved: (hours: string) => `merging them saves an estimated ${hours}`,
    duplicated: (hours: string) => `the archive holds ${hours} of teaching more than once`,
    notListed: (pairs: string) => `; ${pairs} not listed`,
    suppressed: (n: string, file: string) =>
      `${n} findings recorded in the baseline ${file} left out`,
    pruned: (n: string) => `${n} entries no longer found removed from the baseline`,
  },
} as const satisfies Record<Lang, unknown>;

const nouns = {
  ...sharedNouns,
  cluster: noun(
    'cụm mô-đun trùng lặp hoặc chồng lấn',
    'cluster of overlapping modules',
    'clusters of overlapping modules',
  ),
};

/** The human report: each cluster as a table with what its modules share, then a summary. */
export const consoleReporter: Reporter = (input: ReportInput, options: ReportOptions) => [
  consoleText(input, options),
];

function consoleText(input: ReportInput, options: ReportOptions): string {
  const { style, lang } = options;
  const t = labels[lang];
  const a = input.analysis;
  // Wrapped to the terminal where there is one (code frames are shown only there).
  const findingOptions = options.sourceLines
    ? { ...options, wrapWidth: reportWidth(options) + 2 }
    : options;
  // Invalid input: the same report as `validate`.
  if (!a) return formatValidation(input, findingOptions);
  // Errors first (a file that does not load, a cycle): what must be fixed before the rest
  // can be trusted; then what a ministry reads first, then the other findings.
  const errors = input.findings.filter((f) => f.severity === 'error');
  const notes = input.findings.filter((f) => f.severity !== 'error' && f.rule !== 'module-overlap');
  let out = errors.length > 0 ? formatFindings(errors, findingOptions) + '\n' : '';
  out += formatStudyTime(a, options);
  out += formatFindings(notes, findingOptions);
  if (notes.length > 0) out += '\n';
  const context: ClusterContext = {
    catalog: a.catalog,
    pairs: new Map(a.overlap.overlaps.map((o) => [`${o.a}|${o.b}`, o])),
    programmes: programmesById(a.catalog),
    copies: a.overlap.copies,
    unit: hoursUnit(a.catalog.framework.periodMinutes),
  };
  a.overlap.clusters.forEach((cluster, i) => {
    out += formatCluster(cluster, i + 1, context, options) + '\n';
  });
  out += formatLonePairs(a.overlap.overlaps, a.overlap.clusters, options);
  out += formatDrift(a, options);
  const s = a.summary;
  const hours = (x: number) => count(x, context.unit, lang);
  const excluded = a.overlap.excluded > 0 ? t.excluded(a.overlap.excluded) : '';
  // Pairs found but left out of the list (savings/listed.ts), counted.
  const notListed =
    s.overlapsNotListed > 0 ? t.notListed(count(s.overlapsNotListed, nouns.pair, lang)) : '';
  out += style.bold(t.summary) + '\n';
  out += `  ${count(s.programmes, nouns.programme, lang)}, ${count(s.modules, nouns.module, lang)}, ${hours(s.hours)}\n`;
  if (excluded !== '') out += `  ${excluded}\n`;
  out +=
    s.clusters === 0
      ? `  ${style.green(t.none)}${t.threshold(formatNumber(a.overlap.thresholds.overlap, lang, 2))}\n`
      : `  ${style.yellow(`${count(s.clusters, nouns.cluster, lang)} (${count(s.overlaps, nouns.pair, lang)}${notListed})`)}\n` +
        `  ${t.saved(style.bold(hours(s.hoursSaved)))}\n` +
        `  ${t.duplicated(hours(s.duplicatedHours))}\n`;
  // The same count as validate's: an error found by the analysis (a cycle) shows here too.
  out += `  ${formatProblemCount(input.findings, lang)}\n`;
  out += formatBaseline(input, options);
  return out;
}

/** What the baseline left out, and its entries no longer found (each a warning line). */
function formatBaseline(input: ReportInput, options: ReportOptions): string {
  const b = input.baseline;
  if (b === undefined) return '';
  const { lang, style } = options;
  const t = labels[lang];
  let out = `  ${t.suppressed(formatNumber(b.suppressed, lang), visible(b.file))}\n`;
  if (b.pruned > 0) out += `  ${t.pruned(formatNumber(b.pruned, lang))}\n`;
  for (const stale of b.stale) out += `  ${style.yellow(visible(stale[lang]))}\n`;
  return out;
}

interface ClusterContext {
  readonly catalog: Catalog;
  /** Reported pairs by `a|b`. */
  readonly pairs: ReadonlyMap<string, Overlap>;
  readonly programmes: ReadonlyMap<string, Programme>;
  /** The groups of copies of one content. */
  readonly copies: readonly CopyGroup[];
  /** The unit of the data's hours (tiết). */
  readonly unit: Noun;
}

function formatCluster(
  cluster: SavedCluster & Accepted,
  n: number,
  context: ClusterContext,
  options: ReportOptions,
): string {
  const { catalog, pairs, unit } = context;
  const { style, lang } = options;
  const t = labels[lang];
  const head = joinWrapped(
    [
      { text: `${t.cluster} ${n}`, style: style.bold },
      {
        text: kindWords[cluster.kind][lang],
        style: cluster.kind === 'duplicate' ? style.red : style.yellow,
      },
      { text: count(cluster.modules.length, nouns.module, lang) },
      { text: count(cluster.hours, unit, lang) },
      { text: `${t.saves}${count(cluster.hoursSaved, unit, lang)}` },
    ],
    ' · ',
    Math.max(60, options.width),
  );
  const fixed = (x: number) => formatFixed(x, lang);
  const width = reportWidth(options);
  // A large cluster (a national module and its copies) gives a line to each group of copies:
  // how many, how many identical, and how far the others drift in hours and score.
  const large = cluster.modules.length > maxClusterForAllPairs;
  const lines = clusterRows(cluster, context.copies, catalog, pairs);
  const rows: TableCell[][] = lines.map((line) => {
    const module = mustGet(catalog.moduleByRef, line.ref);
    const programme = mustGet(context.programmes, module.programme);
    const level = catalog.levels.get(programme.levelRef);
    const marker = line.representative ? ' ★' : '';
    const copies =
      line.copies > 0
        ? [
            {
              text: t.copyCount(
                count(line.copies, nouns.copy, lang),
                formatNumber(line.identical, lang),
              ),
            },
          ]
        : [];
    return [
      [
        { text: visible(line.ref) + marker, style: style.bold },
        { text: visible(module.title) },
        ...copies,
      ],
      visible(level?.title ?? programme.levelRef),
      rowHours(line, lang),
      rowScore(line, lang) ?? '<' + fixed(cluster.cohesion.min),
    ];
  });
  const table = reportTable(
    rows,
    {
      head: [...t.head, capitalise(unitLabel(unit, lang)), t.score],
      // Wide enough for a range of hours or scores ("78–123", "0,89–1,00") on one line.
      fixed: [18, widest(rows, 2, 7), widest(rows, 3, 5)],
      align: ['left', 'left', 'right', 'right'],
    },
    options,
  );
  const scopes = new Set<string>();
  const scopeOf = (x: string, y: string) => {
    const pair = pairs.get(x < y ? `${x}|${y}` : `${y}|${x}`);
    if (pair) scopes.add(scopeWords[pair.scope][lang]);
  };
  if (large) for (const x of cluster.modules) scopeOf(x, cluster.representative);
  else
    cluster.modules.forEach((x, p) => cluster.modules.slice(p + 1).forEach((y) => scopeOf(x, y)));
  const out = [...head];
  const indented = (label: string, text: string) =>
    wrapText(text, width - displayWidth(label))
      .map((piece, i) => `  ${i === 0 ? label : ' '.repeat(displayWidth(label))}${piece}`)
      .join('\n');
  if (cluster.accepted !== undefined)
    out.push(style.green(indented(t.accepted, visible(cluster.accepted))));
  if (cluster.shared.length > 0) out.push(indented(t.shared, visible(cluster.shared.join('; '))));
  out.push(
    indented(
      t.where,
      `${[...scopes].sort().join(', ')} · ${t.cohesion(fixed(cluster.cohesion.min), fixed(cluster.cohesion.mean))}`,
    ),
  );
  if (large) {
    const programmes = clusterProgrammes(cluster, lines);
    const named = programmes.slice(0, 4).join(', ');
    const more = programmes.length > 4 ? t.more(formatNumber(programmes.length - 4, lang)) : '';
    out.push(
      indented(
        t.copies,
        visible(
          t.copiesText(
            count(cluster.modules.length, nouns.module, lang),
            count(programmes.length, nouns.programme, lang),
            named + more,
            formatNumber(cluster.identical.length - 1, lang),
            count(lines.length, nouns.line, lang),
          ),
        ),
      ),
    );
  }
  out.push(...table);
  return out.join('\n') + '\n';
}

/** The display width of column `column`'s widest cell (text cells only), at least `least`. */
function widest(rows: readonly TableCell[][], column: number, least: number): number {
  return rows.reduce((w, row) => {
    const cell = row[column];
    return typeof cell === 'string' ? Math.max(w, displayWidth(cell)) : w;
  }, least);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Reported pairs that no cluster holds (a broad module's overlap with a second narrower one,
 * pairs across clusters), so that every reported pair can be seen.
 */
function formatLonePairs(
  overlaps: readonly Overlap[],
  clusters: readonly SavedCluster[],
  options: ReportOptions,
): string {
  const lone = lonePairs(overlaps, clusters);
  if (lone.length === 0) return '';
  const { style, lang } = options;
  const t = labels[lang];
  const width = reportWidth(options) - 2;
  const lines = [style.bold(`${t.otherPairs} (${formatNumber(lone.length, lang)})`)];
  for (const o of lone) {
    const where = [formatFixed(o.score, lang), scopeWords[o.scope][lang]];
    const shared =
      o.shared.length > 0 ? ` · ${t.sharedInline}${o.shared.slice(0, 2).join('; ')}` : '';
    const pair = `  ${visible(o.a)} ~ ${visible(o.b)}`;
    if (displayWidth(pair) <= width + 4) lines.push(pair);
    else lines.push(`  ${visible(o.a)}`, `    ~ ${visible(o.b)}`);
    lines.push(
      ...wrapText(visible(`${where.join(' · ')}${shared}`), width).map((piece) => `    ${piece}`),
    );
  }
  return lines.join('\n') + '\n\n';
}

/**
 * Parts joined by `separator` on as few lines as fit `width` (continuation lines indented by
 * two), each part styled after its width is measured.
 */
function joinWrapped(parts: readonly TableLine[], separator: string, width: number): string[] {
  const lines: string[] = [];
  let text = '';
  let styled = '';
  for (const part of parts) {
    const paint = part.style ?? ((s: string) => s);
    if (text !== '' && displayWidth(text + separator + part.text) > width) {
      lines.push(styled);
      [text, styled] = [`  ${part.text}`, `  ${paint(part.text)}`];
    } else if (text === '') [text, styled] = [part.text, paint(part.text)];
    else [text, styled] = [text + separator + part.text, styled + separator + paint(part.text)];
  }
  return [...lines, styled];
}
