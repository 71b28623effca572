/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays and per-document arrays indexed within their loop bounds, in loops run for every term of every module or compared pair: an index out of range would be a bug, not input, and a check per element is not worth its cost there. */
import { idf, nearCopyBounds, sharedWeight } from './weights.js';

/**
 * Copy groups: modules that are one piece of content, however many times an archive holds it
 * (a national module and every provincial school's copy of it). Found in time linear in the
 * number of modules, whatever the size of a group and however common its words:
 *
 * 1. exact copies — the same terms with the same field weights once spelling is normalised
 *    (tone placement, i/y, NFC/NFD, case) and topics are reordered — share one fingerprint;
 * 2. near copies — a topic dropped, a phrase added, a title prefix such as "Chuyên đề:" —
 *    are found with MinHash signatures and LSH banding (Broder 1997; as in datasketch) over
 *    the distinct contents, and kept when one stands almost wholly inside the other, terms
 *    and title alike, by IDF weight: a shared frame with a different filler ("Lịch sử Đảng
 *    bộ tỉnh Nghệ An" / "… Hà Tĩnh") does not, as its fillers are what is rare.
 */

export interface CopyOptions {
  /**
   * Least weighted share of one module's terms found in the other (weights: IDF over all
   * modules, so a school's added stock phrase weighs little and a different filler much).
   */
  readonly minContainment: number;
  /** The same for the two titles. */
  readonly minTitleContainment: number;
  /**
   * Least weighted share of the heavier title found in the lighter: a copy keeps its
   * original's title and may add a stock prefix ("Chuyên đề:", "Bài 3.") but not a word of
   * its own. Without it a bare frame ("Chuyên đề tự chọn") would be a near copy of each of its
   * fillings ("… Nghệ An", "… Hà Tĩnh"), and two modules one word apart ("Nghiệp vụ công tác
   * Đảng ở cơ sở", "… Đảng, đoàn thể ở cơ sở") would be joined by copies of each that drop
   * the topic the other lacks.
   */
  readonly minTitleCoverage: number;
  /**
   * Least weighted share of the heavier module found in the lighter: a copy that drops one
   * long topic of a short module may keep only half of it, where a short module taught inside
   * a long one under the same title (two topics of five) is an overlap.
   */
  readonly minCoverage: number;
}

/**
 * Chosen on the 2,000-school archive without provider (seed 1 of `bench:national`) and
 * reported on others (see `npm run bench:national`): the title keeps a copy with its
 * original and apart from its neighbours, so the content may differ as schools make it
 * differ. A copy that drops a topic and adds a phrase of its own ("vận dụng vào thực tiễn
 * địa phương") holds 0.8–0.85 of its weight in the original.
 */
export const defaultCopyOptions: CopyOptions = {
  minContainment: 0.8,
  minTitleContainment: 0.85,
  minTitleCoverage: 0.85,
  minCoverage: 0.5,
};

/**
 * Across levels a near copy is not grouped but scored (`Corpus.acrossLevels`): a copy with a
 * topic dropped holds its original wholly and is held by it only in part, which the score,
 * not the grouping, weighs.
 */
function acrossOptions(options: CopyOptions): CopyOptions {
  return {
    ...options,
    minContainment: nearCopyBounds.containment,
    minCoverage: nearCopyBounds.resemblance,
  };
}

/** Positions a band's sort key leaves room for: 2^21 distinct contents. */
const positions = 2 ** 21;

/** MinHash signature length and LSH banding: P(candidate) at Jaccard 0.7 ≈ 0.96, at 0.4 ≈ 0.29. */
const bands = 12;
const rows = 4;

export interface CopyInput {
  /** Sorted term ids of each document. */
  readonly terms: readonly Int32Array[];
  /** Field-weighted term frequencies, aligned with `terms`. */
  readonly tf: readonly Float64Array[];
  /** Sorted term ids of each title. */
  readonly titleTerms: readonly Int32Array[];
  /**
   * The level of each document's programme (any number naming it). A copy is held at the
   * level of its original; the same text at another level is a repeat across levels, an
   * overlap to report, not a copy.
   */
  readonly level: Int32Array;
}

