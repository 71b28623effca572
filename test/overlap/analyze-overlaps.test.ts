import { describe, expect, it } from 'vitest';
import { analyzeOverlaps } from '../../src/overlap/analyze-overlaps.js';
import { makeCatalog } from '../helpers/catalog.js';
import { narrowArchive } from '../helpers/narrow-vocabulary.js';

const pairsOf = (result: ReturnType<typeof analyzeOverlaps>) =>
  result.overlaps.map((o) => `${o.a} ~ ${o.b}`);

describe('analyzeOverlaps', () => {
  it('finds the same module written in different spellings (NFD, tone placement, i/y, case)', () => {
    const catalog = makeCatalog([
      {
        id: 'a',
        modules: [
          {
            id: 'm',
            title: 'Quản lý hành chính nhà nước',
            topics: ['Cải cách hành chính', 'Thủ tục hành chính'],
          },
        ],
      },
      {
        id: 'b',
        modules: [
          {
            id: 'm',
            title: 'QUẢN LÍ HÀNH CHÍNH NHÀ NƯỚC'.normalize('NFD'),
            topics: ['cải cách hành chính', 'thủ tục hành chính'],
          },
        ],
      },
    ]);
    const result = analyzeOverlaps(catalog);
    expect(pairsOf(result)).toEqual(['a/m ~ b/m']);
    expect(result.overlaps[0]!.score).toBe(1);
    expect(result.overlaps[0]!.kind).toBe('duplicate');
  });

  it('matches a module that has only a title by its title', () => {
    const catalog = makeCatalog([
      { id: 'a', modules: [{ id: 'm', title: 'Kỹ năng ra quyết định' }] },
      { id: 'b', modules: [{ id: 'm', title: 'Kĩ năng ra quyết định' }] },
    ]);
    expect(pairsOf(analyzeOverlaps(catalog))).toEqual(['a/m ~ b/m']);
  });

  it('never reports two modules that share only generic words', () => {
    const catalog = makeCatalog([
      {
        id: 'a',
        modules: [
          { id: 'plan', title: 'Kỹ năng lập kế hoạch' },
          { id: 'talk', title: 'Kỹ năng giao tiếp' },
          { id: 'basics', title: 'Những vấn đề cơ bản về quản lý' },
          { id: 'intro', title: 'Introduction to management skills' },
        ],
      },
    ]);
    const result = analyzeOverlaps(catalog);
    expect(result.overlaps).toEqual([]);
  });

  it('does not let a shared title frame make two modules the same', () => {
    const catalog = makeCatalog([
      {
        id: 'a',
        modules: [
          {
            id: 'dao-duc',
            title: 'Tư tưởng Hồ Chí Minh về đạo đức',
            topics: ['Chuẩn mực đạo đức cách mạng', 'Cần kiệm liêm chính'],
          },
          {
            id: 'van-hoa',
            title: 'Tư tưởng Hồ Chí Minh về văn hóa',
            topics: ['Văn hóa là mục tiêu và động lực', 'Xây dựng nền văn hóa mới'],
          },
        ],
      },
    ]);
    expect(analyzeOverlaps(catalog).overlaps).toEqual([]);
  });

  it('catches a short module taught wholly inside a longer one (containment)', () => {
    const shared = [
      'lập dự toán ngân sách',
      'kiểm soát chi tiêu công',
      'quản lý tài sản công',
      'tự chủ tài chính',
    ];
    const catalog = makeCatalog([
      { id: 'a', modules: [{ id: 'short', title: 'Tài chính, tài sản công', topics: shared }] },
      {
        id: 'b',
        modules: [
          {
            id: 'long',
            title: 'Quản lý tài chính công',
            topics: [
              ...shared,
              'thuế và phí',
              'nợ công',
              'đầu tư công',
              'kiểm toán nhà nước',
              'mua sắm công',
              'quỹ tài chính nhà nước ngoài ngân sách',
            ],
          },
        ],
      },
    ]);
    const [pair] = analyzeOverlaps(catalog).overlaps;
    expect(pair).toBeDefined();
    expect(pair!.measures.containment[0]).toBeGreaterThan(0.9);
    expect(pair!.measures.cosine).toBeLessThan(pair!.score);
  });

  it('leaves fieldwork and assessment out unless asked', () => {
    const catalog = makeCatalog([
      {
        id: 'a',
        modules: [
          { id: 'field', title: 'Nghiên cứu thực tế tại địa phương', activity: 'fieldwork' },
        ],
      },
      {
        id: 'b',
        modules: [
          { id: 'field', title: 'Nghiên cứu thực tế tại địa phương', activity: 'fieldwork' },
        ],
      },
    ]);
    const byDefault = analyzeOverlaps(catalog);
    expect(byDefault.overlaps).toEqual([]);
    expect(byDefault.excluded).toBe(2);
    expect(pairsOf(analyzeOverlaps(catalog, { activities: ['lesson', 'fieldwork'] }))).toEqual([
      'a/field ~ b/field',
    ]);
  });

  it('explains a pair with the phrases both modules use', () => {
    const catalog = makeCatalog([
      {
        id: 'a',
        modules: [
          {
            id: 'm',
            title: 'Quản lý hành chính nhà nước',
            topics: ['Thủ tục hành chính', 'Cải cách hành chính'],
          },
        ],
      },
      {
        id: 'b',
        modules: [
          {
            id: 'm',
            title: 'Tổng quan về quản lý hành chính nhà nước',
            topics: ['Cải cách hành chính nhà nước'],
          },
        ],
      },
    ]);
    const [pair] = analyzeOverlaps(catalog).overlaps;
    expect(pair!.shared[0]).toBe('Quản lý hành chính nhà nước'); // as the author wrote it;
    expect(pair!.shared).not.toContain('quản lý'); // generic alone is never an explanation
  });

  it('keeps a Vietnamese syllable that is an English function word ("an" of "an ninh")', () => {
    const module = {
      id: 'm',
      title: 'Quốc phòng và an ninh',
      topics: ['An ninh và đối ngoại', 'Xây dựng nền quốc phòng toàn dân'],
    };
    const catalog = makeCatalog([
      { id: 'a', modules: [module] },
      { id: 'b', modules: [{ ...module, topics: [...module.topics, 'Biển đảo'] }] },
    ]);
    const [pair] = analyzeOverlaps(catalog).overlaps;
    expect(pair!.shared).toContain('An ninh và đối ngoại');
    expect(pair!.shared.some((p) => p.startsWith('ninh'))).toBe(false);
  });

  it('quotes a shared phrase with its dash, and nothing else the author put between words', () => {
    const catalog = makeCatalog(
      ['a', 'b'].map((id) => ({
        id,
        modules: [
          {
            id: 'm',
            // A right-to-left override before a word: never quoted, though a dash is.
            title: 'Kinh tế chính trị Mác – Lênin căn \u202ebản',
            topics: ['Học thuyết giá trị thặng dư', 'Chủ nghĩa tư bản độc quyền nhà nước'],
          },
        ],
      })),
    );
    const [pair] = analyzeOverlaps(catalog).overlaps;
    expect(pair!.shared).toContain('Kinh tế chính trị Mác – Lênin căn bản');
    expect(pair!.shared.join('')).not.toContain('\u202e');
  });

  it('scores matched topics even when titles name different subjects', () => {
    const topics = [
      'Chuẩn bị cuộc họp',
      'Điều hành cuộc họp hiệu quả',
      'Kết luận và ghi biên bản cuộc họp',
    ];
    const catalog = makeCatalog([
      { id: 'a', modules: [{ id: 'm', title: 'Kỹ năng tổ chức sự kiện', topics }] },
      {
        id: 'b',
        modules: [
          {
            id: 'm',
            title: 'Công tác văn phòng cấp uỷ',
            topics: topics.map((t) => t.toLowerCase()),
          },
        ],
      },
    ]);
    const [pair] = analyzeOverlaps(catalog).overlaps;
    expect(pair!.score).toBe(0.85); // 3 of 3 topics, × 0.85: an overlap, not a duplicate
    expect(pair!.kind).toBe('overlap');
  });

  it('does not match topics that share only generic words', () => {
    const catalog = makeCatalog([
      {
        id: 'a',
        modules: [
          {
            id: 'm',
            title: 'Thuế',
            topics: ['Khái niệm và vai trò', 'Đặc điểm và phân loại', 'Thuế giá trị gia tăng'],
          },
        ],
      },
      {
        id: 'b',
        modules: [
          {
            id: 'm',
            title: 'Bảo hiểm xã hội',
            topics: ['khái niệm và vai trò', 'đặc điểm và phân loại', 'quỹ hưu trí'],
          },
        ],
      },
    ]);
    expect(analyzeOverlaps(catalog).overlaps).toEqual([]);
  });

  it('aligns topics one to one', () => {
    const catalog = makeCatalog([
      {
        id: 'a',
        modules: [
          {
            id: 'm',
            title: 'Kỹ năng tham mưu',
            topics: ['Quy trình tham mưu', 'Soạn tờ trình', 'Đề xuất phương án'],
          },
        ],
      },
      {
        id: 'b',
        modules: [
          {
            id: 'm',
            title: 'Kỹ năng tham mưu, tổng hợp',
            topics: [
              'quy trình tham mưu',
              'soạn thảo tờ trình',
              'tổng hợp thông tin',
              'đề xuất phương án',
            ],
          },
        ],
      },
    ]);
    const [pair] = analyzeOverlaps(catalog).overlaps;
    expect(pair!.topics.map((t) => [t.a, t.b])).toEqual([
      ['Quy trình tham mưu', 'quy trình tham mưu'],
      ['Soạn tờ trình', 'soạn thảo tờ trình'],
      ['Đề xuất phương án', 'đề xuất phương án'],
    ]);
  });

  it('names the scope of each pair from the framework', () => {
    const module = {
      id: 'm',
      title: 'Chủ nghĩa xã hội khoa học',
      topics: ['Sứ mệnh lịch sử của giai cấp công nhân'],
    };
    const catalog = makeCatalog(
      [
        { id: 'a', track: 'llct', level: 'trung-cap', modules: [module, { ...module, id: 'n' }] },
        { id: 'b', track: 'llct', level: 'cao-cap', modules: [module] },
        { id: 'c', track: 'qlnn', level: 'cvc', modules: [module] },
        { id: 'd', track: 'qlnn', level: 'cv', modules: [module] },
      ],
      [['llct/trung-cap', 'qlnn/cvc']],
    );
    const scopes = Object.fromEntries(
      analyzeOverlaps(catalog).overlaps.map((o) => [`${o.a} ~ ${o.b}`, o.scope]),
    );
    expect(scopes['a/m ~ a/n']).toBe('within-programme');
    expect(scopes['a/m ~ b/m']).toBe('cross-level');
    expect(scopes['a/m ~ c/m']).toBe('comparable-levels');
    expect(scopes['a/m ~ d/m']).toBe('cross-track');
  });

  it('names an overlap between copy groups by their national modules, not a school copy', () => {
    // 21 schools copy the national module; their programmes sort before the national one.
    const economy = {
      id: 'kinh-te',
      title: 'Quản lý nhà nước về kinh tế',
      topics: ['công cụ điều tiết kinh tế vĩ mô', 'quản lý doanh nghiệp nhà nước'],
    };
    const catalog = makeCatalog([
      ...Array.from({ length: 21 }, (_, i) => ({
        id: `a-truong-${String(i).padStart(2, '0')}`,
        provider: `truong-${i}`,
        modules: [economy],
      })),
      { id: 'chuyen-vien-chinh', modules: [economy] },
      {
        id: 'cao-cap',
        level: 'two',
        modules: [
          {
            id: 'quan-ly-kinh-te',
            title: 'Quản lý kinh tế',
            topics: ['công cụ điều tiết kinh tế vĩ mô', 'quản lý doanh nghiệp nhà nước'],
          },
        ],
      },
    ]);
    const withHigher = pairsOf(analyzeOverlaps(catalog)).filter((p) => p.includes('cao-cap/'));
    expect(withHigher).toEqual(['cao-cap/quan-ly-kinh-te ~ chuyen-vien-chinh/kinh-te']);
  });

  it('orders pairs and clusters deterministically, a before b', () => {
    const module = {
      id: 'x',
      title: 'Kinh tế chính trị Mác - Lênin',
      topics: ['Học thuyết giá trị thặng dư'],
    };
    const catalog = makeCatalog(['c', 'a', 'b'].map((id) => ({ id, modules: [module] })));
    const result = analyzeOverlaps(catalog);
    expect(pairsOf(result)).toEqual(['a/x ~ b/x', 'a/x ~ c/x', 'b/x ~ c/x']);
    expect(result.clusters.map((c) => c.modules)).toEqual([['a/x', 'b/x', 'c/x']]);
    for (const o of result.overlaps) expect(o.a < o.b).toBe(true);
  });
});

