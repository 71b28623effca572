import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterDocuments } from '../../src/overlap/cluster.js';

const name = (d: number) => `m${String(d).padStart(3, '0')}`;

describe('clusterDocuments', () => {
  it('does not chain: a module overlapping one member but not the rest stays out', () => {
    // 0–1–2 overlap each other; 3 overlaps only 2.
    const scores: Record<string, number> = { '0,1': 0.9, '0,2': 0.85, '1,2': 0.8, '2,3': 0.95 };
    const score = (i: number, j: number) => scores[`${Math.min(i, j)},${Math.max(i, j)}`] ?? 0;
    const edges = Object.entries(scores).map(([k, s]) => {
      const [a, b] = k.split(',').map(Number) as [number, number];
      return { a, b, score: s };
    });
    const clusters = clusterDocuments(edges, score, 0.5, name);
    // 2–3 is the strongest edge, so they pair first; 0 and 1 then form their own group.
    expect(clusters).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('never makes a cluster of two modules that do not overlap, through a broad third', () => {
    // 0 is broad: it overlaps 1 and 2, which teach different things.
    const scores: Record<string, number> = { '0,1': 0.6, '0,2': 0.55, '1,2': 0.05 };
    const score = (i: number, j: number) => scores[`${Math.min(i, j)},${Math.max(i, j)}`] ?? 0;
    const edges = [
      { a: 0, b: 1, score: 0.6 },
      { a: 0, b: 2, score: 0.55 },
    ];
    expect(clusterDocuments(edges, score, 0.3, name)).toEqual([[0, 1]]);
  });

  it('keeps every pair of a cluster at or above the threshold (property)', () => {
    const graph = fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 9 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(graph, (triples) => {
        const table = new Map<string, number>();
        for (const [a, b, s] of triples)
          if (a !== b) table.set(`${Math.min(a, b)},${Math.max(a, b)}`, s);
        const score = (i: number, j: number) =>
          table.get(`${Math.min(i, j)},${Math.max(i, j)}`) ?? 0;
        const edges = [...table]
          .filter(([, s]) => s >= 0.5)
          .map(([k, s]) => {
            const [a, b] = k.split(',').map(Number) as [number, number];
            return { a, b, score: s };
          });
        const clusters = clusterDocuments(edges, score, 0.5, name);
        const seen = new Set<number>();
        for (const c of clusters) {
          for (const x of c) {
            expect(seen.has(x)).toBe(false); // each module in at most one cluster
            seen.add(x);
            for (const y of c) if (y !== x) expect(score(x, y)).toBeGreaterThanOrEqual(0.5);
          }
        }
      }),
    );
  });
});
