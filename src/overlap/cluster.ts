import { mustAt } from '../model/lookup.js';
import { compareStrings } from '../model/order.js';

export interface Edge {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

/**
 * Groups documents into clusters whose members all teach the same content: two groups merge
 * only if every member of one scores at least `threshold` with every member of the other
 * (complete linkage). A broad module that covers two distinct narrower ones joins one of
 * them and never makes the narrower two a cluster; its overlap with the other stays a pair.
 * Edges are taken strongest first, ties by document number (documents are numbered in ref
 * order), so the result is deterministic. `score(i, j)` gives any pair's score (0 when
 * unrelated).
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
    if (!ca.every((x) => cb.every((y) => score(x, y) >= threshold))) continue;
    const merged = [...ca, ...cb];
    for (const d of merged) clusterOf.set(d, merged);
  }
  const unique = new Set(clusterOf.values());
  return [...unique]
    .filter((c) => c.length > 1)
    .map((c) => [...c].sort((x, y) => compareStrings(order(x), order(y))))
    .sort((x, y) => compareStrings(order(mustAt(x, 0)), order(mustAt(y, 0))));
}