export interface CopyGroups {
  /** Each document's copy group, as the number of its first document. */
  readonly copy: Int32Array;
  /** Each document's group of exact copies (identical once spelling is normalised). */
  readonly exact: Int32Array;
  /**
   * Pairs of distinct contents at different levels that stand wholly inside each other as
   * copies do (flat: a, b, a, b…): the same module repeated at another level, found by the
   * MinHash bands whatever its words, where the candidate index, which skips common words,
   * cannot (a narrow vocabulary makes every word common).
   */
  readonly acrossLevels: Int32Array;
  /** The IDF of each term over every document, copies included: what copies are weighed by. */
  readonly weight: Float64Array;
}

/**
 * The copy groups of the documents, each named by its first document (documents are numbered
 * in ref order, so the result does not depend on file order). A document alone is its own
 * group.
 */
export function findCopyGroups(input: CopyInput, options = defaultCopyOptions): CopyGroups {
  const n = input.terms.length;
  const parent = Int32Array.from({ length: n }, (_, d) => d);
  const find = (d: number): number => {
    let root = d;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[d] !== root) [d, parent[d]] = [parent[d]!, root];
    return root;
  };
  const union = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };

  const weight = rawIdf(input.terms);
  // 1. Exact copies: one fingerprint, confirmed term by term (a hash collision is no copy).
  const byFingerprint = new Map<string, number[]>();
  const distinct: number[] = [];
  const exact = Int32Array.from({ length: n }, (_, d) => d);
  for (let d = 0; d < n; d++) {
    const key = `${input.level[d]!}:${fingerprint(input.terms[d]!, input.tf[d]!)}`;
    const firsts = byFingerprint.get(key);
    const same = firsts?.find((f) => sameContent(input, f, d));
    if (same !== undefined) {
      union(same, d);
      exact[d] = same;
    } else {
      if (firsts) firsts.push(d);
      else byFingerprint.set(key, [d]);
      distinct.push(d);
    }
  }

  // 2. Near copies among the distinct contents: documents that share a band of their
  // signature are compared with the few kept for that band. One band at a time, with a
  // number for a bucket key, so that memory stays a few bytes per document.
  // Eight, not four: a module copied by hundreds of schools fills a bucket with reworded
  // copies that each drop a different topic and so hold each other too little to join; the
  // original, read last when its ref sorts after the schools' ("trung-cap-llct-hc/…" after
  // "trung-cap-llct-hc-ha-giang-0/…"), was never an anchor, and copies that dropped the same
  // topic stayed a group of their own (17 of 47,600 copies at 340 schools × 10 campuses).
  const anchorsPerBucket = 8;
  const masses = massesOf(input, weight);
  const acrossLevelOptions = acrossOptions(options);
  const across = new Set<number>();
  const width = bands * rows;
  const signatures = new Uint32Array(distinct.length * width);
  distinct.forEach((d, i) =>
    minHash(input.terms[d]!, signatures.subarray(i * width, (i + 1) * width)),
  );
  // Each band's documents sorted by bucket key, then by their order: a bucket is a run, read
  // in document order (no table of buckets, whose arrays cost more in garbage collection than
  // the comparisons they serve). Key and position share one exact double: 32 bits and at
  // most 2^21 positions.
  if (distinct.length > positions)
    throw new RangeError(`more than ${positions} distinct modules: beyond what one run holds`);
  const order = new Float64Array(distinct.length);
  const anchors: number[] = [];
  for (let b = 0; b < bands; b++) {
    for (let i = 0; i < distinct.length; i++) {
      let key = b;
      for (let r = 0; r < rows; r++) key = mix(key ^ signatures[i * width + b * rows + r]!);
      order[i] = key * positions + i;
    }
    order.sort();
    let bucket = -1;
    for (const packed of order) {
      const key = Math.floor(packed / positions);
      const d = distinct[packed - key * positions]!;
      if (key !== bucket) {
        bucket = key;
        anchors.length = 0;
      }
      for (const a of anchors) {
        if (find(a) === find(d)) continue;
        if (input.level[a] !== input.level[d]) {
          if (isNearCopy(input, masses, a, d, acrossLevelOptions, true)) across.add(a * n + d);
        } else if (isNearCopy(input, masses, a, d, options)) union(a, d);
      }
      if (anchors.length < anchorsPerBucket) anchors.push(d);
    }
  }
  const acrossLevels = Int32Array.from(
    [...across].sort((x, y) => x - y).flatMap((k) => [Math.floor(k / n), k % n]),
  );
  return { copy: Int32Array.from({ length: n }, (_, d) => find(d)), exact, acrossLevels, weight };
}

