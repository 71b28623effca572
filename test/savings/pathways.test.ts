import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { loadRepository } from '../../src/load/load-repository.js';
import type { Catalog, Programme } from '../../src/model/catalog.js';
import { minimalCovers } from '../../src/savings/pathways.js';
import { projectRoot } from '../helpers/cli.js';

const loaded = await loadRepository(['examples/vn-cadre'], { cwd: projectRoot });
const catalog = loaded.catalog!;
const programme = (id: string) => catalog.programmes.find((p) => p.id === id)!;
const variants = (c: Catalog, threshold = 0.3) =>
  analyze(c, [], { thresholds: { overlap: threshold } }).pathways.pathways;

describe('minimal programme sets', () => {
  it('lists each minimal set, a programme that satisfies two levels among them', () => {
    const covers = minimalCovers(
      ['llct/trung-cap', 'qlnn/chuyen-vien-chinh', 'lanh-dao/cap-phong'],
      catalog.programmes.filter((p) => p.provider === undefined),
    );
    expect(covers.map((set) => set.map((p) => p.id))).toEqual([
      ['lanh-dao-cap-phong', 'trung-cap-llct-hc'],
      ['chuyen-vien-chinh', 'lanh-dao-cap-phong', 'trung-cap-llct'],
    ]);
  });

  it('has none when a level is taught by no programme', () => {
    expect(minimalCovers(['lanh-dao/cap-huyen'], catalog.programmes)).toEqual([]);
  });
});

describe('study time on pathways', () => {
  it('counts the hours a learner sits and the hours of them sat twice', () => {
    const truongPhong = variants(catalog).filter(
      (v) => v.position === 'truong-phong' && v.provider === undefined,
    );
    expect(truongPhong.map((v) => [v.programmes.join(' + '), v.hours])).toEqual([
      ['lanh-dao-cap-phong + trung-cap-llct-hc', 1010],
      ['chuyen-vien-chinh + lanh-dao-cap-phong + trung-cap-llct', 1396],
    ]);
    for (const v of truongPhong) {
      expect(v.hoursSaved).toBeGreaterThan(0);
      expect(v.personHoursSaved).toBeCloseTo(1200 * v.hoursSaved, 1);
    }
  });

  it('is never negative and never more than all but the longest module (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 0.9, noNaN: true }), (threshold) => {
        for (const v of variants(catalog, threshold)) {
          const modules = v.programmes.flatMap((id) => programme(id).modules);
          const longest = Math.max(...modules.map((m) => m.hours));
          expect(v.hoursSaved).toBeGreaterThanOrEqual(0);
          expect(v.hoursSaved).toBeLessThanOrEqual(v.hours - longest + 1e-9);
        }
      }),
      { numRuns: 8 },
    );
  });

  it('does not fall when the threshold is lowered (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        (x, y) => {
          const [low, high] = x < y ? [x, y] : [y, x];
          const before = new Map(variants(catalog, high).map((v) => [key(v), v.hoursSaved]));
          for (const v of variants(catalog, low))
            expect(v.hoursSaved).toBeGreaterThanOrEqual((before.get(key(v)) ?? 0) - 1e-9);
        },
      ),
      { numRuns: 6 },
    );
  });

  it("gives a provider's learners its own copy, and national programmes for the rest", () => {
    const ngheAn = variants(catalog).filter(
      (v) => v.position === 'truong-phong' && v.provider === 'truong-chinh-tri-nghe-an',
    );
    expect(ngheAn.map((v) => v.programmes.join(' + '))).toEqual([
      'chuyen-vien-chinh + lanh-dao-cap-phong + trung-cap-llct-nghe-an',
    ]);
  });

  it('does not change when a verbatim copy is added, and hardly when a reworded one is', () => {
    const without = (c: Catalog, id: string): Catalog => {
      const programmes = c.programmes.filter((p) => p.id !== id);
      const modules = programmes.flatMap((p) => p.modules);
      return { ...c, programmes, modules, moduleByRef: new Map(modules.map((m) => [m.ref, m])) };
    };
    const national = (c: Catalog) =>
      variants(c)
        .filter((v) => v.provider === undefined)
        .map((v) => [key(v), v.hours, v.hoursSaved]);
    // The example's Nghệ An copy is reworded, respelled, shortened and extended: its new texts
    // change how rare some words are, so scores move a little, never the pathways.
    const bare = without(catalog, 'trung-cap-llct-nghe-an');
    const [withCopy, alone] = [national(catalog), national(bare)];
    expect(withCopy.map(([k, h]) => [k, h])).toEqual(alone.map(([k, h]) => [k, h]));
    withCopy.forEach(([, , saved], i) => {
      const before = Number(alone[i]?.[2]);
      expect(Math.abs(Number(saved) - before)).toBeLessThanOrEqual(0.01 * before + 1e-9);
    });
    // A verbatim copy at another provider changes nothing either.
    const verbatim: Programme = {
      ...programme('trung-cap-llct'),
      id: 'trung-cap-llct-ha-tinh',
      provider: 'truong-chinh-tri-ha-tinh',
    };
    const programmes = [...bare.programmes, verbatim].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(national({ ...bare, programmes })).toEqual(national(bare));
  });
});

describe('exemptions and duplicated hours', () => {
  it('gives a sơ cấp holder the hours of trung cấp already studied', () => {
    const exemptions = analyze(catalog, []).pathways.exemptions;
    const soCap = exemptions.find((e) => e.held === 'so-cap-llct' && e.next === 'trung-cap-llct');
    expect(soCap?.exemptHours).toBeGreaterThan(0);
    expect(soCap?.exemptHours).toBeLessThanOrEqual(soCap?.nextHours ?? 0);
  });

  it('counts in each cluster all but its longest member', () => {
    const result = analyze(catalog, []);
    const expected = result.overlap.clusters.reduce((sum, c) => {
      const hours = c.modules.map((ref) => catalog.moduleByRef.get(ref)?.hours ?? 0);
      return sum + c.hours - Math.max(...hours);
    }, 0);
    expect(result.summary.duplicatedHours).toBeCloseTo(expected, 2);
  });
});

function key(v: { position: string; provider: string | undefined; programmes: readonly string[] }) {
  return `${v.position} ${v.provider ?? ''} ${v.programmes.join('+')}`;
}
