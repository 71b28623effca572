import { render } from '../messages/catalogue.js';
import type { Accepted, AnalysisResult } from '../analysis.js';
import { type Finding, failsGate } from '../findings/finding.js';
import { isRuleId, ruleTitle } from '../rules/index.js';
import { compareStrings } from '../model/order.js';
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
import { type NounId, count, hoursNoun, nounForm } from '../messages/words.js';
import { visible } from './visible.js';
import { reportTable, reportWidth } from './report-table.js';
import { type TableCell, type TableLine, displayWidth, wrapText } from './table.js';
import { formatValidation } from './validation-text.js';
import { formatPlan, planRowsShown } from './plan-text.js';
import { lonePairs } from './overlap-words.js';
import { moduleCount, textIn } from './text.js';

/**
 * The human report. First the summary; then, by default, the findings grouped by rule, the
 * first few of each (clusters by their modules' titles), or with `--details` everything: the
 * study time by position, every finding, every cluster as a table, the other pairs and the
 * providers' copies; last, the findings that fail the check (`--fail-on`).
 */
export const consoleReporter: Reporter = (input: ReportInput, options: ReportOptions) => [
  consoleText(input, withTerms(input, options)),
];

function consoleText(input: ReportInput, options: ReportOptions): string {
  // Wrapped to the terminal where there is one (code frames are shown only there).
  const findingOptions = options.sourceLines
    ? { ...options, wrapWidth: reportWidth(options) + 2 }
    : options;
  const a = input.analysis;
  // Invalid input: the same report as `validate`.
  if (!a) return formatValidation(input, findingOptions);
  const context: ClusterContext = {
    catalog: a.catalog,
    pairs: new Map(a.overlap.overlaps.map((o) => [`${o.a}|${o.b}`, o])),
    programmes: programmesById(a.catalog),
    copies: a.overlap.copies,
    unit: hoursNoun(a.catalog.framework.periodMinutes),
  };
  let out = formatSummary(input, a, options) + '\n';
  // The plan next: what to do, and what each action saves (all of it with --details).
  out += formatPlan(a, options, options.details ? Infinity : planRowsShown);
  out += options.details
    ? formatDetails(input, a, context, options, findingOptions)
    : formatOverview(input, a, context, options);
  // One line end after the last block, whichever it is.
  out = out.replace(/\n+$/, '\n');
  out += formatFailing(input, findingOptions);
  return out;
}

/** What a run found, in a few lines: read first. */
function formatSummary(input: ReportInput, a: AnalysisResult, options: ReportOptions): string {
  const { style, lang } = options;
  const t = textIn(lang, options.terms);
  const s = a.summary;
  const unit = hoursNoun(a.catalog.framework.periodMinutes);
  let out = style.bold(t('report.console.summary')) + '\n';
  out += `  ${t('report.console.totals', { programmes: s.programmes, modules: s.modules, hours: s.hours, unit })}\n`;
  if (a.overlap.excluded > 0)
    out += `  ${t('report.console.excluded', { n: a.overlap.excluded })}\n`;
  out +=
    s.clusters === 0
      ? `  ${style.green(t('report.console.none'))}${t('report.console.threshold', { threshold: a.overlap.thresholds.overlap })}\n`
      : // Pairs found but left out of the list (savings/listed.ts) are counted.
        `  ${style.yellow(t('report.console.clusters', { clusters: s.clusters, pairs: s.overlaps, notListed: s.overlapsNotListed }))}\n` +
        `  ${t('report.console.duplicated', { hours: s.duplicatedHours, unit })}\n`;
  // The same count as validate's: an error found by the analysis (a cycle) shows here too.
  out += `  ${formatProblemCount(input.findings, lang)}\n`;
  out += formatBaseline(input, options);
  return out;
}

/** Everything, as the console printed it before it had an overview (`--details`). */
function formatDetails(
  input: ReportInput,
  a: AnalysisResult,
  context: ClusterContext,
  options: ReportOptions,
  findingOptions: ReportOptions,
): string {
  // Errors first (a cycle): what must be fixed before the rest can be trusted; then what a
  // ministry reads first, then the other findings.
  const errors = input.findings.filter((f) => f.severity === 'error');
  const notes = input.findings.filter((f) => f.severity !== 'error' && f.rule !== 'module-overlap');
  let out = errors.length > 0 ? formatFindings(errors, findingOptions) + '\n' : '';
  out += formatStudyTime(a, options);
  out += formatFindings(notes, findingOptions);
  if (notes.length > 0) out += '\n';
  a.overlap.clusters.forEach((cluster, i) => {
    out += formatCluster(cluster, i + 1, context, options) + '\n';
  });
  out += formatLonePairs(a.overlap.overlaps, a.overlap.clusters, options);
  out += formatDrift(a, options);
  return out;
}