describe('a narrow vocabulary', () => {
  // Every word of these modules is common and every pair of syllables a chance one: what two
  // of them share is chance, except between a module and its copy.
  const { catalog, planted } = narrowArchive({ modules: 400, syllables: 16, copies: 20 });
  const result = analyzeOverlaps(catalog);
  const together = (a: string, b: string) =>
    result.overlaps.some((o) => o.a === a && o.b === b) ||
    result.clusters.some((c) => c.modules.includes(a) && c.modules.includes(b));

  it('finds every copy, a topic dropped or a syllable replaced, at another level', () => {
    expect(planted.filter(([a, b]) => !together(a, b))).toEqual([]);
  });

  it('reports no pair of modules drawn at random', () => {
    const copies = new Set(planted.map(([a, b]) => `${a} ${b}`));
    expect(result.overlaps.filter((o) => !copies.has(`${o.a} ${o.b}`))).toEqual([]);
  });
});

describe('a province spelt another way', () => {
  it('keeps a local module with its copy: "Đăk Lăk" is Đắk Lắk', () => {
    const local = (id: string, province: string) => ({
      id: 'lich-su',
      title: `Lịch sử Đảng bộ tỉnh ${province}`,
      topics: [
        `Sự ra đời của Đảng bộ tỉnh ${province}`,
        `Đảng bộ tỉnh ${province} trong kháng chiến chống Mỹ`,
        `Đảng bộ tỉnh ${province} thời kỳ đổi mới`,
      ],
      description: `Truyền thống cách mạng của nhân dân ${province} và buôn Ma Thuột.`,
    });
    const catalog = makeCatalog([
      { id: 'a', provider: 'truong-a', modules: [local('a', 'Đắk Lắk')] },
      { id: 'b', provider: 'truong-b', modules: [local('b', 'Đăk Lăk')] },
      { id: 'c', provider: 'truong-c', modules: [local('c', 'Đắk Nông')] },
    ]);
    const result = analyzeOverlaps(catalog);
    expect(result.copyOf('a/lich-su')?.group).toBe(result.copyOf('b/lich-su')?.group);
    expect(result.copyOf('c/lich-su')?.group).not.toBe(result.copyOf('a/lich-su')?.group);
  });
});

