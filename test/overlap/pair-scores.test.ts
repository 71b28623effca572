import { describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../../src/overlap/corpus.js';
import { PairScores } from '../../src/overlap/pair-scores.js';
import {
  combineScore,
  defaultScoreParams,
  measurePair,
  scoreAtLeast,
} from '../../src/overlap/score.js';
import { makeCatalog } from '../helpers/catalog.js';

const { modules } = makeCatalog([
  {
    id: 'p',
    modules: [
      { id: 'a', title: 'Quản lý hành chính nhà nước', topics: ['Công vụ và công chức'] },
      { id: 'b', title: 'Hành chính nhà nước', topics: ['Công vụ, công chức'] },
      { id: 'c', title: 'Lịch sử Đảng', topics: ['Đảng ra đời'] },
    ],
  },
]);
const corpus = buildCorpus(modules);
// Not the default: the scores must be taken with the parameters given.
const params = { ...defaultScoreParams, containmentFactor: 0.5, topicFactor: 0.5 };

describe('PairScores', () => {
  it('numbers a pair the same either way round, and apart from every other pair', () => {
    const scores = new PairScores(corpus, params);
    expect(scores.key(0, 2)).toBe(scores.key(2, 0));
    const keys = [scores.key(0, 1), scores.key(0, 2), scores.key(1, 2), scores.key(1, 1)];
    expect(new Set(keys).size).toBe(4);
  });

  it('scores as combineScore and scoreAtLeast do, with its parameters', () => {
    const scores = new PairScores(corpus, params);
    const exact = combineScore(measurePair(corpus, 0, 1), corpus, 0, 1, params);
    expect(exact).toBeGreaterThan(0);
    expect(exact).not.toBe(combineScore(measurePair(corpus, 0, 1), corpus, 0, 1));
    expect(scores.compute(0, 1)).toBe(exact);
    expect(scores.of(0, 1)).toBe(exact);
    expect(scores.atLeast(0, 1, 0.3)).toBe(scoreAtLeast(corpus, 0, 1, 0.3, params));
    expect(scores.of(2, 2)).toBe(1);
    expect(scores.once(2, 2)).toBe(1);
  });

  it('keeps what `of` computes and what it is given, either way round', () => {
    const scores = new PairScores(corpus, params);
    const compute = vi.spyOn(scores, 'compute');
    const first = scores.of(0, 1);
    expect(scores.of(1, 0)).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    scores.keep(2, 0, 0.42);
    expect(scores.of(0, 2)).toBe(0.42);
    expect(scores.once(2, 0)).toBe(0.42);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('computes a pair asked `once` without keeping it', () => {
    const scores = new PairScores(corpus, params);
    const compute = vi.spyOn(scores, 'compute');
    expect(scores.once(1, 2)).toBe(combineScore(measurePair(corpus, 1, 2), corpus, 1, 2, params));
    scores.once(1, 2);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
