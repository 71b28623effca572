import type { Lang } from '../model/local-text.js';
import { formatFixed } from '../model/number-format.js';
import { count, noun, nouns } from '../model/words.js';
import { maxClusterForAllPairs } from '../overlap/cohesive.js';
import type { SavedCluster, SavedOverlap } from '../savings/overlap-savings.js';
import {
  type MarkdownContext,
  levelTitle,
  num,
  programmeTitle,
  unitName,
} from './markdown-context.js';
import { escapeHtml, escapeMarkdown } from './markdown-escape.js';
import { capped, markdownTable, moreLine } from './markdown-table.js';
import { clusterProgrammes, clusterRows, rowHours, rowScore } from './cluster-rows.js';
import { kindWords, lonePairs, scopeWords } from './overlap-words.js';

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

const labels = {
  vi: {
    heading: 'Các cụm mô-đun trùng lặp',
    intro: (unit: string) =>
      `Mỗi cụm là một nhóm mô-đun dạy cùng một nội dung. “Tiết kiệm” là số ${unit} bớt được nếu dạy nội dung đó một lần (giữ mô-đun dài nhất). Trong mỗi cụm, ★ là mô-đun đại diện: nơi hợp lý để gộp nội dung. Bảng tổng quan in được; chi tiết từng cụm nằm trong các mục thu gọn bên dưới.`,
    overviewHead: (unit: string) => [
      'Cụm',
      'Loại',
      'Mô-đun',
      `Số ${unit}`,
      `Tiết kiệm (${unit})`,
      'Mô-đun đại diện',
    ],
    cluster: 'Cụm',
    saves: 'tiết kiệm ~',
    shared: 'Nội dung chung',
    where: 'Phạm vi',
    cohesion: (min: string, mean: string) =>
      `độ tương đồng giữa các mô-đun thấp nhất ${min}, trung bình ${mean}`,
    head: (unit: string) => [
      'Mô-đun',
      'Tên mô-đun',
      'Chương trình',
      'Bậc',
      `Số ${unit}`,
      'Điểm so với ★',
    ],
    copies: (modules: string, programmes: string, named: string, same: string, lines: string) =>
      `**Bản sao:** ${modules} trong ${programmes} (${named}); ${same} giống hệt ★; mỗi dòng dưới đây là một nhóm bản sao (${lines}).`,
    copyCount: (copies: string, identical: string) => ` (cùng ${copies}, ${identical} giống hệt)`,
    andMore: (n: string) => ` và ${n} chương trình khác`,
    lone: 'Các cặp mô-đun trùng lặp khác',
    detailsOf: (n: string) =>
      `Chi tiết của ${n} cụm tiết kiệm nhiều nhất ở dưới; báo cáo JSON có đủ mọi cụm.`,
    loneIntro:
      'Các cặp được báo cáo nhưng không thuộc cùng một cụm (một mô-đun rộng chồng lấn với một mô-đun hẹp hơn, hoặc hai mô-đun của hai cụm khác nhau).',
    loneHead: (unit: string) => ['Mô-đun', 'Mô-đun', 'Điểm', 'Phạm vi', `Trùng (${unit})`],
  },
  en: {
    heading: 'Clusters of overlapping modules',
    intro: (unit: string) =>
      `Each cluster is a group of modules that teach the same content. "Saves" is the ${unit} saved by teaching it once (the longest module kept). In each cluster, ★ is the representative: a natural home for the merged module. The overview prints; each cluster's details are in the collapsed sections below it.`,
    overviewHead: (unit: string) => [
      'Cluster',
      'Kind',
      'Modules',
      `${unit[0]?.toUpperCase() ?? ''}${unit.slice(1)}`,
      `Saves (${unit})`,
      'Representative',
    ],
    cluster: 'Cluster',
    saves: 'saves ~',
    shared: 'Shared',
    where: 'Where',
    cohesion: (min: string, mean: string) => `similarity between members min ${min}, mean ${mean}`,
    head: (unit: string) => [
      'Module',
      'Title',
      'Programme',
      'Level',
      `${unit[0]?.toUpperCase() ?? ''}${unit.slice(1)}`,
      'Score with ★',
    ],
    copies: (modules: string, programmes: string, named: string, same: string, lines: string) =>
      `**Copies:** ${modules} in ${programmes} (${named}); ${same} identical to ★; below, one line for each group of copies (${lines}).`,
    copyCount: (copies: string, identical: string) => ` (and ${copies}, ${identical} identical)`,
    andMore: (n: string) => ` and ${n} more`,
    lone: 'Other overlapping pairs',
    detailsOf: (n: string) =>
      `The details of the ${n} clusters that save most follow; the JSON report has every cluster.`,
    loneIntro:
      'Pairs reported but not within one cluster (a broad module overlapping a narrower one, or two modules of different clusters).',
    loneHead: (unit: string) => ['Module', 'Module', 'Score', 'Where', `Shared (${unit})`],
  },
} as const satisfies Record<Lang, unknown>;

const clusterNoun = noun('cụm', 'cluster');

/** A module ref's programme: the ref is `programme/module`, and a programme id has no `/`. */
const programmeOf = (ref: string) => ref.slice(0, ref.indexOf('/'));

/**
 * Clusters: an overview table (what prints), then each cluster in `<details>` with its
 * members' programme, level, hours and score with the representative, and what they share;
 * a large cluster (a national module and its copies) counted, with a line for each group of
 * copies (`clusterRows`). Then the reported pairs that no cluster holds.
 */
