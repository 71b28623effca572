import type { Catalog, Programme } from './catalog.js';
import { compareStrings } from './order.js';

/**
 * The value of a key the tool itself put in the map (a module ref taken from the catalogue,
 * say). Its absence is a bug in the tool, reported as an internal error, never a fact about
 * the input.
 */
export function mustGet<K extends string | number, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`no entry for ${String(key)}`);
  return value;
}

/**
 * The item at an index the tool itself computed (a document number, a loop bound). Its
 * absence is a bug in the tool, reported as an internal error, never a fact about the input.
 */
export function mustAt<T>(items: ArrayLike<T>, index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at index ${index}`);
  return item;
}

const programmeIndex = new WeakMap<Catalog, ReadonlyMap<string, Programme>>();

/** A catalogue's programmes by id, built once for each catalogue. */
export function programmesById(catalog: Catalog): ReadonlyMap<string, Programme> {
  let index = programmeIndex.get(catalog);
  if (index === undefined) {
    index = new Map(catalog.programmes.map((p) => [p.id, p]));
    programmeIndex.set(catalog, index);
  }
  return index;
}

const providerIndex = new WeakMap<Catalog, ReadonlyMap<string, string>>();

/**
 * A provider as human reports name it (format 1.2, §7.1): the `title` the framework gives it,
 * else the `source` of its programmes (the one most of them give; of equals, the first in
 * code-point order), else its id.
 */
export function providerName(catalog: Catalog, id: string): string {
  let names = providerIndex.get(catalog);
  if (names === undefined) {
    const built = new Map<string, string>();
    const sources = new Map<string, Map<string, number>>();
    for (const p of catalog.programmes) {
      if (p.provider === undefined || p.source === undefined) continue;
      const counts = sources.get(p.provider) ?? new Map<string, number>();
      counts.set(p.source, (counts.get(p.source) ?? 0) + 1);
      sources.set(p.provider, counts);
    }
    for (const [provider, counts] of sources) {
      const [best] = [...counts].sort((x, y) => y[1] - x[1] || compareStrings(x[0], y[0]));
      if (best) built.set(provider, best[0]);
    }
    for (const p of catalog.framework.providers) built.set(p.id, p.title);
    names = built;
    providerIndex.set(catalog, names);
  }
  return names.get(id) ?? id;
}
