import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis.js';
import { loadRepository } from '../src/load/load-repository.js';
import type { Catalog, Module } from '../src/model/catalog.js';
import { projectRoot } from './helpers/cli.js';
import { makeCatalog } from './helpers/catalog.js';
import { analyzeOverlaps } from '../src/overlap/analyze-overlaps.js';
import { maxListedPerEnd } from '../src/savings/listed.js';

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

describe('the pairs listed', () => {
  // Texts made to overlap everywhere: 300 windows of one random text of 40 syllables, each
  // one syllable on from the last.
  const base = ['ba', 'cô', 'dư', 'gà', 'hè', 'kê', 'lo', 'mơ', 'nụ', 'phố'];
  const more = ['quý', 'rễ', 'sa', 'tô', 'vũ', 'xe', 'yên', 'ánh', 'ổi', 'ưu'];
  const syllables = [...base, ...more].flatMap((s) => [s, `${s}n`]);
  let state = 11;
  const next = () => (state = (state * 48271) % 2147483647);
  const text = Array.from({ length: 380 }, () => syllables[next() % syllables.length]!);
  const windows = makeCatalog([
    {
      id: 'p',
      modules: Array.from({ length: 300 }, (_, i) => ({
        id: `m${String(i).padStart(3, '0')}`,
        title: `Chuyên đề ${text.slice(i, i + 4).join(' ')}`,
        description: text.slice(i, i + 80).join(' '),
      })),
    },
  ]);
  const result = analyze(windows, []);

  it('grow with the modules, not with their square, and say how many are left out', () => {
    const { overlaps } = result.overlap;
    expect(result.summary.overlapsNotListed).toBeGreaterThan(0);
    expect(overlaps.length).toBeLessThanOrEqual(maxListedPerEnd * windows.modules.length);
    expect(result.summary.overlaps).toBe(overlaps.length);
  });

  it('hold every module’s best pair', () => {
    const everyPair = analyzeOverlaps(windows);
    const best = new Map<string, number>();
    for (const o of everyPair.overlaps)
      for (const m of [o.a, o.b]) best.set(m, Math.max(best.get(m) ?? 0, o.score));
    for (const [m, score] of best) {
      const listed = result.overlap.overlaps.filter((o) => o.a === m || o.b === m);
      expect(Math.max(...listed.map((o) => o.score)), m).toBe(score);
    }
  });
});
