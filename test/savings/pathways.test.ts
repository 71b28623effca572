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
/** The catalogue with a verbatim copy of programme `id`, named `copyId`, at `provider`. */
function withVerbatimCopy(c: Catalog, id: string, copyId: string, provider: string): Catalog {
  const original = c.programmes.find((p) => p.id === id)!;
  const rename = (ref: string) =>
    ref.startsWith(`${id}/`) ? `${copyId}/${ref.slice(id.length + 1)}` : ref;
  const copy: Programme = {
    ...original,
    id: copyId,
    provider,
    modules: original.modules.map((m) => ({
      ...m,
      ref: rename(m.ref),
      programme: copyId,
      requires: m.requires.map(rename),
    })),
  };
  const programmes = [...c.programmes, copy].sort((a, b) => (a.id < b.id ? -1 : 1));
  const modules = programmes.flatMap((p) => p.modules);
  return { ...c, programmes, modules, moduleByRef: new Map(modules.map((m) => [m.ref, m])) };
}

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
    const copied = withVerbatimCopy(
      bare,
      'trung-cap-llct',
      'trung-cap-llct-ha-tinh',
      'truong-chinh-tri-ha-tinh',
    );
    expect(national(copied)).toEqual(national(bare));
  });
});

describe('exemptions and duplicated hours', () => {
  it('gives a sơ cấp holder the hours of trung cấp already studied', () => {
    const exemptions = analyze(catalog, []).pathways.exemptions;
    const soCap = exemptions.find((e) => e.held === 'so-cap-llct' && e.next === 'trung-cap-llct');
    expect(soCap?.exemptHours).toBeGreaterThan(0);
    expect(soCap?.exemptHours).toBeLessThanOrEqual(soCap?.nextHours ?? 0);
  });

  it("gives a provider's certificate holders their own rows, beside the national ones", () => {
    const exemptions = analyze(catalog, []).pathways.exemptions;
    const provider = 'truong-chinh-tri-nghe-an';
    const own = new Set(catalog.programmes.filter((p) => p.provider === provider).map((p) => p.id));
    const rows = exemptions.filter((e) => e.provider === provider);
    // Nghệ An's trung cấp leads to the national cao cấp, and a national sơ cấp holder may be
    // exempted from part of Nghệ An's trung cấp.
    expect(rows.map((e) => `${e.held} → ${e.next}`)).toEqual(
      expect.arrayContaining([
        'trung-cap-llct-nghe-an → cao-cap-llct',
        'so-cap-llct → trung-cap-llct-nghe-an',
      ]),
    );
    for (const e of rows) {
      expect(own.has(e.held) || own.has(e.next)).toBe(true);
      expect(e.exemptHours).toBeLessThanOrEqual(e.nextHours);
    }
    // National rows never pair a provider's programme, and come first.
    const national = exemptions.filter((e) => e.provider === undefined);
    expect(national.length).toBeGreaterThan(0);
    expect(national.every((e) => !own.has(e.held) && !own.has(e.next))).toBe(true);
    expect(exemptions.slice(0, national.length)).toEqual(national);
  });

  it('does not change its national rows when a verbatim copy is added at a provider', () => {
    const copied = withVerbatimCopy(
      catalog,
      'trung-cap-llct',
      'trung-cap-llct-ha-tinh',
      'truong-chinh-tri-ha-tinh',
    );
    const national = (c: Catalog) =>
      analyze(c, []).pathways.exemptions.filter((e) => e.provider === undefined);
    const withCopy = analyze(copied, []).pathways.exemptions;
    expect(withCopy.filter((e) => e.provider === undefined)).toEqual(national(catalog));
    // The copy's holders are exempted from cao cấp as a national trung cấp holder is.
    const fromCopy = withCopy.find(
      (e) => e.held === 'trung-cap-llct-ha-tinh' && e.next === 'cao-cap-llct',
    );
    const fromNational = withCopy.find(
      (e) => e.held === 'trung-cap-llct' && e.next === 'cao-cap-llct',
    );
    expect(fromCopy?.provider).toBe('truong-chinh-tri-ha-tinh');
    expect(fromCopy?.exemptHours).toBe(fromNational?.exemptHours);
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
