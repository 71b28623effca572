import { isMap, isNode, isScalar, isSeq } from 'yaml';
import type { SourceLocation } from '../model/location.js';
import { type SourceText, positionOf } from './source.js';

export type DataPath = readonly (string | number)[];

export interface Located extends SourceLocation {
  readonly endLine: number;
  readonly endColumn: number;
}

/**
 * Where each node of a document is written, kept after the YAML syntax tree is dropped (a
 * parsed tree costs many times the file size in memory; this index, a small fraction of it).
 * Items of `topics` and `outcomes` are indexed one by one only with `everyItem` (for schema
 * errors): nothing after validation points into them.
 */
export interface LocationIndex {
  readonly source: SourceText;
  /**
   * The path keys of the nodes, sorted and written one after another: the index is sent from
   * the loading workers, and a few strings and arrays a document cost less to copy and to
   * keep than a map with an entry for every node (100,000 modules: ~0.7 s of a 20 s run).
   */
  readonly paths: string;
  /**
   * Four numbers a node, in the order of `paths`: where its key starts in `paths`, the start
   * and end offsets of its value, and the start of its key in a mapping (-1 if none).
   */
  readonly spans: Int32Array;
}

/** An index still being built, by `indexLocations`; `sealLocations` makes it a `LocationIndex`. */
export interface GrowingLocationIndex {
  readonly source: SourceText;
  /** Path key → start and end offsets of the value, and the start of its key in a mapping. */
  readonly nodes: Map<string, readonly [start: number, end: number, keyStart: number]>;
}

/** The index of the nodes under each root: `indexLocations`, sealed. */
export function locationIndex(
  source: SourceText,
  roots: readonly IndexRoot[],
  options: IndexOptions = {},
): LocationIndex {
  return sealLocations(indexLocations(source, roots, options));
}

/** A finished index, in the compact form `locate` searches. */
export function sealLocations(index: GrowingLocationIndex): LocationIndex {
  const keys = [...index.nodes.keys()].sort();
  const spans = new Int32Array(keys.length * 4);
  let at = 0;
  keys.forEach((key, k) => {
    const [start, end, keyStart] = index.nodes.get(key) ?? [0, 0, -1];
    spans[k * 4] = at;
    spans[k * 4 + 1] = start;
    spans[k * 4 + 2] = end;
    spans[k * 4 + 3] = keyStart;
    at += key.length;
  });
  return { source: index.source, paths: keys.join(''), spans };
}

/** The entry of a path key in a sealed index (binary search), or -1. */
function entryOf(index: LocationIndex, key: string): number {
  const { paths, spans } = index;
  const count = spans.length / 4;
  const keyAt = (k: number) => spans[k * 4] ?? 0;
  const keyEnd = (k: number) => (k + 1 < count ? keyAt(k + 1) : paths.length);
  let low = 0;
  let high = count - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const order = compareAt(paths, keyAt(middle), keyEnd(middle), key);
    if (order === 0) return middle;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** `text.slice(start, end)` against `key`, in the order of `Array.prototype.sort`, unsliced. */
function compareAt(text: string, start: number, end: number, key: string): number {
  const length = Math.min(end - start, key.length);
  for (let i = 0; i < length; i++) {
    const difference = text.charCodeAt(start + i) - key.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return end - start - key.length;
}

const separator = '\u0000';
const pathKey = (path: DataPath) => path.join(separator);
const unindexedLists = new Set(['topics', 'outcomes']);

export interface IndexOptions {
  readonly everyItem?: boolean;
}

/** A node of a parsed YAML tree, the path of its value, and where its text starts in the file. */
export interface IndexRoot {
  readonly node: unknown;
  readonly path: DataPath;
  /** Where an offset of the parsed text lies in the file (it may be a piece of the file). */
  readonly place?: (offset: number) => number;
}

/** Indexes the nodes under each root into `into` (a new index by default). */
export function indexLocations(
  source: SourceText,
  roots: readonly IndexRoot[],
  options: IndexOptions = {},
  into: GrowingLocationIndex = { source, nodes: new Map() },
): GrowingLocationIndex {
  const { nodes } = into;
  for (const root of roots) {
    const place = root.place ?? ((offset: number) => offset);
    const stack: Array<{ node: unknown; path: DataPath; keyStart: number }> = [
      { node: root.node, path: root.path, keyStart: -1 },
    ];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      const { node, path, keyStart } = next;
      const range = isNode(node) ? node.range : undefined;
      if (range) nodes.set(pathKey(path), [place(range[0]), place(range[1]), keyStart]);
      if (isMap(node)) {
        for (const pair of node.items) {
          if (!isScalar(pair.key)) continue;
          const key = String(pair.key.value);
          const keyRange = pair.key.range ?? [0, 0, 0];
          // A key with no value (`hours:`) stands for its value: the parser gives such a value
          // an empty range after the colon, which is no place to point a user at.
          const empty = isScalar(pair.value) && pair.value.range?.[0] === pair.value.range?.[1];
          const value = pair.value && !empty ? pair.value : pair.key;
          stack.push({ node: value, path: [...path, key], keyStart: place(keyRange[0]) });
        }
      } else if (
        isSeq(node) &&
        (options.everyItem || !unindexedLists.has(String(path[path.length - 1])))
      ) {
        node.items.forEach((item, i) =>
          stack.push({ node: item, path: [...path, i], keyStart: -1 }),
        );
      }
    }
  }
  return into;
}

/**
 * Where the value at `path` is written. Where the path does not exist (a missing property),
 * the nearest enclosing node that does. With `key: true` a map entry is located at its key,
 * which is where an unknown or duplicate property is best shown.
 */
export function locate(
  index: LocationIndex,
  path: DataPath,
  options: { key?: boolean } = {},
): Located {
  for (let n = path.length; n >= 0; n--) {
    const entry = entryOf(index, pathKey(path.slice(0, n)));
    if (entry < 0) continue;
    const start = index.spans[entry * 4 + 1] ?? 0;
    const end = index.spans[entry * 4 + 2] ?? 0;
    const keyStart = index.spans[entry * 4 + 3] ?? -1;
    const from = options.key && n === path.length && keyStart >= 0 ? keyStart : start;
    const a = positionOf(index.source, from);
    const b = positionOf(
      index.source,
      options.key && keyStart >= 0 && n === path.length ? from + String(path[n - 1]).length : end,
    );
    return { file: index.source.file, ...a, endLine: b.line, endColumn: b.column };
  }
  return { file: index.source.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** JSON Pointer (as ajv reports it) to path segments; array indexes become numbers. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** `modules[3].hours`, the way users read a path. */
export function formatPath(path: DataPath): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
  return out;
}