export function clustersSection(ctx: MarkdownContext): string {
  const { a, lang } = ctx;
  const t = labels[lang];
  const { clusters, overlaps } = a.overlap;
  if (clusters.length === 0 && overlaps.length === 0) return '';
  const unit = unitName(ctx);
  const pairs = new Map(overlaps.map((o) => [`${o.a}|${o.b}`, o]));
  let out = `## ${t.heading}\n\n`;
  if (clusters.length > 0) {
    out += `${t.intro(unit)}\n\n`;
    const { shown, more } = capped(clusters, maxClusters);
    out += markdownTable(
      t.overviewHead(unit),
      ['right', 'left', 'right', 'right', 'right', 'left'],
      shown.map((c, i) => [
        num(ctx, i + 1),
        kindWords[c.kind][lang],
        num(ctx, c.modules.length),
        num(ctx, c.hours),
        num(ctx, c.hoursSaved),
        escapeMarkdown(ctx.a.catalog.moduleByRef.get(c.representative)?.title ?? c.representative),
      ]),
    );
    out += more > 0 ? `\n${moreLine(more, clusterNoun, lang)}` : '';
    out += '\n';
    if (shown.length > maxClusterDetails) out += `${t.detailsOf(num(ctx, maxClusterDetails))}\n\n`;
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
  const { a, lang } = ctx;
  const t = labels[lang];
  const { catalog } = a;
  const pairOf = (x: string, y: string) => pairs.get(x < y ? `${x}|${y}` : `${y}|${x}`);
  const representative = catalog.moduleByRef.get(cluster.representative);
  const summary = [
    `<b>${t.cluster} ${num(ctx, n)}</b>`,
    kindWords[cluster.kind][lang],
    count(cluster.modules.length, nouns.module, lang),
    count(cluster.hours, ctx.unit, lang),
    `${t.saves}${count(cluster.hoursSaved, ctx.unit, lang)}`,
    escapeHtml(representative?.title ?? cluster.representative),
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
    if (pair) scopes.add(scopeWords[pair.scope][lang]);
  };
  if (large) for (const x of cluster.modules) addScope(x, cluster.representative);
  else
    cluster.modules.forEach((x, p) => cluster.modules.slice(p + 1).forEach((y) => addScope(x, y)));

  let out = `<details>\n<summary>${summary}</summary>\n\n`;
  if (cluster.shared.length > 0)
    out += `**${t.shared}:** ${cluster.shared.map(escapeMarkdown).join('; ')}\n\n`;
  const cohesion = t.cohesion(
    formatFixed(cluster.cohesion.min, lang),
    formatFixed(cluster.cohesion.mean, lang),
  );
  out += `**${t.where}:** ${[...scopes].sort().join(', ')} · ${cohesion}.\n\n`;
  if (large) {
    const programmes = clusterProgrammes(cluster, rows);
    const named = programmes.slice(0, 4).map(escapeMarkdown).join(', ');
    const rest = programmes.length > 4 ? t.andMore(num(ctx, programmes.length - 4)) : '';
    out += `${t.copies(
      count(cluster.modules.length, nouns.module, lang),
      count(programmes.length, nouns.programme, lang),
      named + rest,
      num(ctx, cluster.identical.length - 1),
      count(rows.length, nouns.line, lang),
    )}\n\n`;
  }
  const { shown, more } = capped(ordered, maxClusterRows);
  out += markdownTable(
    t.head(unitName(ctx)),
    ['left', 'left', 'left', 'left', 'right', 'right'],
    shown.map((row) => {
      const module = catalog.moduleByRef.get(row.ref);
      const programme = ctx.programmes.get(module?.programme ?? programmeOf(row.ref));
      const star = row.representative ? ' ★' : '';
      const copies =
        row.copies > 0
          ? t.copyCount(count(row.copies, nouns.copy, lang), num(ctx, row.identical))
          : '';
      return [
        escapeMarkdown(row.ref) + star + copies,
        escapeMarkdown(module?.title ?? ''),
        programme ? programmeTitle(ctx, programme.id) : '',
        programme ? escapeMarkdown(levelTitle(ctx, programme.levelRef)) : '',
        rowHours(row, lang),
        rowScore(row, lang) ?? `&lt; ${formatFixed(cluster.cohesion.min, lang)}`,
      ];
    }),
  );
  out += more > 0 ? `\n${moreLine(more, nouns.module, lang)}` : '';
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
  const { lang } = ctx;
  const t = labels[lang];
  const lone = lonePairs(overlaps, clusters);
  if (lone.length === 0) return '';
  const { shown, more } = capped(lone, maxLonePairs);
  const name = (ref: string) => {
    const title = ctx.a.catalog.moduleByRef.get(ref)?.title;
    return escapeMarkdown(ref) + (title === undefined ? '' : `<br>${escapeMarkdown(title)}`);
  };
  let out = `### ${t.lone}\n\n${t.loneIntro}\n\n`;
  out += markdownTable(
    t.loneHead(unitName(ctx)),
    ['left', 'left', 'right', 'left', 'right'],
    shown.map((o) => [
      name(o.a),
      name(o.b),
      formatFixed(o.score, lang),
      scopeWords[o.scope][lang],
      num(ctx, o.hoursSaved),
    ]),
  );
  out += more > 0 ? `\n${moreLine(more, nouns.pair, lang)}` : '';
  return out + '\n';
}
