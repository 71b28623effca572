import { describe, expect, it } from 'vitest';
import { analyzeOverlaps } from '../../src/overlap/analyze-overlaps.js';
import { maxClusterForAllPairs } from '../../src/overlap/cohesive.js';
import { buildCorpus } from '../../src/overlap/corpus.js';
import { type ModuleSpec, makeCatalog } from '../helpers/catalog.js';

const national: ModuleSpec = {
  id: 'qlnn',
  title: 'Quản lý hành chính nhà nước',
  hours: 40,
  topics: [
    'Tổ chức bộ máy hành chính nhà nước',
    'Thủ tục hành chính và cải cách thủ tục',
    'Công vụ và công chức',
    'Quản lý tài chính công',
  ],
  description: 'Những vấn đề cơ bản về quản lý hành chính nhà nước trong giai đoạn hiện nay.',
};

/** A programme per province, each holding `module` made from the national one. */
function archive(count: number, variant: (m: ModuleSpec, i: number) => ModuleSpec) {
  return makeCatalog([
    { id: 'national', modules: [national] },
    ...Array.from({ length: count }, (_, i) => ({
      id: `tinh-${String(i).padStart(3, '0')}`,
      modules: [variant(national, i)],
    })),
  ]);
}

const groupsOf = (catalog: ReturnType<typeof makeCatalog>) => {
  const corpus = buildCorpus(catalog.modules);
  return new Set(corpus.copyGroup).size;
};

describe('copy groups', () => {
  it('puts respelled, re-cased and reordered copies with the original, exactly', () => {
    const catalog = archive(3, (m, i) => ({
      ...m,
      title: i === 0 ? 'QUẢN LÍ HÀNH CHÍNH NHÀ NƯỚC' : m.title.normalize('NFD'),
      topics: i === 2 ? [...(m.topics ?? [])].reverse() : m.topics,
      hours: 30 + i,
    }));
    const corpus = buildCorpus(catalog.modules);
    expect(new Set(corpus.exactGroup).size).toBe(1);
  });

  it('puts near copies with the original: a topic dropped, a phrase added, a title prefix', () => {
    const catalog = archive(3, (m, i) => ({
      ...m,
      title: i === 0 ? `Chuyên đề: ${m.title}` : i === 1 ? `${m.title} (cập nhật)` : m.title,
      topics:
        i === 2
          ? [...(m.topics ?? []).slice(1), 'Liên hệ thực tiễn địa phương']
          : m.topics?.slice(0, 3),
    }));
    expect(groupsOf(catalog)).toBe(1);
  });

  it('keeps modules that share only a frame apart', () => {
    const places = ['Nghệ An', 'Hà Tĩnh', 'Thanh Hóa', 'Quảng Bình'];
    const catalog = makeCatalog(
      places.map((place, i) => ({
        id: `tinh-${i}`,
        modules: [
          {
            id: 'lich-su',
            title: `Lịch sử Đảng bộ tỉnh ${place}`,
            topics: [`Truyền thống cách mạng ${place}`, `Các kỳ đại hội Đảng bộ tỉnh ${place}`],
          },
        ],
      })),
    );
    expect(groupsOf(catalog)).toBe(places.length);
  });

  it('finds every copy, however many schools hold it (63 and 300 copies)', () => {
    for (const count of [63, 300]) {
      const catalog = archive(count, (m) => m);
      const result = analyzeOverlaps(catalog);
      expect(result.clusters).toHaveLength(1);
      expect(result.clusters[0]?.modules).toHaveLength(count + 1);
      expect(result.clusters[0]?.identical).toHaveLength(count + 1);
      // A large cluster reports each member's pair with the representative, not every pair.
      expect(count + 1).toBeGreaterThan(maxClusterForAllPairs);
      expect(result.overlaps).toHaveLength(count);
      for (const o of result.overlaps)
        expect([o.a, o.b]).toContain(result.clusters[0]?.representative);
    }
  });

  it('does not let copies make their own words look common to the other modules', () => {
    // Without copy groups, 300 copies push the df of every term of the module past the
    // candidate cap, and a second module that repeats it is never compared.
    const other: ModuleSpec = { ...national, id: 'khac', title: 'Hành chính nhà nước và công vụ' };
    const catalog = makeCatalog([
      { id: 'national', modules: [national] },
      ...Array.from({ length: 300 }, (_, i) => ({ id: `tinh-${i}`, modules: [national] })),
      { id: 'zz-other', modules: [other] },
    ]);
    const result = analyzeOverlaps(catalog);
    expect(result.overlaps.some((o) => o.b === 'zz-other/khac' || o.a === 'zz-other/khac')).toBe(
      true,
    );
  });
});

describe('near copies in a narrow vocabulary', () => {
  it('are found across levels though every word they share is common', () => {
    // 300 modules drawn from eight syllables: every word and pair of words is common.
    const words = ['quản', 'lý', 'nhà', 'nước', 'kinh', 'tế', 'xã', 'hội'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const text = (length: number) =>
      Array.from({ length }, () => words[next() % words.length]).join(' ');
    const modules = Array.from({ length: 300 }, (_, i) => ({
      id: `m${i}`,
      title: text(5),
      topics: [text(6), text(6), text(6)],
    }));
    const original = modules[3]!;
    const catalog = makeCatalog([
      { id: 'a', level: 'one', modules },
      // The copy at another level keeps the title and two of the three topics.
      {
        id: 'b',
        level: 'two',
        modules: [{ ...original, id: 'copy', topics: original.topics.slice(0, 2) }],
      },
    ]);
    const result = analyzeOverlaps(catalog);
    expect(result.score('a/m3', 'b/copy')).toBeGreaterThanOrEqual(0.9);
    // Found: a pair of the report, or two members of one cluster.
    const paired = result.overlaps.some((o) => o.a === 'a/m3' && o.b === 'b/copy');
    const clustered = result.clusters.some(
      (c) => c.modules.includes('a/m3') && c.modules.includes('b/copy'),
    );
    expect(paired || clustered).toBe(true);
  });
});
