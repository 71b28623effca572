/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays and per-document arrays indexed within their loop bounds, in loops run for every term of every module: an index out of range would be a bug, not input, and a check per element is not worth its cost there. */
import type { Vocabulary } from './corpus-vocabulary.js';

/**
 * How the terms spread over the documents: in how many distinct contents each stands, whether
 * a bigram stands there more often than chance would put it, and whether one place's schools
 * alone hold it.
 */

/** Document frequencies of each term, in all fields and in title heads. */
export interface DocumentFrequencies {
  readonly df: Int32Array;
  readonly titleDf: Int32Array;
}

/**
 * Document frequencies over distinct contents: a copy group counts once, however many
 * schools hold it, so copies never make their own words look common (and hide themselves).
 * `copyGroup`: each document's group, by any number that names it.
 */
export function documentFrequencies(
  terms: readonly Int32Array[],
  titleTerms: readonly Int32Array[],
  copyGroup: Int32Array,
  termCount: number,
): DocumentFrequencies {
  // Read group by group: a term's last group seen tells whether this group counted it.
  const byGroup = Int32Array.from(terms.keys()).sort(
    (a, b) => copyGroup[a]! - copyGroup[b]! || a - b,
  );
  const df = new Int32Array(termCount);
  const titleDf = new Int32Array(termCount);
  const seenIn = new Int32Array(termCount).fill(-1);
  const titleSeenIn = new Int32Array(termCount).fill(-1);
  for (const d of byGroup) {
    const group = copyGroup[d]!;
    for (const t of terms[d]!) if (seenIn[t] !== group) [seenIn[t], df[t]] = [group, df[t]! + 1];
    for (const t of titleTerms[d]!)
      if (titleSeenIn[t] !== group) [titleSeenIn[t], titleDf[t]] = [group, titleDf[t]! + 1];
  }
  return { df, titleDf };
}

/**
 * At most this many providers share a place's own words: the campuses of one province. An
 * added phrase many schools write ("liên hệ thực tiễn địa phương") is nobody's own.
 */
export const maxLocalOwners = 16;

/**
 * 1 for local terms: held by no national module (whose words are everyone's) and by the
 * schools of one place only: one provider, or the few campuses of one province ("An Giang",
 * "An Giang cơ sở 2"), which teach its history alike. `owner`: each document's provider as a
 * number, -1 for a national module.
 */
export function localTerms(
  terms: readonly Int32Array[],
  owner: Int32Array,
  termCount: number,
): Uint8Array {
  // Counted over the modules provider by provider: how many providers hold each term, up to
  // one more than `maxLocalOwners`.
  const ownerCount = new Int32Array(termCount);
  const lastOwner = new Int32Array(termCount).fill(-1);
  const heldNationally = new Uint8Array(termCount);
  const byOwner = Int32Array.from(terms.keys()).sort((a, b) => owner[a]! - owner[b]! || a - b);
  for (const d of byOwner) {
    const o = owner[d]!;
    for (const t of terms[d]!) {
      if (o < 0) heldNationally[t] = 1;
      else if (lastOwner[t] !== o && ownerCount[t]! <= maxLocalOwners) {
        lastOwner[t] = o;
        ownerCount[t]!++;
      }
    }
  }
  return Uint8Array.from(ownerCount, (count, t) =>
    heldNationally[t] === 0 && count >= 1 && count <= maxLocalOwners ? 1 : 0,
  );
}

/**
 * A bigram is a chance adjacency when it occurs less than this many times as often as its
 * two syllables' frequencies predict were they independent. Words and names stand far above
 * it ("phát triển", "linear algebra": hundreds of times); syllables drawn at random stand at
 * about 1.
 */
export const minAssociation = 4;

/**
 * 1 for each bigram term whose occurrences over the distinct contents (`distinct(d)`), by
 * field-weighted frequency, stand below `minAssociation` times what its syllables' own
 * frequencies predict (first × second ÷ total), where they predict at least one: below that,
 * as in a small archive, the count cannot tell a word from chance, and the bigram stays one.
 * They make no word, so sharing them is evidence of a copy only, never of a subject (a narrow
 * vocabulary puts every pair of its syllables side by side somewhere).
 */
export function chanceBigrams(
  vocabulary: Vocabulary,
  terms: readonly Int32Array[],
  tf: readonly Float64Array[],
  distinct: (d: number) => boolean,
): Uint8Array {
  const size = vocabulary.size;
  const count = new Float64Array(size);
  let total = 0;
  terms.forEach((ids, d) => {
    if (!distinct(d)) return;
    const f = tf[d]!;
    for (let k = 0; k < ids.length; k++) {
      count[ids[k]!]! += f[k]!;
      if (!vocabulary.isBigram(ids[k]!)) total += f[k]!;
    }
  });
  const chance = new Uint8Array(size);
  for (let t = 0; t < size; t++) {
    const firstTerm = vocabulary.syllableTerm(t, 0);
    if (firstTerm < 0 || count[t] === 0) continue;
    const first = count[firstTerm]!;
    const next = count[vocabulary.syllableTerm(t, 1)]!;
    // Expected less than once, a bigram's count tells nothing either way (a small archive).
    if (first * next < total) continue;
    if (count[t]! * total < minAssociation * first * next) chance[t] = 1;
  }
  return chance;
}
