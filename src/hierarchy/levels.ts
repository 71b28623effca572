import type { Catalog, Level } from '../model/catalog.js';

/** Level refs some programme provides (its own level) or satisfies (its certificate counts for). */
export function reachedLevels(catalog: Catalog): ReadonlySet<string> {
  const reached = new Set<string>();
  for (const p of catalog.programmes) {
    reached.add(p.levelRef);
    for (const ref of p.satisfies) reached.add(ref);
  }
  return reached;
}

/** A level as readers know it: its title, with the ref for finding it in the files. */
export function describeLevel(level: Level): string {
  return level.title === level.id ? `"${level.ref}"` : `"${level.title}" (${level.ref})`;
}