/** The weights of the terms, and each document's weighed terms and title. */
interface Masses {
  readonly weight: Float64Array;
  readonly terms: Float64Array;
  readonly title: Float64Array;
}

function massesOf(input: CopyInput, weight: Float64Array): Masses {
  const mass = (ids: Int32Array) => {
    let m = 0;
    for (const t of ids) m += weight[t]!;
    return m;
  };
  return {
    weight,
    terms: Float64Array.from(input.terms, mass),
    title: Float64Array.from(input.titleTerms, mass),
  };
}

/**
 * Whether two documents are near copies: one stands inside the other, title and all. What
 * they share weighs at most the lighter side, so sides too unequal fail before any merge.
 */
function isNearCopy(
  input: CopyInput,
  masses: Masses,
  a: number,
  b: number,
  options: CopyOptions,
  anyLevel = false,
): boolean {
  if (!anyLevel && input.level[a] !== input.level[b]) return false;
  return (
    holds(
      masses,
      masses.title,
      input.titleTerms,
      a,
      b,
      options.minTitleContainment,
      options.minTitleCoverage,
    ) && holds(masses, masses.terms, input.terms, a, b, options.minContainment, options.minCoverage)
  );
}

/**
 * Whether one of a and b stands in the other at `inside` of the lighter's weight and
 * `coverage` of the heavier's, over one field's terms (`ids`, weighed `mass`).
 */
function holds(
  masses: Masses,
  mass: Float64Array,
  ids: readonly Int32Array[],
  a: number,
  b: number,
  inside: number,
  coverage: number,
): boolean {
  const lighter = Math.min(mass[a]!, mass[b]!);
  const heavier = Math.max(mass[a]!, mass[b]!);
  if (lighter < coverage * heavier) return false;
  const shared = sharedWeight(ids[a]!, ids[b]!, masses.weight);
  return shared >= inside * lighter && shared >= coverage * heavier;
}

/** IDF of each term over every document, copies included. */
function rawIdf(terms: readonly Int32Array[]): Float64Array {
  let size = 0;
  for (const ids of terms) for (const t of ids) if (t >= size) size = t + 1;
  const df = new Int32Array(size);
  for (const ids of terms) for (const t of ids) df[t]!++;
  return Float64Array.from(df, (count) => idf(terms.length, count));
}

function sameContent(input: CopyInput, a: number, b: number): boolean {
  if (input.level[a] !== input.level[b]) return false;
  const [ta, tb, fa, fb] = [input.terms[a]!, input.terms[b]!, input.tf[a]!, input.tf[b]!];
  if (ta.length !== tb.length) return false;
  for (let k = 0; k < ta.length; k++) if (ta[k] !== tb[k] || fa[k] !== fb[k]) return false;
  return true;
}

/** A 64-bit FNV-1a hash of the terms and their weights, as text. */
function fingerprint(terms: Int32Array, tf: Float64Array): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k]!;
    const w = Math.round(tf[k]! * 8);
    h1 = Math.imul(h1 ^ t, 0x01000193) >>> 0;
    h1 = Math.imul(h1 ^ w, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ (t + 0x9e3779b9), 0x85ebca6b) >>> 0;
    h2 = Math.imul(h2 ^ (h2 >>> 13) ^ w, 0xc2b2ae35) >>> 0;
  }
  return `${terms.length}:${h1.toString(36)}:${h2.toString(36)}`;
}

/**
 * The MinHash signature of a term set into `out`, by one-permutation hashing (Li, Owen and
 * Zhang 2012): each term is hashed once, to one of the signature's bins, and each bin keeps
 * its least value. An empty bin keeps the largest value, which two sets agree on only when
 * both lack terms there. One hash per term instead of one per term and bin: measured on
 * 100,000 modules, 0.86 s of signatures become a few hundredths.
 */
function minHash(terms: Int32Array, out: Uint32Array): void {
  out.fill(0xffffffff);
  for (const t of terms) {
    const h = mix(t ^ 0x9e3779b9);
    const bin = h % out.length;
    const value = mix(h ^ 0x85ebca6b);
    if (value < out[bin]!) out[bin] = value;
  }
}

/** A 32-bit integer mixer (the finaliser of MurmurHash3). */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
