import { formatFixed } from '../messages/number-format.js';
import { count } from '../messages/words.js';
import { maxClusterForAllPairs } from '../overlap/cohesive.js';
import type { SavedCluster, SavedOverlap } from '../savings/overlap-savings.js';
import { type MarkdownContext, levelTitle, num, programmeTitle } from './markdown-context.js';
import { moduleCount } from './text.js';
import { escapeHtml, escapeMarkdown } from './markdown-escape.js';
import { capped, markdownTable, moreLine } from './markdown-table.js';
import { clusterProgrammes, clusterRows, rowHours, rowScore } from './cluster-rows.js';
import { lonePairs } from './overlap-words.js';

/** At most this many clusters are shown in the overview table; the JSON report has them all. */
export const maxClusters = 50;
/**
 * At most this many clusters (those that save most) get their details: with them a report on
 * examples/vn-cadre fits a pull-request comment (65,536 characters); the rest are in the
 * overview table.
 */
export const maxClusterDetails = 15;
/** At most this many lines of one cluster (a large cluster's are its groups of copies). */
export const maxClusterRows = 20;
/** At most this many overlapping pairs outside clusters. */
export const maxLonePairs = 50;

/** A module ref's programme: the ref is `programme/module`, and a programme id has no `/`. */
const programmeOf = (ref: string) => ref.slice(0, ref.indexOf('/'));

/**
 * Clusters: an overview table (what prints), then each cluster in `<details>` with its
 * members' programme, level, hours and score with the representative, and what they share;
 * a large cluster (a national module and its copies) counted, with a line for each group of
 * copies (`clusterRows`). Then the reported pairs that no cluster holds.
 */
export function clustersSection(ctx: MarkdownContext): string {
  const { a, lang, t, unit } = ctx;
  const { clusters, overlaps } = a.overlap;
  if (clusters.length === 0 && overlaps.length === 0) return '';
  const pairs = new Map(overlaps.map((o) => [`${o.a}|${o.b}`, o]));
  let out = `## ${t('report.markdown.clusters.heading')}\n\n`;
  if (clusters.length > 0) {
    out += `${t('report.markdown.clusters.intro', { unit })}\n\n`;
    const { shown, more } = capped(clusters, maxClusters);
    out += markdownTable(
      [
        t('report.markdown.clusters.head.cluster'),
        t('report.markdown.clusters.head.kind'),
        t('report.markdown.clusters.head.modules'),
        t('report.markdown.clusters.head.hours', { unit }),
        t('report.markdown.clusters.head.saves', { unit }),
        t('report.markdown.clusters.head.representative'),
      ],
      ['right', 'left', 'right', 'right', 'right', 'left'],
      shown.map((c, i) => [
        num(ctx, i + 1),
        t('report.overlap.kind', { kind: c.kind }),
        num(ctx, c.modules.length),
        num(ctx, c.hours),
        num(ctx, c.hoursSaved),
        // The module to keep, ★ in the cluster's details: not the engine's representative.
        escapeMarkdown(ctx.a.catalog.moduleByRef.get(c.keep)?.title ?? c.keep),
      ]),
    );
    out += more > 0 ? `\n${moreLine(more, 'noun.cluster', lang)}` : '';
    out += '\n';
    if (shown.length > maxClusterDetails)
      out += `${t('report.markdown.clusters.details-of', { n: maxClusterDetails })}\n\n`;
    shown.slice(0, maxClusterDetails).forEach((c, i) => {
      out += clusterDetails(ctx, c, i + 1, pairs);
    });
  }
  out += lonePairsSection(ctx, overlaps, clusters);
  return out;
}