/**
 * How many clusters, and findings of another rule, the overview shows: with the plan's first
 * rows (which name the clusters to merge), vn-cadre's report fits in 150 lines at 80 columns.
 */
const firstClusters = 2;
const firstFindings = 2;
/** How many lines of a cluster the overview shows. */
const clusterLines = 5;

/**
 * The findings grouped by rule (errors first, then the largest groups), each headed by the
 * rule's title and count, showing the first few; `module-overlap` shows its clusters, by
 * their modules' titles, largest saving first.
 */
function formatOverview(
  input: ReportInput,
  a: AnalysisResult,
  context: ClusterContext,
  options: ReportOptions,
): string {
  const { style, lang } = options;
  const t = textIn(lang, options.terms);
  const groups = new Map<string, Finding[]>();
  for (const f of input.findings) {
    const group = groups.get(f.rule);
    if (group) group.push(f);
    else groups.set(f.rule, [f]);
  }
  const worst = (fs: readonly Finding[]) =>
    fs.reduce((w, f) => Math.min(w, severityOrder[f.severity]), 2);
  // The clusters (what the tool is for) before the other warnings, then the largest groups.
  const overlapFirst = (rule: string) => (rule === 'module-overlap' ? 0 : 1);
  const ordered = [...groups.entries()].sort(
    ([ra, fa], [rb, fb]) =>
      worst(fa) - worst(fb) ||
      overlapFirst(ra) - overlapFirst(rb) ||
      fb.length - fa.length ||
      compareStrings(ra, rb),
  );
  // The clusters whose finding is reported (not left out by the baseline or a setting).
  const clusterOf = new Map(
    a.overlap.clusters.map((c, i) => [subjectKey(c.modules.map((m) => `module:${m}`)), i]),
  );
  let out = '';
  for (const [rule, findings] of ordered) {
    const clusters =
      rule === 'module-overlap'
        ? findings
            .map((f) => clusterOf.get(subjectKey(f.about ?? [])))
            .filter((i): i is number => i !== undefined)
            .sort((x, y) => x - y)
        : [];
    const noun: NounId =
      clusters.length === findings.length && rule === 'module-overlap'
        ? 'noun.cluster'
        : 'noun.finding';
    const title = isRuleId(rule) ? render(ruleTitle(rule), lang, options.terms) : rule;
    out += style.bold(t('report.console.group', { title, rule, n: findings.length, noun })) + '\n';
    const shown = noun === 'noun.cluster' ? firstClusters : firstFindings;
    if (noun === 'noun.cluster')
      for (const i of clusters.slice(0, shown)) {
        const cluster = a.overlap.clusters[i];
        if (cluster) out += formatClusterBrief(cluster, i + 1, context, options);
      }
    else
      // Wrapped for a person at any width (the failing findings, last, stay one a line for
      // tools reading a CI log).
      out += formatFindings(findings.slice(0, shown), {
        lang,
        style,
        wrapWidth: reportWidth(options),
        ...(options.terms ? { terms: options.terms } : {}),
      })
        .split('\n')
        .map((line) => (line === '' ? line : `  ${line}`))
        .join('\n');
    if (findings.length > shown)
      out += `  ${style.dim(t('report.console.group-more', { n: findings.length - shown, noun }))}\n`;
    out += '\n';
  }
  // What only --details shows: the study time by position, the clusters' tables, every finding.
  if (input.findings.length > 0 || a.pathways.pathways.length > 0)
    for (const piece of wrapText(t('report.console.details-hint'), reportWidth(options) + 2))
      out += style.dim(piece) + '\n';
  return out;
}

const severityOrder: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

function subjectKey(about: readonly string[]): string {
  return [...new Set(about)].sort(compareStrings).join('\n');
}

/**
 * A cluster in a few lines: its heading, then each module by its title, level and hours, the
 * ref last (★ marks the representative).
 */
