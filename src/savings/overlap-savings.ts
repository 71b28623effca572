import type { Catalog, Module } from '../model/catalog.js';
import { compareStrings } from '../model/order.js';
import { withFields } from '../model/with-fields.js';
import type { Cluster, Overlap, OverlapResult } from '../overlap/types.js';
import { repeatedHours } from './hours.js';
import { moduleToKeep } from './keep.js';

export interface SavedOverlap extends Overlap {
  /**
   * Whole tiết a learner taking both would sit twice (`repeatedHours`); 0 for two providers'
   * copies of one module, which no learner takes both of.
   */
  readonly hoursSaved: number;
}

export interface SavedCluster extends Cluster {
  /** The module to keep if the cluster is merged (`moduleToKeep`): ★ in the reports. */
  readonly keep: string;
  /**
   * Whole tiết the cluster teaches more than once: each content other than the kept one's
   * (a module and its providers' copies are one content) repeats its share of the kept one.
   */
  readonly hoursSaved: number;
}

export interface OverlapSavings {
  readonly overlaps: readonly SavedOverlap[];
  /** The clusters that repeat most first (then by first module). */
  readonly clusters: readonly SavedCluster[];
  readonly hoursSaved: number;
}

type Measured = Pick<OverlapResult, 'overlaps' | 'clusters' | 'covered' | 'copyOf'>;

/** The tiết each overlapping pair and each cluster repeats, and the module each would keep. */
export function overlapSavings(catalog: Catalog, overlap: Measured): OverlapSavings {
  const national = nationalOf(catalog);
  const place = placeOf(catalog);
  const providers = new Map(catalog.programmes.map((p) => [p.id, p.provider]));
  const providerOf = (ref: string) => providers.get(moduleOf(ref)?.programme ?? '');
  const groupOf = (ref: string) => overlap.copyOf(ref)?.group ?? ref;
  const moduleOf = (ref: string): Module | undefined => catalog.moduleByRef.get(ref);
  // Not a spread: what a pair shares is read from it only when a report or a rule asks.
  const overlaps = overlap.overlaps.map((o) => {
    const [a, b] = [moduleOf(o.a), moduleOf(o.b)];
    const copies = groupOf(o.a) === groupOf(o.b) && providerOf(o.a) !== providerOf(o.b);
    const hoursSaved = a && b && !copies ? repeatedHours(a, b, overlap.covered) : 0;
    return withFields(o, { hoursSaved });
  });
  const clusters = overlap.clusters
    .map((c): SavedCluster => {
      const members = c.modules.flatMap((ref) => moduleOf(ref) ?? []);
      const contents = distinctContents(members, place);
      const kept = moduleToKeep(contents, overlap.covered, national);
      if (!kept) return { ...c, keep: c.representative, hoursSaved: 0 };
      let hoursSaved = 0;
      for (const m of contents)
        if (m !== kept) hoursSaved += repeatedHours(m, kept, overlap.covered);
      return { ...c, keep: kept.ref, hoursSaved };
    })
    .sort(
      (x, y) =>
        y.hoursSaved - x.hoursSaved || compareStrings(x.modules[0] ?? '', y.modules[0] ?? ''),
    );
  return {
    overlaps,
    clusters,
    hoursSaved: clusters.reduce((s, c) => s + c.hoursSaved, 0),
  };
}

/** Whether a module belongs to a national programme (no provider, declared or inferred). */
export function nationalOf(catalog: Catalog): (module: Pick<Module, 'programme'>) => boolean {
  const place = placeOf(catalog);
  return (m) => place(m).provider === undefined;
}

/** Where a module's programme stands: its level, and its provider (undefined: national). */
export type PlaceOf = (module: Pick<Module, 'programme'>) => {
  readonly level: string;
  readonly provider: string | undefined;
};

export function placeOf(catalog: Catalog): PlaceOf {
  const places = new Map(
    catalog.programmes.map((p) => [p.id, { level: p.levelRef, provider: p.provider }]),
  );
  return (m) => places.get(m.programme) ?? { level: '', provider: undefined };
}

/**
 * The members of a group that teach content of their own: every national module (two
 * national programmes holding one module is a repetition), and a provider's module only where
 * nothing else of the group stands at its level: a provider's programme takes the place of
 * the national one at its level (and of the other providers'), so its version of a module, a
 * copy or a rewording, is an alternative no learner takes beside the other
 * (docs/savings.md). Sorted: national modules first, then by ref.
 */
export function distinctContents<M extends Pick<Module, 'ref' | 'programme'>>(
  members: readonly M[],
  place: PlaceOf,
): M[] {
  const national = (m: M) => place(m).provider === undefined;
  const sorted = [...members].sort(
    (a, b) => Number(national(b)) - Number(national(a)) || compareStrings(a.ref, b.ref),
  );
  /** The providers ('' for national) of the modules counted so far, by level. */
  const atLevel = new Map<string, Set<string>>();
  const out: M[] = [];
  for (const m of sorted) {
    const { level, provider = '' } = place(m);
    const here = atLevel.get(level) ?? new Set<string>();
    if (provider !== '' && [...here].some((p) => p !== provider)) continue;
    here.add(provider);
    atLevel.set(level, here);
    out.push(m);
  }
  return out;
}
