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
 * parsed tree costs ~15x the file size in memory; this index, a small fraction of it).
 * Items of `topics` and `outcomes` are indexed one by one only with `everyItem` (for schema
 * errors): nothing after validation points into them.
 */
export interface LocationIndex {
  readonly source: SourceText;
  /** Path key → start and end offsets of the value, and the start of its key in a mapping. */
  readonly nodes: ReadonlyMap<string, readonly [start: number, end: number, keyStart: number]>;
}

/** An index still being built, by `indexLocations`. */
export interface GrowingLocationIndex extends LocationIndex {
  readonly nodes: Map<string, readonly [start: number, end: number, keyStart: number]>;
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
    const entry = index.nodes.get(pathKey(path.slice(0, n)));
    if (!entry) continue;
    const [start, end, keyStart] = entry;
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