function formatClusterBrief(
  cluster: SavedCluster & Accepted,
  n: number,
  context: ClusterContext,
  options: ReportOptions,
): string {
  const { catalog, unit } = context;
  const { style, lang } = options;
  const t = textIn(lang, options.terms);
  const width = reportWidth(options);
  const lines = [...clusterHead(cluster, n, unit, options).map((line) => `  ${line}`)];
  if (cluster.accepted !== undefined)
    lines.push(
      ...wrapText(
        `${t('report.console.accepted-label')}${visible(cluster.accepted)}`,
        width - 2,
      ).map((piece) => `    ${style.green(piece)}`),
    );
  const rows = clusterRows(cluster, context.copies, catalog, context.pairs);
  for (const line of rows.slice(0, clusterLines)) {
    const module = mustGet(catalog.moduleByRef, line.ref);
    const programme = mustGet(context.programmes, module.programme);
    const level = catalog.levels.get(programme.levelRef)?.title ?? programme.levelRef;
    const copies =
      line.copies > 0
        ? ` ${t('report.console.copy-count', { copies: line.copies, identical: line.identical })}`
        : '';
    const marker = line.representative ? '★ ' : '  ';
    const text = visible(
      `${module.title}${copies} · ${level} · ${rowHours(line, lang)} ${nounForm(unit, lang, line.hours[1])}`,
    );
    const ref = `(${visible(line.ref)})`;
    const pieces = wrapText(`${text} ${ref}`, width - 4);
    pieces.forEach((piece, i) => {
      const styled = piece.endsWith(ref) ? piece.slice(0, -ref.length) + style.dim(ref) : piece;
      lines.push(`    ${i === 0 ? marker : '  '}${styled}`);
    });
  }
  if (rows.length > clusterLines)
    lines.push(
      `      ${style.dim(t('report.console.rows-more', { n: rows.length - clusterLines }))}`,
    );
  return lines.join('\n') + '\n';
}

/**
 * The findings that fail the check (`--fail-on`), last, where a CI log ends: each at its
 * file:line, marked new, or changed when the baseline records it with other content.
 */
function formatFailing(input: ReportInput, options: ReportOptions): string {
  const { failOn } = input;
  if (failOn === undefined) return '';
  const failing = input.findings.filter((f) => failsGate(f, failOn));
  if (failing.length === 0) return '';
  const { style, lang } = options;
  const t = textIn(lang, options.terms);
  const b = input.baseline;
  const changed = new Set(b?.changedFindings ?? []);
  const mark = (f: Finding) =>
    b === undefined
      ? undefined
      : changed.has(f)
        ? style.yellow(t('report.console.mark-changed'))
        : style.red(t('report.console.mark-new'));
  const heading = t('report.console.failing', {
    n: failing.length,
    failOn,
    baseline: b !== undefined,
  });
  return `\n${style.bold(style.red(heading))}\n${formatFindings(failing, { ...options, mark })}`;
}

/**
 * What the baseline left out, its entries whose finding is gone and those whose finding
 * changed (each a warning line, with what to run).
 */
function formatBaseline(input: ReportInput, options: ReportOptions): string {
  const b = input.baseline;
  if (b === undefined) return '';
  const { lang, style } = options;
  const t = textIn(lang, options.terms);
  let out = `  ${t('report.console.baseline-suppressed', { n: b.suppressed, file: visible(b.file) })}\n`;
  if (b.pruned > 0) out += `  ${t('report.console.baseline-pruned', { n: b.pruned })}\n`;
  for (const stale of b.stale)
    out += `  ${style.yellow(visible(render(stale, lang, options.terms)))}\n`;
  for (const changed of b.changed)
    out += `  ${style.yellow(visible(render(changed, lang, options.terms)))}\n`;
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
  const head = clusterHead(cluster, n, unit, options);
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
    // The title first, as people name a module; the ref after it, for who edits the files.
    return [
      [
        { text: visible(module.title) + marker, style: style.bold },
        ...copies,
        { text: visible(line.ref), style: style.dim },
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
      // Wide enough for a range of hours or scores ("78–123", "0,89–1,00") on one line, and
      // for the heading's longest word.
      fixed: [
        18,
        widest(rows, 2, 7),
        widest(
          rows,
          3,
          Math.max(5, ...t('report.console.head.score').split(' ').map(displayWidth)),
        ),
      ],
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
            identical: lines.find((l) => l.representative)?.identical ?? 0,
            lines: lines.length,
          }),
        ),
      ),
    );
  }
  out.push(...table);
  return out.join('\n') + '\n';
}

/** A cluster's heading: its number, kind, modules, hours and saving, on as few lines as fit. */
function clusterHead(
  cluster: SavedCluster,
  n: number,
  unit: NounId,
  options: ReportOptions,
): string[] {
  const { style, lang } = options;
  const t = textIn(lang, options.terms);
  return joinWrapped(
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
