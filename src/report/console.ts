import type { Catalog, Programme } from '../model/catalog.js';
import { mustGet } from '../model/lookup.js';
import { maxClusterForAllPairs } from '../overlap/analyze-overlaps.js';
import type { Overlap, OverlapScope } from '../overlap/types.js';
import type { SavedCluster } from '../savings/overlap-savings.js';
import { formatFindings, formatProblemCount } from './findings-text.js';
import { formatStudyTime } from './study-time-text.js';
import { formatDrift } from './drift-text.js';
import type { ReportInput, ReportOptions, Reporter } from './report-input.js';
import { formatNumber, plural } from './style.js';
import { visible } from './visible.js';
import { reportTable, reportWidth } from './report-table.js';
import { type TableCell, type TableLine, displayWidth, wrapText } from './table.js';
import { formatValidation } from './validation-text.js';

const scopeText: Record<OverlapScope, string> = {
  'within-programme': 'within one programme',
  'same-level': 'same level',
  'cross-level': 'across levels',
  'comparable-levels': 'across tracks, comparable levels',
  'cross-track': 'across tracks',
};

/** The human report: each cluster as a table with what its modules share, then a summary. */
export const consoleReporter: Reporter = (input: ReportInput, options: ReportOptions) => [
  consoleText(input, options),
];

function consoleText(input: ReportInput, options: ReportOptions): string {
  const { style } = options;
  const a = input.analysis;
  // Invalid input: the same report as `validate`.
  if (!a) return formatValidation(input, options);
  const notes = input.findings.filter((f) => f.rule !== 'module-overlap');
  let out = formatStudyTime(a, options);
  out += formatFindings(notes, options);
  if (notes.length > 0) out += '\n';
  const context: ClusterContext = {
    catalog: a.catalog,
    pairs: new Map(a.overlap.overlaps.map((o) => [`${o.a}|${o.b}`, o])),
    programmes: new Map(a.catalog.programmes.map((p) => [p.id, p])),
  };
  a.overlap.clusters.forEach((cluster, i) => {
    out += formatCluster(cluster, i + 1, context, options) + '\n';
  });
  out += formatLonePairs(a.overlap.overlaps, a.overlap.clusters, options);
  out += formatDrift(a, options);
  const s = a.summary;
  const excluded =
    a.overlap.excluded > 0
      ? ` (${formatNumber(a.overlap.excluded)} fieldwork/assessment not compared)`
      : '';
  out += style.bold('Summary') + '\n';
  out += `  ${plural(s.programmes, 'programme')}, ${plural(s.modules, 'module')}${excluded}, ${plural(s.hours, 'hour')}\n`;
  out +=
    s.clusters === 0
      ? `  ${style.green('no overlapping modules')} (overlap threshold ${a.overlap.thresholds.overlap})\n`
      : `  ${style.yellow(plural(s.clusters, 'cluster'))} of overlapping modules (${plural(s.overlaps, 'pair')})\n` +
        `  merging them saves an estimated ${style.bold(plural(s.hoursSaved, 'hour'))}\n` +
        `  the archive holds ${plural(s.duplicatedHours, 'teaching hour')} more than once\n`;
  // The same count as validate's: an error found by the analysis (a cycle) shows here too.
  out += `  ${formatProblemCount(input.findings)}\n`;
  return out;
}

interface ClusterContext {
  readonly catalog: Catalog;
  /** Reported pairs by `a|b`. */
  readonly pairs: ReadonlyMap<string, Overlap>;
  readonly programmes: ReadonlyMap<string, Programme>;
}

