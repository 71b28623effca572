/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays and per-document arrays indexed within their loop bounds, in loops run for every term of every module: an index out of range would be a bug, not input, and a check per element is not worth its cost there. */
import { Arena } from './arena.js';
import { idf } from './weights.js';

/** Weight factor of generic terms (kỹ năng, quản lý, introduction…): present, but faint. */
export const genericFactor = 0.2;

/**
 * A term in at least this many distinct contents is common. Set by measurement on the
 * national-archive benchmark, the MIT catalogue and examples/vn-cadre (`npm run
 * bench:national`, `npm run bench:quality`).
 */
export function commonDf(distinct: number): number {
  return Math.max(8, Math.ceil(distinct * 0.01));
}

/** How much sharing each term says (the `Corpus` fields of the same names). */
export interface TermWeights {
  /** 1 for terms that many distinct contents use (`commonDf`). */
  readonly common: Uint8Array;
  /** 1 for terms that many title heads hold. */
  readonly headCommon: Uint8Array;
  /** IDF × generic damping. */
  readonly termWeight: Float64Array;
  /** The same over title heads only. */
  readonly titleTermWeight: Float64Array;
  /** For a common term that is no chance bigram, its weight where it heads two titles; else 0. */
  readonly headWeight: Float64Array;
}

/**
 * The weight of each term, from its document frequencies over `distinct` contents (`df`) and
 * over title heads (`titleDf`): IDF, damped for generic terms (`generic`) and for common ones,
 * which a frame that recurs with a different filler each time is made of.
 */
export function termWeights(
  distinct: number,
  df: Int32Array,
  titleDf: Int32Array,
  generic: Uint8Array,
  chance: Uint8Array,
): TermWeights {
  const common = Uint8Array.from(df, (count) => (count >= commonDf(distinct) ? 1 : 0));
  // Common as a head: what many titles are about ("Lịch sử Đảng bộ tỉnh …"), not what frames
  // them ("… trong thời kỳ quá độ lên chủ nghĩa xã hội"): a phrase common only as a frame is
  // the subject of a title it heads.
  const headCommon = Uint8Array.from(titleDf, (count) => (count >= commonDf(distinct) ? 1 : 0));
  const termCount = df.length;
  const termWeight = new Float64Array(termCount);
  const titleTermWeight = new Float64Array(termCount);
  const headWeight = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) {
    const damp = generic[t] === 1 || common[t] === 1 ? genericFactor : 1;
    termWeight[t] = idf(distinct, df[t]!) * damp;
    titleTermWeight[t] = idf(distinct, titleDf[t]!) * damp;
    headWeight[t] = common[t] === 1 && chance[t] === 0 ? idf(distinct, df[t]!) : 0;
  }
  return { common, headCommon, termWeight, titleTermWeight, headWeight };
}

/** Each document as a vector, and how much it holds: what cosine and containment divide by. */
export interface DocumentVectors {
  /** L2-normalised TF-IDF weights, aligned with the document's terms. */
  readonly weights: Float32Array[];
  /** Σ termWeight over each document's terms that are not common, plus its title's heads. */
  readonly mass: Float64Array;
}

/**
 * Each document's TF-IDF vector (log-scaled field-weighted frequency × `termWeight`,
 * L2-normalised) and its mass: the weight of what it may share with another, the denominator
 * of containment.
 */
export function documentVectors(
  terms: readonly Int32Array[],
  tf: readonly Float64Array[],
  titleTerms: readonly Int32Array[],
  w: TermWeights,
): DocumentVectors {
  const { termWeight, common, headCommon, headWeight } = w;
  const weights: Float32Array[] = [];
  const arena = new Arena<Float32Array<ArrayBuffer>>(Float32Array);
  const mass = new Float64Array(terms.length);
  for (let d = 0; d < terms.length; d++) {
    const ids = terms[d]!;
    // A frame's phrase that heads this title is what it teaches (`headWeight`).
    for (const t of titleTerms[d]!) if (headCommon[t] === 0) mass[d]! += headWeight[t]!;
    const vector = arena.take(ids.length);
    let norm = 0;
    let m = 0;
    for (let k = 0; k < ids.length; k++) {
      const t = ids[k]!;
      const x = (1 + Math.log(Math.max(1, tf[d]![k]!))) * termWeight[t]!;
      vector[k] = x;
      norm += x * x;
      // A frame's common words are no part of what one module may teach inside another.
      if (common[t] === 0) m += termWeight[t]!;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < vector.length; k++) vector[k]! /= norm;
    weights.push(vector);
    mass[d]! += m;
  }
  return { weights, mass };
}

/** Σ `copyWeight` over each document's terms: the denominator of how wholly a copy holds it. */
export function copyMasses(terms: readonly Int32Array[], copyWeight: Float64Array): Float64Array {
  return Float64Array.from(terms, (ids) => {
    let m = 0;
    for (const t of ids) m += copyWeight[t] ?? 0;
    return m;
  });
}
