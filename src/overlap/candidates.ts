/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays and per-document arrays indexed within their loop bounds, in loops run for every term of every module or compared pair: an index out of range would be a bug, not input, and a check per element is not worth its cost there. */
import type { Corpus } from './corpus.js';

export interface CandidateOptions {
  /**
   * Terms in more documents than this are not used to find candidates: they are too common
   * to say two modules teach the same thing, and their posting lists are what would make the
   * search quadratic. Pairs are still scored on all their terms.
   */
  readonly maxDf: number;
  /** Keep a pair whose partial cosine over the indexed terms reaches this… */
  readonly minPartialCosine: number;
  /** …or whose smaller side has this share of its weight among the shared indexed terms. */
  readonly minPartialContainment: number;
}

/** The posting-list cap for a corpus of n documents: at least 50, else 0.5 % of n. */
export function defaultMaxDf(n: number): number {
  return Math.max(50, Math.ceil(n * 0.005));
}

/**
 * Pairs of distinct contents (one document per copy group) worth scoring exactly, from an
 * inverted index over the specific (non-generic, not-too-common) terms. A pair that shares no such term is never a candidate, and so never
 * overlaps: sharing only generic words is not overlap. Returns pairs as [i, j] with i < j,
 * flattened, in increasing order of i then j.
 */
export function findCandidates(corpus: Corpus, options: CandidateOptions): Int32Array {
  const n = corpus.modules.length;
  const { df, generic, termWeight, copyGroup } = corpus;
  const indexed = (t: number) => generic[t] === 0 && df[t]! <= options.maxDf && df[t]! >= 2;
  // One document per copy group stands for it: copies are grouped already (copies.ts).
  const stands = (d: number) => copyGroup[d] === d;

  // CSR postings of indexed terms: documents in increasing order, with their weights.
  const termCount = df.length;
  const start = new Int32Array(termCount + 1);
  corpus.terms.forEach((ids, d) => {
    if (stands(d)) for (const t of ids) if (indexed(t)) start[t + 1]!++;
  });
  for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, termCount);
  const postingDoc = new Int32Array(start[termCount]!);
  const postingWeight = new Float32Array(start[termCount]!);
  for (let d = 0; d < n; d++) {
    if (!stands(d)) continue;
    const ids = corpus.terms[d]!;
    const w = corpus.weights[d]!;
    for (let k = 0; k < ids.length; k++) {
      const t = ids[k]!;
      if (!indexed(t)) continue;
      const p = fill[t]!++;
      postingDoc[p] = d;
      postingWeight[p] = w[k]!;
    }
  }

  const dot = new Float64Array(n);
  const shared = new Float64Array(n);
  const touched = new Int32Array(n);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!stands(i)) continue;
    const ids = corpus.terms[i]!;
    const w = corpus.weights[i]!;
    let count = 0;
    for (let k = 0; k < ids.length; k++) {
      const t = ids[k]!;
      if (!indexed(t)) continue;
      const wi = w[k]!;
      const tw = termWeight[t]!;
      // Postings are in increasing document order: walk back from the end while j > i.
      for (let p = start[t + 1]! - 1; p >= start[t]!; p--) {
        const j = postingDoc[p]!;
        if (j <= i) break;
        if (shared[j] === 0) touched[count++] = j;
        dot[j]! += wi * postingWeight[p]!;
        shared[j]! += tw;
      }
    }
    const selected: number[] = [];
    for (let k = 0; k < count; k++) {
      const j = touched[k]!;
      const smaller = Math.min(corpus.mass[i]!, corpus.mass[j]!) || 1;
      if (
        dot[j]! >= options.minPartialCosine ||
        shared[j]! / smaller >= options.minPartialContainment
      )
        selected.push(j);
      dot[j] = 0;
      shared[j] = 0;
    }
    selected.sort((a, b) => a - b);
    for (const j of selected) out.push(i, j);
  }
  return Int32Array.from(out);
}
