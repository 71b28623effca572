import { describe, expect, it } from 'vitest';
import {
  chanceBigrams,
  documentFrequencies,
  localTerms,
  maxLocalOwners,
  minAssociation,
} from '../../src/overlap/corpus-frequencies.js';
import { Vocabulary, none } from '../../src/overlap/corpus-vocabulary.js';

const lists = (...ids: number[][]) => ids.map((list) => Int32Array.from(list));

describe('documentFrequencies', () => {
  it('counts each copy group once, in all fields and in title heads', () => {
    const terms = lists([0, 1], [0, 1], [1, 2]);
    const titles = lists([0], [0], [2]);
    const { df, titleDf } = documentFrequencies(terms, titles, Int32Array.from([0, 0, 2]), 4);
    expect([...df]).toEqual([1, 2, 1, 0]);
    expect([...titleDf]).toEqual([1, 0, 1, 0]);
    // Every document its own group: every copy counts.
    const apart = documentFrequencies(terms, titles, Int32Array.from([0, 1, 2]), 4);
    expect([...apart.df]).toEqual([2, 3, 1, 0]);
    expect([...apart.titleDf]).toEqual([2, 0, 1, 0]);
  });

  it('counts a group once wherever its members stand among the documents', () => {
    // Documents 0 and 2 are one group (headed by 2), document 1 another.
    const terms = lists([0], [0], [0]);
    const { df } = documentFrequencies(terms, lists([], [], []), Int32Array.from([2, 1, 2]), 1);
    expect([...df]).toEqual([2]);
  });
});

describe('localTerms', () => {
  it("flags terms only one place's schools hold, none a national module holds", () => {
    // Document owners: national, school 0, school 1, school 0.
    const terms = lists([0, 1], [1, 2, 3], [2, 4], [3]);
    const owner = Int32Array.from([-1, 0, 1, 0]);
    expect([...localTerms(terms, owner, 6)]).toEqual([0, 0, 1, 1, 1, 0]);
  });

  it(`flags a term of ${maxLocalOwners} providers, not of one more`, () => {
    // Term 0 held by maxLocalOwners providers, term 1 by one more; each twice over.
    const providers = maxLocalOwners + 1;
    const terms: Int32Array[] = [];
    const owners: number[] = [];
    for (let copy = 0; copy < 2; copy++)
      for (let o = 0; o < providers; o++) {
        terms.push(Int32Array.from(o < maxLocalOwners ? [0, 1] : [1]));
        owners.push(o);
      }
    expect([...localTerms(terms, Int32Array.from(owners), 2)]).toEqual([1, 0]);
  });
});

describe('chanceBigrams', () => {
  /** Unigrams a, b, c (terms 0–2), bigrams ab, ba, ac (3–5). */
  function vocabulary(): Vocabulary {
    const v = new Vocabulary();
    const [a, b, c] = ['a', 'b', 'c'].map((key) => v.syllable(key));
    for (const s of [a!, b!, c!]) v.term(s, none);
    v.term(a!, b!);
    v.term(b!, a!);
    v.term(a!, c!);
    return v;
  }
  // a and b 10 times each, c once: 21 unigrams. "ab" once, "ba" 30 times, "ac" once.
  const terms = lists([0, 1, 2, 3, 4, 5]);
  const tf = [Float64Array.from([10, 10, 1, 1, 30, 1])];

  it(`flags a bigram below ${minAssociation}× what its syllables predict`, () => {
    // Predicted: 10 × 10 ÷ 21 ≈ 4.8 each way. "ab" stands at 1, "ba" at 30.
    const chance = chanceBigrams(vocabulary(), terms, tf, () => true);
    expect([...chance]).toEqual([0, 0, 0, 1, 0, 0]);
  });

  it('leaves a bigram its syllables predict less than once: its count tells nothing', () => {
    // "ac": 10 × 1 ÷ 21 < 1, though it stands but once.
    expect(chanceBigrams(vocabulary(), terms, tf, () => true)[5]).toBe(0);
  });

  it('counts the distinct contents only', () => {
    // A second copy that writes "ab" a thousand times is not counted.
    const copies = [...terms, Int32Array.from([3])];
    const copiesTf = [...tf, Float64Array.from([1000])];
    expect(chanceBigrams(vocabulary(), copies, copiesTf, (d) => d === 0)[3]).toBe(1);
    expect(chanceBigrams(vocabulary(), copies, copiesTf, () => true)[3]).toBe(0);
  });
});
