import { mustAt } from '../model/lookup.js';
import type { Edge } from './cluster.js';
import type { Corpus } from './corpus.js';
import type { PairScores } from './pair-scores.js';

/**
 * The overlaps between distinct contents (one document for each copy group) that reach
 * `threshold`, to be clustered: the candidate pairs (flat: a, b, a, b…), each scored only as
 * far as the threshold needs, then the near copies at other levels that the copy groups'
 * bands found (`Corpus.acrossLevels`), which the candidate index may miss (their words are
 * common): each scored in full unless it was a candidate. The scores are kept in `scores`:
 * a candidate's where it reaches the threshold, a near copy's always.
 */
export function scoredEdges(
  corpus: Corpus,
  candidates: Int32Array,
  scores: PairScores,
  threshold: number,
): Edge[] {
  const edges: Edge[] = [];
  const acrossLevels = new Map<number, readonly [number, number]>();
  for (let k = 0; k < corpus.acrossLevels.length; k += 2) {
    const i = mustAt(corpus.copyGroup, mustAt(corpus.acrossLevels, k));
    const j = mustAt(corpus.copyGroup, mustAt(corpus.acrossLevels, k + 1));
    const key = scores.key(i, j);
    if (i !== j && !acrossLevels.has(key)) acrossLevels.set(key, [i, j]);
  }
  for (let k = 0; k < candidates.length; k += 2) {
    const i = mustAt(candidates, k);
    const j = mustAt(candidates, k + 1);
    acrossLevels.delete(scores.key(i, j));
    const s = scores.atLeast(i, j, threshold);
    if (s < threshold) continue;
    edges.push({ a: i, b: j, score: s });
    scores.keep(i, j, s);
  }
  for (const [i, j] of acrossLevels.values()) {
    const s = scores.compute(i, j);
    scores.keep(i, j, s);
    if (s >= threshold) edges.push({ a: Math.min(i, j), b: Math.max(i, j), score: s });
  }
  return edges;
}
