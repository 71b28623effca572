/**
 * The entries of a list of pairs that a report lists, so that no list grows with the square of
 * anything. Entries fall into units, each joining two ends: for overlaps, the two copy groups
 * of a pair's modules, so that a national module's pairs with a thousand schools' copies of
 * another are one unit, which grows with the copies. A unit is listed, all its entries, where
 * it is among the `perEnd` best units at either of its ends (a unit ranks by its best entry):
 * at most `perEnd` × the number of ends are, and each end's best always are. A thousand
 * distinct modules that all overlap one another list their best pairs, not half a million.
 */
export function listedAtEitherEnd<T>(
  entries: readonly T[],
  perEnd: number,
  unitOf: (entry: T) => readonly [string, string],
  /** Negative where the first entry saves more. */
  order: (x: T, y: T) => number,
): { readonly listed: readonly T[]; readonly notListed: number } {
  // Each unit by its ends, with its best entry; entries by unit.
  const units = new Map<string, { ends: readonly [string, string]; best: T }>();
  const unitKeys = entries.map((entry) => {
    const [x, y] = unitOf(entry);
    const ends = x <= y ? ([x, y] as const) : ([y, x] as const);
    const key = `${ends[0]}\u0000${ends[1]}`;
    const unit = units.get(key);
    if (!unit) units.set(key, { ends, best: entry });
    else if (order(entry, unit.best) < 0) unit.best = entry;
    return key;
  });
  const byEnd = new Map<string, string[]>();
  for (const [key, { ends }] of units)
    for (const end of new Set(ends)) {
      const list = byEnd.get(end);
      if (list) list.push(key);
      else byEnd.set(end, [key]);
    }
  const kept = new Set<string>();
  for (const keys of byEnd.values()) {
    const best = (key: string) => units.get(key)?.best;
    // Among units as good, the first by key: the choice does not depend on the input's order.
    const ranked =
      keys.length <= perEnd
        ? keys
        : keys.sort((k, l) => compareBest(best(k), best(l), order) || (k < l ? -1 : 1));
    for (const key of ranked.slice(0, perEnd)) kept.add(key);
  }
  const listed = entries.filter((_, i) => kept.has(unitKeys[i] ?? ''));
  return { listed, notListed: entries.length - listed.length };
}

function compareBest<T>(x: T | undefined, y: T | undefined, order: (x: T, y: T) => number) {
  return x === undefined || y === undefined ? 0 : order(x, y);
}

/**
 * Units listed at each end: far more than a module's original and its real overlaps, far
 * below what a list growing with the square of an archive would hold.
 */
export const maxListedPerEnd = 25;
