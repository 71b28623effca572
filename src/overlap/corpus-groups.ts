/* eslint-disable @typescript-eslint/no-non-null-assertion -- per-document arrays indexed by document numbers within their bounds: out of range would be a bug, not input. */
import type { Module } from '../model/catalog.js';
import { type CopyGroups, type CopyInput, findCopyGroups } from './copies.js';

/** The copy groups of the corpus's documents, and who holds each document. */
export interface CorpusGroups {
  /** As `findCopyGroups` finds them (each group named by its first document). */
  readonly groups: CopyGroups;
  /** Each document's provider as a number (by first appearance); -1 for a national module. */
  readonly owner: Int32Array;
  /** 1 for a module of no provider: a national programme's, the original schools copy. */
  readonly national: Uint8Array;
  /** The head of each document's copy group (`headedByOriginal`). */
  readonly copyGroup: Int32Array;
  /** Distinct contents: the number of copy groups. */
  readonly distinct: number;
}

/**
 * Groups the documents into copy groups (`copies.ts`), within each level of `levelOf`, then
 * asks `owners` who holds each module, as that may depend on the groups (a school's copy that
 * declares no provider is known by what it copies), and heads each group by its original.
 */
export function groupCopies(
  modules: readonly Module[],
  read: Omit<CopyInput, 'level'>,
  levelOf: (module: Module) => string,
  owners: (groups: CopyGroups) => (module: Module) => string | undefined,
): CorpusGroups {
  const level = numberByKey(modules, levelOf);
  const groups = findCopyGroups({
    terms: read.terms,
    tf: read.tf,
    titleTerms: read.titleTerms,
    level,
  });
  const owner = numberByKey(modules, owners(groups));
  const national = Uint8Array.from(owner, (o) => (o < 0 ? 1 : 0));
  const copyGroup = headedByOriginal(groups.copy, national);
  let distinct = 0;
  copyGroup.forEach((head, d) => {
    if (head === d) distinct++;
  });
  return { groups, owner, national, copyGroup, distinct };
}

/**
 * A number for each item's key, in the order keys first appear (0, 1, 2…); -1 where the key
 * is undefined.
 */
export function numberByKey<T>(items: readonly T[], keyOf: (item: T) => string | undefined) {
  const ids = new Map<string, number>();
  return Int32Array.from(items, (item) => {
    const key = keyOf(item);
    if (key === undefined) return -1;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  });
}

/**
 * Copy groups, each headed by its first module of no provider (the national module the
 * schools copied) where it holds one, else by its first module. The head stands for the
 * group in candidate search and in the pairs between groups, so those are measured on the
 * original and named by it ("cao-cap-llct/…", not the first school's copy by ref).
 */
export function headedByOriginal(copy: Int32Array, national: Uint8Array): Int32Array {
  const head = new Int32Array(copy.length).fill(-1);
  copy.forEach((root, d) => {
    if (head[root] === -1 && national[d] === 1) head[root] = d;
  });
  return Int32Array.from(copy, (root) => (head[root] === -1 ? root : head[root]!));
}
