import { describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../../src/overlap/corpus.js';
import { scoredEdges } from '../../src/overlap/edges.js';
import { PairScores } from '../../src/overlap/pair-scores.js';
import { defaultScoreParams } from '../../src/overlap/score.js';
import { type ModuleSpec, makeCatalog } from '../helpers/catalog.js';

const qlnn: ModuleSpec = {
  id: 'qlnn',
  title: 'Quản lý hành chính nhà nước',
  topics: ['Tổ chức bộ máy hành chính', 'Công vụ và công chức', 'Quản lý tài chính công'],
};
const lsd: ModuleSpec = {
  id: 'lsd',
  title: 'Lịch sử Đảng Cộng sản Việt Nam',
  topics: ['Đảng ra đời', 'Kháng chiến chống Pháp'],
};

// Documents: 0 high/qlnn, 1 low/lsd, 2 low/qlnn. The same module at two levels is no copy but
// a repeat, which the copy groups' bands pair across levels.
const modules = [
  ...makeCatalog([
    { id: 'low', level: 'low', modules: [qlnn, lsd] },
    { id: 'high', level: 'high', modules: [qlnn] },
  ]).modules,
].sort((x, y) => (x.ref < y.ref ? -1 : 1));
const corpus = buildCorpus(modules, (m) => (m.programme === 'low' ? 'low' : 'high'));
const threshold = 0.3;

function run(candidates: number[]) {
  const scores = new PairScores(corpus, defaultScoreParams);
  const compute = vi.spyOn(scores, 'compute');
  const edges = scoredEdges(corpus, Int32Array.from(candidates), scores, threshold);
  return { scores, compute, edges, computedWhileScoring: compute.mock.calls.length };
}

describe('scoredEdges', () => {
  it('holds the repeat across levels the bands found', () => {
    expect(modules.map((m) => m.ref)).toEqual(['high/qlnn', 'low/lsd', 'low/qlnn']);
    expect([...corpus.acrossLevels]).toEqual([0, 2]);
  });

  it('scores a repeat across levels in full where the candidates lack it, and keeps it', () => {
    const { scores, compute, edges, computedWhileScoring } = run([]);
    expect(edges).toEqual([{ a: 0, b: 2, score: scores.compute(0, 2) }]);
    expect(edges[0]!.score).toBeGreaterThanOrEqual(threshold);
    expect(computedWhileScoring).toBe(1);
    compute.mockClear();
    scores.of(2, 0);
    expect(compute).not.toHaveBeenCalled();
  });

  it('scores a repeat that is a candidate once, as a candidate', () => {
    const { edges, computedWhileScoring } = run([0, 2]);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ a: 0, b: 2 });
    expect(computedWhileScoring).toBe(0);
  });

  it('leaves out a candidate below the threshold, and keeps no score for it', () => {
    const { scores, compute, edges } = run([0, 1, 0, 2]);
    expect(edges.map((e) => [e.a, e.b])).toEqual([[0, 2]]);
    compute.mockClear();
    scores.of(0, 1);
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
