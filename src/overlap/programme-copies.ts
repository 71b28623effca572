/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays indexed by document and programme numbers within their loop bounds: an index out of range would be a bug, not input. */

/**
 * Programmes copied without a `provider` (docs/format.md §7.3). Most real archives are files
 * collected from schools, and none says whose it is: each school's copy of a national
 * programme is a programme of its own id at the national programme's track and level. Unless
 * they are recognised, every copy counts as one more national programme, and whatever pairs
 * programmes (exemptions, pathways, programme-level findings) grows with the square of the
 * schools.
 *
 * A programme most of whose modules are in the copy groups of one other programme's modules
 * is a copy of it. Which one is the original, when none declares anything, is elected: in
 * each copy group, the holder whose text is the one most copies hold, which adds fewest
 * modules of its own, and, of equals, whose id is shortest (schools add suffixes:
 * `trung-cap-llct` before `trung-cap-llct-thanh-hoa-27`). Linear in the modules.
 */

export interface ProgrammeCopyInput {
  /** The programme (an index into `programmes`) of each document. */
  readonly programmeOf: Int32Array;
  /** Each document's copy group (any number naming it), as from `findCopyGroups`. */
  readonly copy: Int32Array;
  /** Each document's group of identical texts. */
  readonly exact: Int32Array;
  readonly programmes: readonly {
    readonly id: string;
    /** A programme that declares its provider is never inferred a copy (declared wins). */
    readonly declared: boolean;
  }[];
}

/** A programme is a copy when at least this share of its compared modules copy one other's. */
export const minCopiedShare = 0.5;

/**
 * For each programme (by index), the programme it copies, or -1: an original, a programme that
 * declares its provider, or one that copies no single programme for most of its modules.
 * Copies are never chained: a copy of a copy is a copy of the original.
 */
export function inferProgrammeCopies(input: ProgrammeCopyInput): Int32Array {
  const { programmeOf, copy, exact, programmes } = input;
  const n = programmeOf.length;
  const count = programmes.length;
  const size = new Int32Array(count);
  for (let d = 0; d < n; d++) size[programmeOf[d]!]!++;

  // The text most copies of each group hold (ties: the smaller group number).
  const exactSize = new Int32Array(n);
  for (let d = 0; d < n; d++) exactSize[exact[d]!]!++;
  const modal = new Int32Array(n).fill(-1);
  for (let d = 0; d < n; d++) {
    const g = copy[d]!;
    const e = exact[d]!;
    const best = modal[g]!;
    if (
      best < 0 ||
      exactSize[e]! > exactSize[best]! ||
      (exactSize[e] === exactSize[best] && e < best)
    )
      modal[g] = e;
  }
  // Holders of each group, to find the modules a programme alone holds.
  const firstHolder = new Int32Array(n).fill(-1);
  const shared = new Uint8Array(n);
  for (let d = 0; d < n; d++) {
    const g = copy[d]!;
    const p = programmeOf[d]!;
    if (firstHolder[g] === -1) firstHolder[g] = p;
    else if (firstHolder[g] !== p) shared[g] = 1;
  }
  // How like the original each programme is: its modules in the modal text, less the modules
  // no other programme holds (a school's local additions).
  const likeness = new Float64Array(count);
  for (let d = 0; d < n; d++) {
    const p = programmeOf[d]!;
    if (shared[copy[d]!] === 0) likeness[p]! -= 1;
    else if (exact[d] === modal[copy[d]!]) likeness[p]! += 1;
  }
  const better = (p: number, q: number): boolean => {
    const [a, b] = [programmes[p]!, programmes[q]!];
    if (a.declared !== b.declared) return !a.declared;
    if (likeness[p] !== likeness[q]) return likeness[p]! > likeness[q]!;
    if (a.id.length !== b.id.length) return a.id.length < b.id.length;
    return p < q;
  };
  const anchor = new Int32Array(n).fill(-1);
  for (let d = 0; d < n; d++) {
    const g = copy[d]!;
    const p = programmeOf[d]!;
    if (anchor[g] === -1 || better(p, anchor[g]!)) anchor[g] = p;
  }

  // Each programme's most frequent anchor among its modules' groups.
  const copyOf = new Int32Array(count).fill(-1);
  const order = Int32Array.from({ length: n }, (_, d) => d).sort(
    (a, b) => programmeOf[a]! - programmeOf[b]! || a - b,
  );
  const tally = new Map<number, number>();
  for (let k = 0; k < n;) {
    const p = programmeOf[order[k]!]!;
    tally.clear();
    for (; k < n && programmeOf[order[k]!] === p; k++) {
      const a = anchor[copy[order[k]!]!]!;
      tally.set(a, (tally.get(a) ?? 0) + 1);
    }
    if (programmes[p]!.declared) continue;
    let best = -1;
    let bestCount = 0;
    for (const [a, c] of tally)
      if (a !== p && (c > bestCount || (c === bestCount && a < best))) [best, bestCount] = [a, c];
    const own = tally.get(p) ?? 0;
    if (best >= 0 && bestCount >= minCopiedShare * size[p]! && bestCount > own) copyOf[p] = best;
  }
  // A copy of a copy is a copy of the original.
  return Int32Array.from(copyOf, (original) => {
    const seen = new Set<number>();
    while (original >= 0 && copyOf[original]! >= 0 && !seen.has(original)) {
      seen.add(original);
      original = copyOf[original]!;
    }
    return original;
  });
}
