/**
 * Edit distance with adjacent transpositions (optimal string alignment), for "did you mean"
 * hints on misspelt keys and ids: `titel` is one edit from `title`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      // Rows hold b.length + 1 numbers and cur is filled up to j - 1: each index is within
      // its row. This runs for every candidate of every "did you mean" hint.
      // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- see above
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- see above
        d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
    }
    // Every path goes through this row: once all of it is over the limit, so is the result.
    if (Math.min(...cur) > limit) return limit + 1;
    before = prev;
    prev = cur;
  }
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- the row's last number
  return prev[b.length]!;
}

/** The closest candidate, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const allowed = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = allowed;
  for (const c of candidates) {
    // Only candidates within the allowed distance matter; the bound keeps each comparison short.
    const d = editDistance(word, c, bestDistance);
    if (d < bestDistance || (d === bestDistance && (best === undefined || c < best))) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