function clusterDetails(
  ctx: MarkdownContext,
  cluster: SavedCluster,
  n: number,
  pairs: ReadonlyMap<string, SavedOverlap>,
): string {
  const { a, lang, t, unit } = ctx;
  const { catalog } = a;
  const pairOf = (x: string, y: string) => pairs.get(x < y ? `${x}|${y}` : `${y}|${x}`);
  const kept = catalog.moduleByRef.get(cluster.keep);
  const summary = [
    `<b>${t('report.markdown.cluster', { n })}</b>`,
    t('report.overlap.kind', { kind: cluster.kind }),
    moduleCount(cluster.modules.length, lang, ctx.terms),
    count(cluster.hours, unit, lang),
    t('report.cluster.saves', { hours: cluster.hoursSaved, unit }),
    escapeHtml(kept?.title ?? cluster.keep),
  ].join(' · ');
  // A large cluster (a national module and its copies) gives a line to each group of copies.
  const large = cluster.modules.length > maxClusterForAllPairs;
  const rows = clusterRows(cluster, a.overlap.copies, catalog, pairs);
  // The representative first, then the others in the rows' order.
  const ordered = [
    ...rows.filter((r) => r.representative),
    ...rows.filter((r) => !r.representative),
  ];
  const scopes = new Set<string>();
  const addScope = (x: string, y: string) => {
    const pair = pairOf(x, y);
    if (pair) scopes.add(t('report.overlap.scope', { scope: pair.scope }));
  };
  if (large) for (const x of cluster.modules) addScope(x, cluster.representative);
  else
    cluster.modules.forEach((x, p) => cluster.modules.slice(p + 1).forEach((y) => addScope(x, y)));

  let out = `<details>\n<summary>${summary}</summary>\n\n`;
  if (cluster.shared.length > 0)
    out += `**${t('report.markdown.cluster.shared')}:** ${cluster.shared.map(escapeMarkdown).join('; ')}\n\n`;
  const { min, mean } = cluster.cohesion;
  const cohesion = t('report.markdown.cluster.cohesion', { min, mean });
  out += `**${t('report.markdown.cluster.where')}:** ${[...scopes].sort().join(', ')} · ${cohesion}.\n\n`;
  if (large) {
    const programmes = clusterProgrammes(cluster, rows);
    const copies = t('report.markdown.cluster.copies', {
      modules: cluster.modules.length,
      programmes: programmes.length,
      named: programmes.slice(0, 4).map(escapeMarkdown),
      more: Math.max(0, programmes.length - 4),
      // Identical to ★, the module to keep: the starred line counts them.
      identical: rows.find((r) => r.representative)?.identical ?? 0,
      lines: rows.length,
    });
    out += `${copies}\n\n`;
  }
  const { shown, more } = capped(ordered, maxClusterRows);
  out += markdownTable(
    [
      t('report.markdown.cluster.head.title'),
      t('report.markdown.cluster.head.module'),
      t('report.markdown.cluster.head.programme'),
      t('report.markdown.cluster.head.level'),
      t('report.markdown.cluster.head.hours', { unit }),
      t('report.markdown.cluster.head.score'),
    ],
    ['left', 'left', 'left', 'left', 'right', 'right'],
    shown.map((row) => {
      const module = catalog.moduleByRef.get(row.ref);
      const programme = ctx.programmes.get(module?.programme ?? programmeOf(row.ref));
      const star = row.representative ? ' ★' : '';
      const copies =
        row.copies > 0
          ? ` ${t('report.markdown.cluster.copy-count', { copies: row.copies, identical: row.identical })}`
          : '';
      return [
        // The title first, as a reader knows the module; its ref beside it, for the files.
        escapeMarkdown(module?.title ?? row.ref) + star + copies,
        escapeMarkdown(row.ref),
        programme ? programmeTitle(ctx, programme.id) : '',
        programme ? escapeMarkdown(levelTitle(ctx, programme.levelRef)) : '',
        rowHours(row, lang),
        rowScore(row, lang) ?? `&lt; ${formatFixed(cluster.cohesion.min, lang)}`,
      ];
    }),
  );
  out += more > 0 ? `\n${moreLine(more, 'noun.module', lang)}` : '';
  return out + '\n</details>\n\n';
}

/**
 * Reported pairs that no cluster holds (a broad module's overlap with a second narrower one,
 * pairs across clusters), so that every reported pair can be seen.
 */
function lonePairsSection(
  ctx: MarkdownContext,
  overlaps: readonly SavedOverlap[],
  clusters: readonly SavedCluster[],
): string {
  const { lang, t, unit } = ctx;
  const lone = lonePairs(overlaps, clusters);
  if (lone.length === 0) return '';
  const { shown, more } = capped(lone, maxLonePairs);
  const name = (ref: string) => {
    const title = ctx.a.catalog.moduleByRef.get(ref)?.title;
    return escapeMarkdown(ref) + (title === undefined ? '' : `<br>${escapeMarkdown(title)}`);
  };
  let out = `### ${t('report.markdown.lone.heading')}\n\n${t('report.markdown.lone.intro')}\n\n`;
  out += markdownTable(
    [
      t('report.markdown.lone.head.module'),
      t('report.markdown.lone.head.module'),
      t('report.markdown.lone.head.score'),
      t('report.markdown.lone.head.where'),
      t('report.markdown.lone.head.shared', { unit }),
    ],
    ['left', 'left', 'right', 'left', 'right'],
    shown.map((o) => [
      name(o.a),
      name(o.b),
      formatFixed(o.score, lang),
      t('report.overlap.scope', { scope: o.scope }),
      num(ctx, o.hoursSaved),
    ]),
  );
  out += more > 0 ? `\n${moreLine(more, 'noun.pair', lang)}` : '';
  return out + '\n';
}
