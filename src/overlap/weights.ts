/* eslint-disable @typescript-eslint/no-non-null-assertion -- a typed-array merge run for every compared pair, indexed within its loop bounds: an index out of range would be a bug, not input. */
/**
 * The weights every stage of the engine shares: IDF, the weight two term lists share, and
 * the near-copy bound that both the copy groups and the score use. A leaf: it imports
 * nothing, so that the corpus, the copy groups and the score can all depend on it.
 */

/** Smooth IDF, as in scikit-learn: ln((1 + N) / (1 + df)) + 1. */
export function idf(n: number, df: number): number {
  return Math.log((1 + n) / (1 + df)) + 1;
}

/** Σ weight of the terms two sorted term lists share. */
export function sharedWeight(a: Int32Array, b: Int32Array, weight: Float64Array): number {
  let shared = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length;) {
    if (a[x] === b[y]) {
      shared += weight[a[x]!]!;
      x++;
      y++;
    } else if (a[x]! < b[y]!) x++;
    else y++;
  }
  return shared;
}

/**
 * A near copy that shares nothing specific: one holds at least `containment` of the other by
 * copy weights, the other at least `resemblance` of the one. Chosen on seed 3 of `npm run
 * bench`'s generator (heavily reworded copies hold their original at 0.6–0.75; random pairs
 * of a 90-syllable vocabulary at 0.3 at most) and reported on seeds 1 and 2. The MinHash bands
 * put across-level pairs forward at the same bounds (`copies.ts`).
 */
export const nearCopyBounds = { containment: 0.6, resemblance: 0.5 } as const;