describe('an upper-cased title whose words are also a name', () => {
  it('keeps the copy with its original: "AN NINH" is security, though a commune is An Ninh', () => {
    const national = {
      id: 'qp',
      title: 'Đường lối quốc phòng, an ninh và đối ngoại',
      topics: [
        'xây dựng nền quốc phòng toàn dân và thế trận an ninh nhân dân',
        'bảo vệ chủ quyền biển, đảo',
        'chính sách đối ngoại độc lập, tự chủ, đa phương hóa, đa dạng hóa',
      ],
    };
    const catalog = makeCatalog([
      { id: 'national', modules: [national] },
      {
        id: 'school',
        provider: 'truong-a',
        modules: [
          { ...national, title: national.title.toLocaleUpperCase('vi') },
          // A place of the school's province, written as a name.
          {
            id: 'dia-phuong',
            title: 'Lịch sử Đảng bộ xã An Ninh',
            topics: ['Phong trào cách mạng'],
          },
        ],
      },
    ]);
    const result = analyzeOverlaps(catalog);
    expect(result.copyOf('school/qp')?.group).toBe('national/qp');
  });
});

describe('the representative of a cluster and of a copy group', () => {
  const module = {
    id: 'qlhc',
    title: 'Quản lý hành chính nhà nước',
    topics: ['Tổ chức bộ máy hành chính', 'Thủ tục hành chính', 'Công vụ, công chức'],
  };
  // The schools' refs sort before the national one, as "trung-cap-llct-nghe-an/…" sorts
  // before "trung-cap-llct/…": the national module is never the first by ref here.
  const archive = (schools: number) =>
    makeCatalog([
      { id: 'trung-cap', modules: [module] },
      ...Array.from({ length: schools }, (_, i) => ({
        id: `a-truong-${String(i).padStart(3, '0')}`,
        provider: `truong-${i}`,
        modules: [module],
      })),
    ]);

  it('is the national module, in a small cluster where every member is alike', () => {
    const result = analyzeOverlaps(archive(2));
    expect(result.clusters[0]?.representative).toBe('trung-cap/qlhc');
    expect(result.copies[0]?.representative).toBe('trung-cap/qlhc');
  });

  it('is the national module in a large cluster too, and the same in both lists', () => {
    const result = analyzeOverlaps(archive(30));
    expect(result.clusters[0]?.modules).toHaveLength(31);
    expect(result.clusters[0]?.representative).toBe('trung-cap/qlhc');
    expect(result.copies[0]?.representative).toBe('trung-cap/qlhc');
  });
});
