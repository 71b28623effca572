import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis.js';
import { loadRepository } from '../src/load/load-repository.js';
import type { Catalog, Module } from '../src/model/catalog.js';
import { projectRoot } from './helpers/cli.js';

const loaded = await loadRepository(['examples/vn-cadre'], { cwd: projectRoot });
const catalog = loaded.catalog!;

/** The catalog with its programmes and each programme's modules in another order. */
function reordered(order: (modules: readonly Module[]) => Module[]): Catalog {
  const programmes = order([
    ...catalog.programmes,
  ] as unknown as Module[]) as unknown as Catalog['programmes'];
  const shuffled = programmes.map((p) => ({ ...p, modules: order(p.modules) }));
  return { ...catalog, programmes: shuffled, modules: shuffled.flatMap((p) => p.modules) };
}

describe('analyze', () => {
  it('gives the same overlaps, clusters and summary under any order of programmes and modules', () => {
    const result = (c: Catalog) => {
      const { overlap, summary } = analyze(c, []);
      return JSON.stringify({ overlaps: overlap.overlaps, clusters: overlap.clusters, summary });
    };
    const expected = result(catalog);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const order = <T>(items: readonly T[]): T[] => {
          // A seeded Fisher–Yates shuffle: fast-check shrinks the seed.
          const out = [...items];
          let state = seed >>> 0 || 1;
          for (let i = out.length - 1; i > 0; i--) {
            state = (Math.imul(state, 1103515245) + 12345) >>> 0;
            const j = state % (i + 1);
            [out[i], out[j]] = [out[j]!, out[i]!];
          }
          return out;
        };
        expect(result(reordered(order))).toBe(expected);
      }),
      { numRuns: 25 },
    );
  });
});
