/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays and per-document arrays indexed within their loop bounds, in loops run for every term of every module or compared pair: an index out of range would be a bug, not input, and a check per element is not worth its cost there. */
import type { Corpus } from './corpus.js';

export interface CandidateOptions {
  /**
   * Terms in more documents than this are not used to find candidates: they are too common
   * to say two modules teach the same thing, and their posting lists are what would make the
   * search quadratic. Pairs are still scored on all their terms.
   */
  readonly maxDf: number;
  /** Keep a pair whose partial cosine over the indexed terms reaches this… */
  readonly minPartialCosine: number;
  /** …or whose smaller side has this share of its weight among the shared indexed terms… */
  readonly minPartialContainment: number;
  /**
   * …or whose partial cosine over the indexed terms and the chance bigrams (`Corpus.chance`)
   * reaches this: a chance bigram says nothing of a subject, so a pair that shares mostly
   * those is worth scoring only as a likely near copy.
   */
  readonly minCopyCosine: number;
}

/**
 * The posting-list cap for a corpus of n documents: at least 50, else 0.2 % of n. Measured at
 * 100,000 synthetic modules (`npm run bench`): 0.5 % found the same planted pairs and reported
 * the same overlaps, 0.7 s slower.
 */
export function defaultMaxDf(n: number): number {
  return Math.max(50, Math.ceil(n * 0.002));
}

/**
 * An inverted index over the specific (non-generic, not-too-common) terms of the documents
 * that stand for their copy group, and those documents' indexed terms: typed arrays only, so
 * that other threads can share it (`candidatesAmong`).
 */
export interface CandidateIndex {
  readonly documents: number;
  /** Postings of term t: documents postingDoc[start[t] … start[t + 1]), in increasing order. */
  readonly start: Int32Array;
  readonly postingDoc: Int32Array;
  readonly postingWeight: Float32Array;
  /** Indexed terms of document d: docTerm[docStart[d] … docStart[d + 1]), in term order. */
  readonly docStart: Int32Array;
  readonly docTerm: Int32Array;
  readonly docWeight: Float32Array;
  readonly termWeight: Float64Array;
  readonly mass: Float64Array;
  /** 1 for a chance bigram (`Corpus.chance`). */
  readonly chance: Uint8Array;
  readonly minPartialCosine: number;
  readonly minPartialContainment: number;
  readonly minCopyCosine: number;
}

/**
 * @param shared whether other threads will read the index: its arrays are then allocated in
 *   `SharedArrayBuffer`s, the corpus's weights and masses copied into them; else the corpus's
 *   own arrays are used as they are.
 */
export function buildCandidateIndex(
  corpus: Corpus,
  options: CandidateOptions,
  shared = false,
): CandidateIndex {
  const n = corpus.modules.length;
  const { df, generic, copyGroup } = corpus;
  const indexed = (t: number) => generic[t] === 0 && df[t]! <= options.maxDf && df[t]! >= 2;
  // One document per copy group stands for it: copies are grouped already (copies.ts).
  const stands = (d: number) => copyGroup[d] === d;
  const allocate = (bytes: number) =>
    shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  const int32 = (length: number) => new Int32Array(allocate(length * 4));
  const float32 = (length: number) => new Float32Array(allocate(length * 4));
  /** An array itself, or when the index is shared, its copy in shared memory (`view` of it). */
  const inShared = <T extends Float64Array | Uint8Array>(
    array: T,
    view: (buffer: SharedArrayBuffer) => T,
  ): T => {
    if (!shared) return array;
    const copy = view(new SharedArrayBuffer(array.byteLength));
    copy.set(array);
    return copy;
  };

  const termCount = df.length;
  const start = int32(termCount + 1);
  const docStart = int32(n + 1);
  corpus.terms.forEach((ids, d) => {
    let count = 0;
    if (stands(d))
      for (const t of ids)
        if (indexed(t)) {
          start[t + 1]!++;
          count++;
        }
    docStart[d + 1] = docStart[d]! + count;
  });
  for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, termCount);
  const postingDoc = int32(start[termCount]!);
  const postingWeight = float32(start[termCount]!);
  const docTerm = int32(docStart[n]!);
  const docWeight = float32(docStart[n]!);
  for (let d = 0, k = 0; d < n; d++) {
    if (!stands(d)) continue;
    const ids = corpus.terms[d]!;
    const w = corpus.weights[d]!;
    for (let x = 0; x < ids.length; x++) {
      const t = ids[x]!;
      if (!indexed(t)) continue;
      const p = fill[t]!++;
      postingDoc[p] = d;
      postingWeight[p] = w[x]!;
      docTerm[k] = t;
      docWeight[k++] = w[x]!;
    }
  }
  return {
    documents: n,
    start,
    postingDoc,
    postingWeight,
    docStart,
    docTerm,
    docWeight,
    termWeight: inShared(corpus.termWeight, (buffer) => new Float64Array(buffer)),
    mass: inShared(corpus.mass, (buffer) => new Float64Array(buffer)),
    chance: inShared(corpus.chance, (buffer) => new Uint8Array(buffer)),
    minPartialCosine: options.minPartialCosine,
    minPartialContainment: options.minPartialContainment,
    minCopyCosine: options.minCopyCosine,
  };
}

