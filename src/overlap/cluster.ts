import { compareStrings } from '../model/order.js';

export interface Edge {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

/**
 * Groups documents into clusters without chaining: two groups merge only if, in the merged
 * group, every member's mean score to the other members reaches `threshold`. A module that
 * overlaps one member but not the rest stays out, where union-find would pull it in.
 * Edges are taken strongest first, ties by document number, so the result is deterministic.
 * `score(i, j)` gives any pair's score (0 when unrelated).
 */
export function clusterDocuments(
  edges: readonly Edge[],
  score: (i: number, j: number) => number,
  threshold: number,
  order: (i: number) => string,
): number[][] {
  const sorted = [...edges].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const clusterOf = new Map<number, number[]>();
  const get = (d: number) => {
    let c = clusterOf.get(d);
    if (!c) {
      c = [d];
      clusterOf.set(d, c);
    }
    return c;
  };
  for (const edge of sorted) {
    const ca = get(edge.a);
    const cb = get(edge.b);
    if (ca === cb) continue;
    const merged = [...ca, ...cb];
    const cohesive = merged.every((x) => {
      let sum = 0;
      for (const y of merged) if (y !== x) sum += score(x, y);
      return sum / (merged.length - 1) >= threshold;
    });
    if (!cohesive) continue;
    for (const d of merged) clusterOf.set(d, merged);
  }
  const unique = new Set(clusterOf.values());
  return [...unique]
    .filter((c) => c.length > 1)
    .map((c) => [...c].sort((x, y) => compareStrings(order(x), order(y))))
    .sort((x, y) => compareStrings(order(x[0]!), order(y[0]!)));
}
