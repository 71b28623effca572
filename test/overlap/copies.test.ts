import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRepository } from '../../src/load/load-repository.js';
import type { Module } from '../../src/model/catalog.js';
import { analyzeOverlaps } from '../../src/overlap/analyze-overlaps.js';
import { maxClusterForAllPairs } from '../../src/overlap/cohesive.js';
import { buildCorpus } from '../../src/overlap/corpus.js';
import { type ModuleSpec, makeCatalog } from '../helpers/catalog.js';
import { projectRoot } from '../helpers/cli.js';

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
      topics: i === 2 ? [...(m.topics ?? [])].reverse() : (m.topics ?? []),
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
          : (m.topics ?? []).slice(0, 3),
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

describe('copies of a real archive, edited as schools edit them', () => {
  // examples/vn-cadre's national programmes with 40 schools' copies of two trung cấp
  // programmes. The copies' refs sort before the national ones ("trung-cap-llct-hc-ha-giang-0"
  // < "trung-cap-llct-hc/"), as in real archives: an original read last must still be found.
  const places = [
    'ha-giang',
    'cao-bang',
    'lang-son',
    'son-la',
    'nghe-an',
    'ha-tinh',
    'hue',
    'an-giang',
  ];
  const localPhrase = 'vận dụng vào thực tiễn địa phương';

  async function archive() {
    const dir = join(projectRoot, 'examples', 'vn-cadre');
    const load = await loadRepository([dir], { cwd: dir });
    const catalog = load.catalog!;
    const nationalIds = new Set(catalog.programmes.filter((p) => !p.provider).map((p) => p.id));
    const national = catalog.modules.filter((m) => nationalIds.has(m.programme));
    const copies: Module[] = [];
    const originalOf = new Map<string, string>();
    const levelOf = new Map(catalog.programmes.map((p) => [p.id, p.levelRef]));
    for (const id of ['trung-cap-llct', 'trung-cap-llct-hc']) {
      for (let school = 0; school < 40; school++) {
        const programme = `${id}-${places[school % places.length]!}-${school}`;
        levelOf.set(programme, levelOf.get(id)!);
        for (const m of national.filter((n) => n.programme === id)) {
          // Half the schools drop the same topic (the first), the others a topic in turn;
          // every copy adds the school's phrase to its last topic and a title prefix in turn.
          const drop = school % 2 === 0 ? 0 : school % m.topics.length;
          const topics = m.topics.filter((_, k) => k !== drop);
          const last = topics.length - 1;
          if (last >= 0) topics[last] = `${topics[last]!}, ${localPhrase}`;
          const title = [
            `Chuyên đề: ${m.title}`,
            `${m.title} (cập nhật)`,
            `Bài ${school % 9}. ${m.title}`,
            m.title.toUpperCase(),
          ][school % 4]!;
          const ref = `${programme}/${m.id}`;
          copies.push({ ...m, ref, programme, title, topics });
          originalOf.set(ref, m.ref);
        }
      }
    }
    const modules = [...catalog.modules, ...copies].sort((a, b) => (a.ref < b.ref ? -1 : 1));
    const corpus = buildCorpus(modules, (m) => levelOf.get(m.programme)!);
    const groupOf = new Map(modules.map((m, d) => [m.ref, corpus.copyGroup[d]]));
    return { groupOf, originalOf };
  }

  it('joins every copy to its original: a topic dropped, a phrase added, retitled', async () => {
    const { groupOf, originalOf } = await archive();
    const split = [...originalOf].filter(
      ([copy, original]) => groupOf.get(copy) !== groupOf.get(original),
    );
    expect(split).toEqual([]);
  });

  it('keeps two national modules apart that differ in a word of the title', async () => {
    // "Nghiệp vụ công tác Đảng ở cơ sở" (trung cấp LLCT) and "… Đảng, đoàn thể ở cơ sở"
    // (trung cấp LLCT-HC) share three of five topics. Copies of each that drop the topic the
    // other lacks and add one phrase grow alike; they are still copies of different modules.
    const { groupOf } = await archive();
    expect(groupOf.get('trung-cap-llct/nghiep-vu-cong-tac-dang')).not.toBe(
      groupOf.get('trung-cap-llct-hc/nghiep-vu-dang-doan-the'),
    );
  });
});
