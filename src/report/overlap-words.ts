import type { Overlap } from '../overlap/types.js';

/**
 * Reported pairs that no cluster holds (a broad module's overlap with a second, narrower one;
 * pairs across clusters): a report lists them so that every reported pair can be seen.
 */
export function lonePairs<T extends Overlap>(
  overlaps: readonly T[],
  clusters: readonly { readonly modules: readonly string[] }[],
): T[] {
  const clusterOf = new Map<string, number>();
  clusters.forEach((c, i) => c.modules.forEach((ref) => clusterOf.set(ref, i)));
  return overlaps.filter((o) => {
    const c = clusterOf.get(o.a);
    return c === undefined || c !== clusterOf.get(o.b);
  });
}
