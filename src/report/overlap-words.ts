import type { LocalText } from '../model/local-text.js';
import type { Overlap, OverlapKind, OverlapScope } from '../overlap/types.js';

/** How every report names the kinds of overlap: the one vocabulary of console, markdown, CSV. */
export const kindWords: Readonly<Record<OverlapKind, LocalText>> = {
  duplicate: { vi: 'trùng lặp', en: 'duplicate' },
  overlap: { vi: 'chồng lấn', en: 'overlap' },
};

/** Where the two modules of an overlap stand, in every report. */
export const scopeWords: Readonly<Record<OverlapScope, LocalText>> = {
  'within-programme': { vi: 'trong cùng chương trình', en: 'within one programme' },
  'same-level': { vi: 'cùng bậc', en: 'same level' },
  'cross-level': { vi: 'giữa các bậc', en: 'across levels' },
  'comparable-levels': {
    vi: 'giữa các nhánh, bậc tương đương',
    en: 'across tracks, comparable levels',
  },
  'cross-track': { vi: 'giữa các nhánh', en: 'across tracks' },
};

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
