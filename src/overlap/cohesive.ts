import { mustAt } from '../model/lookup.js';
import { type Edge, clusterDocuments } from './cluster.js';

/** docs/json-report.md: inside a larger cluster, pairs are reported with the representative only. */
export const maxClusterForAllPairs = 20;

export interface Linkage {
  /** Each document's copy group, by its head (`Corpus.copyGroup`). */
  readonly copyGroup: Int32Array;
  readonly scoreOf: (i: number, j: number) => number;
  readonly threshold: number;
  /** A large cluster's representative, one of its members. */
  readonly representativeOf: (members: readonly number[]) => number;
}

/**
 * A cluster widened to every copy of its contents, cut so that what it claims holds: its
 * members all teach the same content. Complete linkage holds between the distinct contents
 * (`heads`), but a reworded copy of one (a topic dropped, a clause rewritten) can fall below
 * the threshold against another level's module.
 * - Up to `maxClusterForAllPairs` members, every pair is scored: the member with most pairs
 *   below the threshold leaves (a copy before a distinct content, then the last by ref) until
 *   none is left, so every member scores at least the threshold with every other.
 * - In a larger cluster (a module and its copies in many schools), each member must score at
 *   least the threshold with the representative and with each distinct content, so the
 *   check grows with the copies, not with their pairs.
 * Members that leave and are copies of one another form a cluster of their own, cut the same
 * way; a lone one is left to its pairs.
 */
export function cohesive(
  members: readonly number[],
  heads: readonly number[],
  l: Linkage,
): number[][] {
  if (members.length < 2) return [];
  const kept =
    members.length <= maxClusterForAllPairs
      ? completeLinkage(members, l)
      : linkedToEveryContent(members, heads, l);
  const apart = new Map<number, number[]>();
  for (const d of members) {
    if (kept.includes(d)) continue;
    const head = mustAt(l.copyGroup, d);
    const group = apart.get(head);
    if (group) group.push(d);
    else apart.set(head, [d]);
  }
  const rest = [...apart].flatMap(([head, group]) =>
    group.length === members.length ? [] : cohesive(group, [head], l),
  );
  return [...(kept.length > 1 ? [kept] : []), ...rest];
}

/** The members left once every pair scores at least the threshold (see `cohesive`). */
function completeLinkage(members: readonly number[], l: Linkage): number[] {
  const kept = [...members];
  for (;;) {
    const below = kept.map(
      (x) => kept.filter((y) => y !== x && l.scoreOf(x, y) < l.threshold).length,
    );
    const worst = Math.max(...below);
    if (worst === 0) return kept;
    // Of the members with most pairs below, a copy leaves before a distinct content, then the
    // last by ref (documents are numbered in ref order).
    let leave = -1;
    kept.forEach((d, i) => {
      if (below[i] !== worst) return;
      const isHead = l.copyGroup[d] === d;
      const leaveIsHead = leave >= 0 && l.copyGroup[leave] === leave;
      if (leave < 0 || (leaveIsHead && !isHead) || (leaveIsHead === isHead && d > leave)) leave = d;
    });
    kept.splice(kept.indexOf(leave), 1);
  }
}

/** The members that score at least the threshold with the representative and every head. */
function linkedToEveryContent(
  members: readonly number[],
  heads: readonly number[],
  l: Linkage,
): number[] {
  const representative = l.representativeOf(members);
  const anchors = [...new Set([representative, ...heads])];
  return members.filter((d) => anchors.every((a) => a === d || l.scoreOf(d, a) >= l.threshold));
}

/**
 * The members of each cluster: the distinct contents clustered by their edges, each cluster
 * widened to every copy of its members (`copiesOf`: a copy group's members by its head), and
 * each copy group in no cluster on its own; each cut until cohesive (`cohesive`). Sorted by
 * first member; `refOf` names documents for `clusterDocuments`, which orders by ref.
 */
export function clusterMembers(
  edges: readonly Edge[],
  copiesOf: ReadonlyMap<number, readonly number[]>,
  linkage: Linkage,
  refOf: (d: number) => string,
): number[][] {
  const clustered = new Set<number>();
  const memberLists: number[][] = [];
  for (const heads of clusterDocuments(edges, linkage.scoreOf, linkage.threshold, refOf)) {
    for (const h of heads) clustered.add(h);
    const widened = heads.flatMap((h) => copiesOf.get(h) ?? [h]).sort((x, y) => x - y);
    memberLists.push(...cohesive(widened, heads, linkage));
  }
  for (const [head, copies] of copiesOf) {
    if (copies.length > 1 && !clustered.has(head))
      memberLists.push(...cohesive(copies, [head], linkage));
  }
  return memberLists.sort((x, y) => mustAt(x, 0) - mustAt(y, 0));
}
