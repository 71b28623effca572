import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { intendedOverlaps } from '../../src/findings/intended.js';
import { exitCodeFor } from '../../src/cli/gate.js';
import { type ModuleSpec, makeCatalog } from '../helpers/catalog.js';

const party: ModuleSpec = {
  id: 'lich-su-dang',
  title: 'Lịch sử Đảng Cộng sản Việt Nam',
  topics: ['Đảng ra đời', 'Lãnh đạo kháng chiến', 'Đổi mới'],
};
const reason = 'Ôn lại ở bậc trung cấp trước khi học chuyên sâu';

describe('intendedOverlaps', () => {
  it('accepts a group when the declarations connect all its modules, either way round', () => {
    const catalog = makeCatalog([
      { id: 'a', modules: [{ ...party, intended: [{ module: 'b/lich-su-dang', reason }] }] },
      { id: 'b', modules: [party] },
      { id: 'c', modules: [{ ...party, intended: [{ module: 'b/lich-su-dang', reason: 'x' }] }] },
    ]);
    const accepted = intendedOverlaps(catalog);
    expect(accepted(['a/lich-su-dang', 'b/lich-su-dang'])).toBe(reason);
    expect(accepted(['b/lich-su-dang', 'a/lich-su-dang'])).toBe(reason);
    // a–b and c–b connect all three: both reasons, sorted by code unit.
    expect(accepted(['a/lich-su-dang', 'b/lich-su-dang', 'c/lich-su-dang'])).toBe(`x; ${reason}`);
    expect(accepted(['a/lich-su-dang', 'c/lich-su-dang'])).toBeUndefined();
    expect(accepted(['a/lich-su-dang'])).toBeUndefined();
  });

  it('marks the overlap, its cluster and its finding accepted, and the gate lets them pass', () => {
    const declared = makeCatalog([
      { id: 'a', modules: [{ ...party, intended: [{ module: 'b/lich-su-dang', reason }] }] },
      { id: 'b', modules: [party] },
    ]);
    const result = analyze(declared, []);
    expect(result.overlap.overlaps.map((o) => o.accepted)).toEqual([reason]);
    expect(result.overlap.clusters.map((c) => c.accepted)).toEqual([reason]);
    const overlap = result.findings.filter((f) => f.rule === 'module-overlap');
    expect(overlap.map((f) => f.accepted)).toEqual([reason]);
    expect(exitCodeFor(overlap, 'warning', false)).toBe(0);
  });

  it('does not accept a module that joins the group later', () => {
    const catalog = makeCatalog([
      { id: 'a', modules: [{ ...party, intended: [{ module: 'b/lich-su-dang', reason }] }] },
      { id: 'b', modules: [party] },
      { id: 'c', modules: [party] },
    ]);
    const result = analyze(catalog, []);
    const cluster = result.overlap.clusters.find((c) => c.modules.length === 3);
    expect(cluster?.accepted).toBeUndefined();
    const overlap = result.findings.filter((f) => f.rule === 'module-overlap');
    expect(overlap.every((f) => f.accepted === undefined)).toBe(true);
    expect(exitCodeFor(overlap, 'warning', false)).toBe(1);
  });
});
