// Deterministic randomness for the benchmark generators (bench/generate.ts,
// bench/national-generate.ts): mulberry32, seeded, so that the same seed gives the same files.

export function makeRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** An integer in [lo, hi], both included. */
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!,
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = int(0, i);
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
      return items;
    },
    /** A random non-empty subset of `items`, in their order. */
    some<T>(items: readonly T[]): T[] {
      const chosen = items.filter(() => next() < 0.5);
      return chosen.length ? chosen : [items[int(0, items.length - 1)]!];
    },
  };
}
export type Random = ReturnType<typeof makeRandom>;
