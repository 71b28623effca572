import { describe, expect, it } from 'vitest';
import { analyzeOverlaps } from '../../src/overlap/analyze-overlaps.js';
import { clusterRows } from '../../src/report/cluster-rows.js';
import { makeCatalog } from '../helpers/catalog.js';
import { copiedArchive, copiedArchiveModule } from './fixtures.js';

const party = copiedArchiveModule;

describe('clusterRows', () => {
  it('gives a large cluster a line for each group of copies, the national module first', () => {
    const catalog = copiedArchive();
    const result = analyzeOverlaps(catalog);
    const [cluster] = result.clusters;
    if (!cluster) throw new Error('no cluster');
    expect(cluster.modules).toHaveLength(47);
    expect(cluster.representative).toBe('quoc-gia/lich-su-dang');
    const pairs = new Map(result.overlaps.map((o) => [`${o.a}|${o.b}`, o]));
    const rows = clusterRows(cluster, result.copies, catalog, pairs);
    const cross = pairs.get('quoc-gia-cao/lich-su-dang|quoc-gia/lich-su-dang')?.score ?? 0;
    expect(cross).toBeGreaterThan(0.3);
    expect(rows).toEqual([
      {
        ref: 'quoc-gia/lich-su-dang',
        representative: true,
        copies: 24,
        identical: 24,
        hours: [10, 12],
        score: [1, 1],
      },
      {
        ref: 'quoc-gia-cao/lich-su-dang',
        representative: false,
        copies: 21,
        identical: 21,
        hours: [10, 10],
        score: [cross, cross],
      },
    ]);
  });

  it('lists every member of a small cluster', () => {
    const catalog = makeCatalog([
      { id: 'a', modules: [party] },
      { id: 'b', modules: [{ ...party, hours: 14 }] },
    ]);
    const result = analyzeOverlaps(catalog);
    const [cluster] = result.clusters;
    if (!cluster) throw new Error('no cluster');
    const pairs = new Map(result.overlaps.map((o) => [`${o.a}|${o.b}`, o]));
    const rows = clusterRows(cluster, result.copies, catalog, pairs);
    expect(rows.map((r) => [r.ref, r.copies, r.hours, r.score])).toEqual([
      ['a/lich-su-dang', 0, [10, 10], undefined],
      ['b/lich-su-dang', 0, [14, 14], [1, 1]],
    ]);
  });
});
