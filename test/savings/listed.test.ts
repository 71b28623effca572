import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listedAtEitherEnd } from '../../src/savings/listed.js';

interface Pair {
  readonly a: string;
  readonly b: string;
  readonly saved: number;
}

const list = (pairs: readonly Pair[], perEnd: number) =>
  listedAtEitherEnd(
    pairs,
    perEnd,
    (p) => [p.a, p.b],
    (x, y) => y.saved - x.saved,
  );

describe('listedAtEitherEnd', () => {
  it('keeps a star whole: each leaf lists its one pair with the hub', () => {
    const star = Array.from({ length: 1000 }, (_, i) => ({ a: 'hub', b: `leaf${i}`, saved: i }));
    expect(list(star, 25)).toEqual({ listed: star, notListed: 0 });
  });

  it('lists each end’s best pairs of a complete graph, not its square', () => {
    const ends = Array.from({ length: 60 }, (_, i) => `m${String(i).padStart(2, '0')}`);
    const pairs = ends.flatMap((a, i) =>
      ends.slice(i + 1).map((b, j) => ({ a, b, saved: (i * 7 + j * 13) % 50 })),
    );
    const { listed, notListed } = list(pairs, 25);
    expect(pairs).toHaveLength(1770);
    expect(listed.length).toBeLessThanOrEqual(25 * 60);
    expect(listed.length + notListed).toBe(1770);
    expect(notListed).toBeGreaterThan(0);
  });

  it('keeps or drops the entries of one unit together', () => {
    // Three copies of one module (unit x–y) and pairs of x with others that save more.
    const unit = (copy: string) => ({ a: 'x', b: 'y', copy, saved: 1 });
    const entries = [
      unit('y1'),
      unit('y2'),
      unit('y3'),
      { a: 'x', b: 'p', copy: '', saved: 5 },
      { a: 'x', b: 'q', copy: '', saved: 6 },
      { a: 'y', b: 'r', copy: '', saved: 7 },
      { a: 'y', b: 's', copy: '', saved: 8 },
    ];
    const { listed, notListed } = list(entries, 1);
    expect(listed.filter((e) => e.b === 'y')).toEqual([]);
    // x–p and y–r are each p’s and r’s best, so listed; only x–y is nobody’s best.
    expect(notListed).toBe(3);
  });

  it('lists at most perEnd units an end, each end’s best among them, in the input’s order', () => {
    const pair = fc.record({
      a: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      b: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      saved: fc.integer({ min: 0, max: 9 }),
    });
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 60 }), fc.integer({ min: 1, max: 4 }), (pairs, k) => {
        const { listed, notListed } = list(pairs, k);
        const unit = (p: Pair) => [p.a, p.b].sort().join('|');
        const ends = new Set(pairs.flatMap((p) => [p.a, p.b]));
        expect(new Set(listed.map(unit)).size).toBeLessThanOrEqual(k * ends.size);
        expect(listed.length + notListed).toBe(pairs.length);
        expect(listed).toEqual(pairs.filter((p) => listed.includes(p)));
        for (const end of ends) {
          const best = Math.max(
            ...pairs.filter((p) => p.a === end || p.b === end).map((p) => p.saved),
          );
          const kept = listed.filter((p) => p.a === end || p.b === end);
          expect(kept.some((p) => p.saved === best)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
