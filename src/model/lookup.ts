import type { Catalog, Programme } from './catalog.js';

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