/**
 * The candidate pairs [i, j] (i < j) of the documents i = first, first + step, …: those whose
 * partial cosine over the indexed terms, or the share of the smaller side's weight among them,
 * reaches the index's threshold. Flattened, in increasing order of i then j.
 */
export function candidatesAmong(
  index: CandidateIndex,
  first = 0,
  step = 1,
): Int32Array<ArrayBuffer> {
  const { documents: n, start, postingDoc, postingWeight, docStart, docTerm, docWeight } = index;
  const { termWeight, mass, chance } = index;
  const dot = new Float64Array(n);
  const chanceDot = new Float64Array(n);
  const shared = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  let out = new Int32Array(1024);
  let size = 0;
  for (let i = first; i < n; i += step) {
    let count = 0;
    for (let k = docStart[i]!; k < docStart[i + 1]!; k++) {
      const t = docTerm[k]!;
      const wi = docWeight[k]!;
      const tw = termWeight[t]!;
      const byChance = chance[t] === 1;
      // Postings are in increasing document order: walk back from the end while j > i.
      for (let p = start[t + 1]! - 1; p >= start[t]!; p--) {
        const j = postingDoc[p]!;
        if (j <= i) break;
        if (seen[j] === 0) {
          seen[j] = 1;
          touched[count++] = j;
        }
        if (byChance) chanceDot[j]! += wi * postingWeight[p]!;
        else {
          dot[j]! += wi * postingWeight[p]!;
          shared[j]! += tw;
        }
      }
    }
    let kept = 0;
    for (let k = 0; k < count; k++) {
      const j = touched[k]!;
      const smaller = Math.min(mass[i]!, mass[j]!) || 1;
      if (
        dot[j]! >= index.minPartialCosine ||
        shared[j]! / smaller >= index.minPartialContainment ||
        dot[j]! + chanceDot[j]! >= index.minCopyCosine
      )
        touched[kept++] = j; // kept pairs move to the front: k ≥ kept, nothing unread is lost
      dot[j] = 0;
      chanceDot[j] = 0;
      shared[j] = 0;
      seen[j] = 0;
    }
    if (size + 2 * kept > out.length) {
      const grown = new Int32Array(Math.max(out.length * 2, size + 2 * kept));
      grown.set(out);
      out = grown;
    }
    for (const j of touched.subarray(0, kept).sort()) {
      out[size++] = i;
      out[size++] = j;
    }
  }
  return out.slice(0, size);
}

/** The pairs of `candidatesAmong` for every `first` in 0 … step − 1, merged in order of i. */
export function mergeCandidates(parts: readonly Int32Array[]): Int32Array {
  const out = new Int32Array(parts.reduce((s, p) => s + p.length, 0));
  const at = parts.map(() => 0);
  for (let size = 0; size < out.length;) {
    let best = -1;
    parts.forEach((part, w) => {
      if (at[w]! < part.length && (best < 0 || part[at[w]!]! < parts[best]![at[best]!]!)) best = w;
    });
    const part = parts[best]!;
    const i = part[at[best]!]!;
    // Every pair of one document i comes from one part, in a run.
    while (at[best]! < part.length && part[at[best]!] === i) {
      out[size++] = i;
      out[size++] = part[at[best]! + 1]!;
      at[best]! += 2;
    }
  }
  return out;
}

/**
 * Pairs of distinct contents (one document per copy group) worth scoring exactly. A pair that
 * shares no indexed term is never a candidate, and so never overlaps: sharing only generic
 * words is not overlap. Returns pairs as [i, j] with i < j, flattened, in increasing order of
 * i then j.
 */
export function findCandidates(corpus: Corpus, options: CandidateOptions): Int32Array {
  return candidatesAmong(buildCandidateIndex(corpus, options));
}