function formatCluster(
  cluster: SavedCluster,
  n: number,
  context: ClusterContext,
  options: ReportOptions,
): string {
  const { catalog, pairs } = context;
  const { style } = options;
  const head = joinWrapped(
    [
      { text: `Cluster ${n}`, style: style.bold },
      cluster.kind === 'duplicate'
        ? { text: 'duplicate', style: style.red }
        : { text: 'overlap', style: style.yellow },
      { text: plural(cluster.modules.length, 'module') },
      { text: plural(cluster.hours, 'hour') },
      { text: `saves ~${plural(cluster.hoursSaved, 'hour')}` },
    ],
    ' · ',
    Math.max(60, options.width),
  );
  const scoreWithRepresentative = (ref: string) => {
    if (ref === cluster.representative) return '—';
    const [x, y] =
      ref < cluster.representative ? [ref, cluster.representative] : [cluster.representative, ref];
    const pair = pairs.get(`${x}|${y}`);
    return pair ? pair.score.toFixed(2) : '<' + cluster.cohesion.min.toFixed(2);
  };
  const width = reportWidth(options);
  // A large cluster (a national module and its copies) shows the representative and only the
  // members that differ from it; the identical copies are counted, not listed.
  const large = cluster.modules.length > maxClusterForAllPairs;
  const identical = new Set(cluster.identical);
  const shown = large
    ? cluster.modules.filter((ref) => ref === cluster.representative || !identical.has(ref))
    : cluster.modules;
  const rows: TableCell[][] = shown.map((ref) => {
    const module = mustGet(catalog.moduleByRef, ref);
    const programme = mustGet(context.programmes, module.programme);
    const marker = ref === cluster.representative ? ' ★' : '';
    return [
      [{ text: visible(ref) + marker, style: style.bold }, { text: visible(module.title) }],
      visible(`${programme.track} / ${programme.level}`),
      formatNumber(module.hours),
      scoreWithRepresentative(ref),
    ];
  });
  const table = reportTable(
    rows,
    {
      head: ['Module', 'Track / level', 'Hours', 'Score'],
      fixed: [16, 5, 5],
      align: ['left', 'left', 'right', 'right'],
    },
    options,
  );
  const scopes = new Set<string>();
  const scopeOf = (x: string, y: string) => {
    const pair = pairs.get(x < y ? `${x}|${y}` : `${y}|${x}`);
    if (pair) scopes.add(scopeText[pair.scope]);
  };
  if (large) for (const x of cluster.modules) scopeOf(x, cluster.representative);
  else
    cluster.modules.forEach((x, p) => cluster.modules.slice(p + 1).forEach((y) => scopeOf(x, y)));
  const lines = [...head];
  const indented = (label: string, text: string) =>
    wrapText(text, width - label.length)
      .map((piece, i) => `  ${i === 0 ? label : ' '.repeat(label.length)}${piece}`)
      .join('\n');
  if (cluster.shared.length > 0)
    lines.push(indented('Shared: ', visible(cluster.shared.join('; '))));
  lines.push(
    indented(
      'Where: ',
      `${[...scopes].sort().join(', ')} · cohesion min ${cluster.cohesion.min.toFixed(2)}, ` +
        `mean ${cluster.cohesion.mean.toFixed(2)} · ★ representative`,
    ),
  );
  if (large) {
    const programmes = [...new Set(cluster.modules.map((ref) => ref.slice(0, ref.indexOf('/'))))];
    const named = programmes.slice(0, 4).join(', ');
    const more = programmes.length > 4 ? ` and ${formatNumber(programmes.length - 4)} more` : '';
    lines.push(
      indented(
        'Copies: ',
        `${plural(cluster.modules.length, 'module')} in ${plural(programmes.length, 'programme')} ` +
          `(${named}${more}); ${formatNumber(identical.size)} identical to ★, ` +
          `${plural(shown.length - 1, 'other')} below`,
      ),
    );
  }
  lines.push(...table);
  return lines.join('\n') + '\n';
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
  const clusterOf = new Map<string, number>();
  clusters.forEach((c, i) => c.modules.forEach((ref) => clusterOf.set(ref, i)));
  const lone = overlaps.filter((o) => {
    const c = clusterOf.get(o.a);
    return c === undefined || c !== clusterOf.get(o.b);
  });
  if (lone.length === 0) return '';
  const { style } = options;
  const width = reportWidth(options) - 2;
  const lines = [style.bold(`Other overlapping pairs (${formatNumber(lone.length)})`)];
  for (const o of lone) {
    const where = [`${o.score.toFixed(2)}`, scopeText[o.scope]];
    const shared = o.shared.length > 0 ? ` · shared: ${o.shared.slice(0, 2).join('; ')}` : '';
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
