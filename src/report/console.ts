import { render } from '../messages/catalogue.js';
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
import { type ReportInput, type ReportOptions, type Reporter, withTerms } from './report-input.js';
import { formatFixed } from '../messages/number-format.js';
import { type NounId, count, hoursNoun } from '../messages/words.js';
import { visible } from './visible.js';
import { reportTable, reportWidth } from './report-table.js';
import { type TableCell, type TableLine, displayWidth, wrapText } from './table.js';
import { formatValidation } from './validation-text.js';
import { lonePairs } from './overlap-words.js';
import { moduleCount, textIn } from './text.js';

/** The human report: each cluster as a table with what its modules share, then a summary. */
export const consoleReporter: Reporter = (input: ReportInput, options: ReportOptions) => [
  consoleText(input, withTerms(input, options)),
];

function consoleText(input: ReportInput, options: ReportOptions): string {
  const { style, lang } = options;
  const t = textIn(lang, options.terms);
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
    unit: hoursNoun(a.catalog.framework.periodMinutes),
  };
  a.overlap.clusters.forEach((cluster, i) => {
    out += formatCluster(cluster, i + 1, context, options) + '\n';
  });
  out += formatLonePairs(a.overlap.overlaps, a.overlap.clusters, options);
  out += formatDrift(a, options);
  const s = a.summary;
  const unit = context.unit;
  out += style.bold(t('report.console.summary')) + '\n';
  out += `  ${t('report.console.totals', { programmes: s.programmes, modules: s.modules, hours: s.hours, unit })}\n`;
  if (a.overlap.excluded > 0)
    out += `  ${t('report.console.excluded', { n: a.overlap.excluded })}\n`;
  // The hours saved in bold: found in the sentence as `count` writes them.
  const saved = count(s.hoursSaved, unit, lang);
  out +=
    s.clusters === 0
      ? `  ${style.green(t('report.console.none'))}${t('report.console.threshold', { threshold: a.overlap.thresholds.overlap })}\n`
      : // Pairs found but left out of the list (savings/listed.ts) are counted.
        `  ${style.yellow(t('report.console.clusters', { clusters: s.clusters, pairs: s.overlaps, notListed: s.overlapsNotListed }))}\n` +
        `  ${t('report.console.saved', { hours: s.hoursSaved, unit }).replace(saved, style.bold(saved))}\n` +
        `  ${t('report.console.duplicated', { hours: s.duplicatedHours, unit })}\n`;
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
  const t = textIn(lang, options.terms);
  let out = `  ${t('report.console.baseline-suppressed', { n: b.suppressed, file: visible(b.file) })}\n`;
  if (b.pruned > 0) out += `  ${t('report.console.baseline-pruned', { n: b.pruned })}\n`;
  for (const stale of b.stale)
    out += `  ${style.yellow(visible(render(stale, lang, options.terms)))}\n`;
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
  readonly unit: NounId;
}

function formatCluster(
  cluster: SavedCluster & Accepted,
  n: number,
  context: ClusterContext,
  options: ReportOptions,
): string {
  const { catalog, pairs, unit } = context;
  const { style, lang } = options;
  const t = textIn(lang, options.terms);
  const head = joinWrapped(
    [
      { text: t('report.console.cluster', { n }), style: style.bold },
      {
        text: t('report.overlap.kind', { kind: cluster.kind }),
        style: cluster.kind === 'duplicate' ? style.red : style.yellow,
      },
      { text: moduleCount(cluster.modules.length, lang, options.terms) },
      { text: count(cluster.hours, unit, lang) },
      { text: t('report.cluster.saves', { hours: cluster.hoursSaved, unit }) },
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
              text: t('report.console.copy-count', {
                copies: line.copies,
                identical: line.identical,
              }),
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
      head: [
        t('report.console.head.module'),
        t('report.console.head.level'),
        t('report.console.head.hours', { unit }),
        t('report.console.head.score'),
      ],
      // Wide enough for a range of hours or scores ("78–123", "0,89–1,00") on one line.
      fixed: [18, widest(rows, 2, 7), widest(rows, 3, 5)],
      align: ['left', 'left', 'right', 'right'],
    },
    options,
  );
  const scopes = new Set<string>();
  const scopeOf = (x: string, y: string) => {
    const pair = pairs.get(x < y ? `${x}|${y}` : `${y}|${x}`);
    if (pair) scopes.add(t('report.overlap.scope', { scope: pair.scope }));
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
    out.push(style.green(indented(t('report.console.accepted-label'), visible(cluster.accepted))));
  if (cluster.shared.length > 0)
    out.push(indented(t('report.console.shared-label'), visible(cluster.shared.join('; '))));
  const { min, mean } = cluster.cohesion;
  out.push(
    indented(
      t('report.console.where-label'),
      `${[...scopes].sort().join(', ')} · ${t('report.console.cohesion', { min, mean })}`,
    ),
  );
  if (large) {
    const programmes = clusterProgrammes(cluster, lines);
    out.push(
      indented(
        t('report.console.copies-label'),
        visible(
          t('report.console.copies', {
            modules: cluster.modules.length,
            programmes: programmes.length,
            named: programmes.slice(0, 4),
            more: Math.max(0, programmes.length - 4),
            identical: cluster.identical.length - 1,
            lines: lines.length,
          }),
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
  const t = textIn(lang, options.terms);
  const width = reportWidth(options) - 2;
  const lines = [style.bold(t('report.console.other-pairs', { n: lone.length }))];
  for (const o of lone) {
    const where = [formatFixed(o.score, lang), t('report.overlap.scope', { scope: o.scope })];
    const shared =
      o.shared.length > 0
        ? ` · ${t('report.console.pair-shared', { shared: o.shared.slice(0, 2) })}`
        : '';
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
