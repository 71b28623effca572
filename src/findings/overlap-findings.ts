import type { Catalog } from '../model/catalog.js';
import { mustGet } from '../model/lookup.js';
import type { SavedCluster } from '../savings/overlap-savings.js';
import { finding } from './rules.js';
import type { Finding } from './finding.js';

/** One `module-overlap` finding per cluster, at its first module, the others as related. */
export function overlapFindings(catalog: Catalog, clusters: readonly SavedCluster[]): Finding[] {
  return clusters.map((cluster) => {
    const [first, ...others] = cluster.modules.map((ref) => mustGet(catalog.moduleByRef, ref));
    if (first === undefined) throw new Error('a cluster without modules');
    const shared =
      cluster.shared.length > 0
        ? `; shared: ${cluster.shared
            .slice(0, 3)
            .map((s) => `"${s}"`)
            .join(', ')}`
        : '';
    return finding(
      'module-overlap',
      first.location,
      `${cluster.modules.length} modules teach the same content (${cluster.kind}, ` +
        `cohesion ${cluster.cohesion.min.toFixed(2)}–${cluster.cohesion.mean.toFixed(2)}): ` +
        `${cluster.modules.join(', ')}; merging saves ~${cluster.hoursSaved} hours${shared}`,
      others.map((m) => ({ ...m.location, message: `${m.ref}: ${m.title}` })),
    );
  });
}
