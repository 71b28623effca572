import type { Catalog } from '../model/catalog.js';
import type { Lang } from '../model/lang.js';
import { formatFixed, formatNumber } from '../messages/number-format.js';
import { compareStrings } from '../model/order.js';
import { maxClusterForAllPairs } from '../overlap/cohesive.js';
import type { Cluster, CopyGroup, Overlap } from '../overlap/types.js';

/**
 * One line of a cluster's table: a module, or in a large cluster one group of copies of a text
 * (a national module and every provider's copy of it), shown by one of its members.
 */
export interface ClusterRow {
  /** The module shown: the module to keep, or its group's representative. */
  readonly ref: string;
  /** Whether it is the module to keep (★): `SavedCluster.keep`. */
  readonly representative: boolean;
  /** The other members of the cluster the line stands for (copies of `ref`); 0 for a module. */
  readonly copies: number;
  /** Of these, the ones identical to `ref` once spelling is normalised. */
  readonly identical: number;
  /** Least and most hours among the members the line stands for. */
  readonly hours: readonly [number, number];
  /**
   * Least and most score with the representative among those members, the representative
   * itself left out; undefined when none is reported (the representative alone, or a pair
   * below the cluster's cohesion).
   */
  readonly score: readonly [number, number] | undefined;
}

/**
 * The lines of a cluster's table. A cluster of up to `maxClusterForAllPairs` modules lists
 * each of them, in ref order. A larger one gives a line to each group of copies it holds,
 * the representative's group first, then the largest: three lines, not nine hundred, for a
 * national module, its level's other module and every provider's copy of both. How far the
 * copies of a line drift shows in its range of hours and scores.
 */
export function clusterRows(
  cluster: Cluster & { readonly keep?: string },
  copyGroups: readonly CopyGroup[],
  catalog: Catalog,
  pairs: ReadonlyMap<string, Overlap>,
): ClusterRow[] {
  const hoursOf = (ref: string) => catalog.moduleByRef.get(ref)?.hours ?? 0;
  // ★ is the module to keep. Scores are measured against it where every pair is known;
  // a larger cluster's pairs are known with the engine's representative only.
  const star = cluster.keep ?? cluster.representative;
  const rep = cluster.modules.length <= maxClusterForAllPairs ? star : cluster.representative;
  const scoreOf = (ref: string) => pairs.get(ref < rep ? `${ref}|${rep}` : `${rep}|${ref}`)?.score;
  const row = (ref: string, members: readonly string[], identical: number): ClusterRow => {
    const hours = members.map(hoursOf);
    const scores = members.flatMap((m) => {
      const s = m === rep ? undefined : scoreOf(m);
      return s === undefined ? [] : [s];
    });
    return {
      ref,
      representative: ref === star,
      copies: members.length - 1,
      identical,
      hours: [Math.min(...hours), Math.max(...hours)],
      score: scores.length > 0 ? [Math.min(...scores), Math.max(...scores)] : undefined,
    };
  };
  if (cluster.modules.length <= maxClusterForAllPairs)
    return cluster.modules.map((ref) => row(ref, [ref], 0));

  const inCluster = new Set(cluster.modules);
  const grouped = new Set<string>();
  const rows: ClusterRow[] = [];
  for (const group of copyGroups) {
    const members = group.modules.filter((m) => inCluster.has(m));
    if (members.length === 0) continue;
    for (const m of members) grouped.add(m);
    // Shown by the cluster's representative if the group holds it, else by the group's own.
    const shownBy = members.includes(star)
      ? star
      : members.includes(rep)
        ? rep
        : members.includes(group.representative)
          ? group.representative
          : (members[0] ?? group.representative);
    // Identical to the member shown: the cluster's own list for its representative.
    const identicalTo = new Set(shownBy === rep ? cluster.identical : group.identical);
    const identical = identicalTo.has(shownBy)
      ? members.filter((m) => m !== shownBy && identicalTo.has(m)).length
      : 0;
    rows.push(row(shownBy, members, identical));
  }
  for (const ref of cluster.modules) if (!grouped.has(ref)) rows.push(row(ref, [ref], 0));
  return rows.sort(
    (x, y) =>
      Number(y.representative) - Number(x.representative) ||
      y.copies - x.copies ||
      compareStrings(x.ref, y.ref),
  );
}

/**
 * The programmes of a cluster's modules, each once: those of the modules its lines show first
 * (in a national archive, the national programmes), then the others in ref order.
 */
export function clusterProgrammes(cluster: Cluster, rows: readonly ClusterRow[]): string[] {
  const programmeOf = (ref: string) => ref.slice(0, ref.indexOf('/'));
  return [
    ...new Set([...rows.map((r) => programmeOf(r.ref)), ...cluster.modules.map(programmeOf)]),
  ];
}

/** Two ends as "78–123", or one number when they are equal. */
function range(low: string, high: string): string {
  return low === high ? low : `${low}–${high}`;
}

/** A line's hours: "100", or "78–123" across the copies it stands for. */
export function rowHours(row: ClusterRow, lang: Lang): string {
  return range(formatNumber(row.hours[0], lang), formatNumber(row.hours[1], lang));
}

/**
 * A line's score with the representative: "0,89–1,00", "—" for the representative alone, or
 * undefined when no pair is reported (a reporter writes it as below the cluster's cohesion).
 */
export function rowScore(row: ClusterRow, lang: Lang): string | undefined {
  if (row.score) return range(formatFixed(row.score[0], lang), formatFixed(row.score[1], lang));
  return row.representative && row.copies === 0 ? '—' : undefined;
}
