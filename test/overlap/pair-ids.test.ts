import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairIds } from '../../src/overlap/pair-ids.js';

describe('PairIds', () => {
  it('gives each distinct pair one dense id, like a Map would, through every rehash', () => {
    const pair = fc.tuple(fc.integer({ min: -1, max: 3000 }), fc.integer({ min: -1, max: 3000 }));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 3000 }), (pairs) => {
        const table = new PairIds(4);
        const reference = new Map<string, number>();
        for (const [a, b] of pairs) {
          const id = table.add(a, b);
          const key = `${a},${b}`;
          if (!reference.has(key)) reference.set(key, reference.size);
          expect(id).toBe(reference.get(key));
        }
        expect(table.size).toBe(reference.size);
        for (const [key, id] of reference) {
          const [a, b] = key.split(',').map(Number) as [number, number];
          expect(table.get(a, b)).toBe(id);
          expect([table.firstOf(id), table.secondOf(id)]).toEqual([a, b]);
        }
        expect(table.get(5000, 5000)).toBe(-1);
      }),
      { numRuns: 30 },
    );
  });
});
