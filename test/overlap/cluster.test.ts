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

  it('keeps every member overlapping the rest of its cluster (property)', () => {
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
            const mean =
              c.filter((y) => y !== x).reduce((s, y) => s + score(x, y), 0) / (c.length - 1);
            expect(mean).toBeGreaterThanOrEqual(0.5);
          }
        }
      }),
    );
  });
});
