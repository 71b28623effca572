import { describe, expect, it } from 'vitest';
import {
  type TermWeights,
  commonDf,
  copyMasses,
  documentVectors,
  genericFactor,
  termWeights,
} from '../../src/overlap/corpus-weights.js';

const idf = (n: number, df: number) => Math.log((1 + n) / (1 + df)) + 1;

describe('commonDf', () => {
  it('is 8 distinct contents at least, else one in a hundred', () => {
    expect(commonDf(10)).toBe(8);
    expect(commonDf(800)).toBe(8);
    expect(commonDf(1000)).toBe(10);
    expect(commonDf(1001)).toBe(11);
  });
});

describe('termWeights', () => {
  // Ten distinct contents: a term in 8 or more is common.
  // Terms: 0 rare; 1 common, not in titles; 2 common in all fields and titles, a chance
  // bigram; 3 generic; 4 common, heads two titles.
  const w = termWeights(
    10,
    Int32Array.from([1, 9, 9, 3, 8]),
    Int32Array.from([1, 0, 9, 0, 2]),
    Uint8Array.from([0, 0, 0, 1, 0]),
    Uint8Array.from([0, 0, 1, 0, 0]),
  );

  it('flags common terms, by all fields and by title heads', () => {
    expect([...w.common]).toEqual([0, 1, 1, 0, 1]);
    expect([...w.headCommon]).toEqual([0, 0, 1, 0, 0]);
  });

  it('weighs a term by its IDF, damped where it is generic or common', () => {
    const expected = [idf(10, 1), idf(10, 9) * genericFactor, idf(10, 9) * genericFactor];
    expected.push(idf(10, 3) * genericFactor, idf(10, 8) * genericFactor);
    expected.forEach((x, t) => expect(w.termWeight[t]).toBeCloseTo(x, 12));
  });

  it('weighs title terms by their IDF over title heads, with the same damping', () => {
    const expected = [idf(10, 1), idf(10, 0) * genericFactor, idf(10, 9) * genericFactor];
    expected.push(idf(10, 0) * genericFactor, idf(10, 2) * genericFactor);
    expected.forEach((x, t) => expect(w.titleTermWeight[t]).toBeCloseTo(x, 12));
  });

  it('gives a head weight, undamped, to common terms that are no chance bigram', () => {
    expect([...w.headWeight]).toEqual([0, idf(10, 9), 0, 0, idf(10, 8)]);
  });
});

describe('documentVectors', () => {
  const weights: TermWeights = {
    termWeight: Float64Array.from([1, 2, 0.5]),
    common: Uint8Array.from([0, 0, 1]),
    headCommon: Uint8Array.from([0, 1, 0]),
    headWeight: Float64Array.from([0, 3, 4]),
    titleTermWeight: new Float64Array(3),
  };

  it('weighs each term by 1 + ln(tf) × its weight, L2-normalised', () => {
    // tf below 1 counts as 1.
    const { weights: vectors } = documentVectors(
      [Int32Array.from([0, 1, 2])],
      [Float64Array.from([1, Math.E, 0.5])],
      [Int32Array.from([])],
      weights,
    );
    const norm = Math.sqrt(1 * 1 + 4 * 4 + 0.5 * 0.5);
    const vector = vectors[0]!;
    expect(vector).toBeInstanceOf(Float32Array);
    [1 / norm, 4 / norm, 0.5 / norm].forEach((x, k) => expect(vector[k]).toBeCloseTo(x, 6));
  });

  it("masses what is not common, and the head weights of the title's terms not common as heads", () => {
    const { mass } = documentVectors(
      [Int32Array.from([0, 1, 2]), Int32Array.from([0, 1, 2])],
      [Float64Array.from([1, 1, 1]), Float64Array.from([1, 1, 1])],
      [Int32Array.from([]), Int32Array.from([1, 2])],
      weights,
    );
    // Terms 0 and 1 are not common: 1 + 2. In the title, term 1 is common as a head, term 2 not: 4.
    expect([...mass]).toEqual([3, 7]);
  });

  it('leaves an empty document an empty vector and no mass', () => {
    const { weights: vectors, mass } = documentVectors(
      [Int32Array.from([])],
      [Float64Array.from([])],
      [Int32Array.from([])],
      weights,
    );
    expect(vectors[0]).toHaveLength(0);
    expect([...mass]).toEqual([0]);
  });
});

describe('copyMasses', () => {
  it("sums each document's copy weights", () => {
    const masses = copyMasses(
      [Int32Array.from([0, 2]), Int32Array.from([1]), Int32Array.from([])],
      Float64Array.from([1.5, 2, 0.25]),
    );
    expect([...masses]).toEqual([1.75, 2, 0]);
  });
});
