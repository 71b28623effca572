import type { Catalog } from '../model/catalog.js';
import { roundHours } from '../model/hours.js';
import { compareStrings } from '../model/order.js';
import { withFields } from '../model/with-fields.js';
import type { Cluster, Overlap, OverlapResult } from '../overlap/types.js';
import { clusterHoursSaved, pairHoursSaved } from './hours.js';

export interface SavedOverlap extends Overlap {
  /** Hours a learner taking both would not need to sit twice. */
  readonly hoursSaved: number;
}

export interface SavedCluster extends Cluster {
  /** Hours saved by teaching the cluster once (the longest member kept). */
  readonly hoursSaved: number;
}

export interface OverlapSavings {
  readonly overlaps: readonly SavedOverlap[];
  /** The clusters that save most first (then by first module). */
  readonly clusters: readonly SavedCluster[];
  readonly hoursSaved: number;
}

/** The hours each overlapping pair and each cluster would save, from exact (unrounded) scores. */
export function overlapSavings(catalog: Catalog, overlap: OverlapResult): OverlapSavings {
  const hours = (ref: string) => catalog.moduleByRef.get(ref)?.hours ?? 0;
  // Not a spread: what a pair shares is read from it only when a report or a rule asks.
  const overlaps = overlap.overlaps.map((o) =>
    withFields(o, {
      hoursSaved: pairHoursSaved(hours(o.a), hours(o.b), overlap.score(o.a, o.b)),
    }),
  );
  const clusters = overlap.clusters
    .map((c) => {
      const members = c.modules.map((ref) => ({ ref, hours: hours(ref) }));
      const { saved } = clusterHoursSaved(members, (p, q) =>
        overlap.score(c.modules[p] ?? '', c.modules[q] ?? ''),
      );
      return { ...c, hoursSaved: saved };
    })
    .sort(
      (x, y) =>
        y.hoursSaved - x.hoursSaved || compareStrings(x.modules[0] ?? '', y.modules[0] ?? ''),
    );
  return {
    overlaps,
    clusters,
    hoursSaved: roundHours(clusters.reduce((s, c) => s + c.hoursSaved, 0)),
  };
}
