import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeOverlaps } from '../../src/overlap/analyze-overlaps.js';
import { makeCatalog } from '../helpers/catalog.js';

const provinces = [
  ['Nghệ An', 'sông Lam', 'Cửa Lò', 'làng Sen'],
  ['Hà Tĩnh', 'Ngã ba Đồng Lộc', 'núi Hồng Lĩnh', 'Vũng Áng'],
  ['Thanh Hóa', 'Lam Kinh', 'sông Mã', 'Sầm Sơn'],
  ['Quảng Trị', 'Thành cổ', 'Khe Sanh', 'Cồn Cỏ'],
  ['Lạng Sơn', 'Đồng Đăng', 'Mẫu Sơn', 'Chi Lăng'],
  ['Cao Bằng', 'Pác Bó', 'Bản Giốc', 'Trùng Khánh'],
  ['Sơn La', 'Mộc Châu', 'Thuận Châu', 'Tạ Xùa'],
  ['Điện Biên', 'đồi A1', 'Him Lam', 'Mường Thanh'],
  ['Lai Châu', 'Tam Đường', 'Sìn Hồ', 'Mường Tè'],
  ['Tuyên Quang', 'Tân Trào', 'Na Hang', 'Lâm Bình'],
];

/** Each province's own module made from one frame, and the national module it sits beside. */
function archive() {
  return makeCatalog(
    provinces.map(([name, a, b, c], i) => ({
      id: `tinh-${String(i).padStart(2, '0')}`,
      modules: [
        {
          id: 'lich-su-dang-bo',
          title: `Lịch sử Đảng bộ tỉnh ${name}`,
          topics: [
            `sự ra đời của Đảng bộ tỉnh ${name}`,
            `phong trào cách mạng ở ${a} và ${b}`,
            `tỉnh ${name} trong kháng chiến chống Pháp và chống Mỹ`,
            `truyền thống cách mạng của quê hương ${c}`,
          ],
        },
      ],
    })),
  );
}

describe('frames', () => {
  it('are recognised from the corpus: modules that share a frame but not its filler do not overlap', () => {
    const result = analyzeOverlaps(archive());
    expect(result.overlaps).toEqual([]);
    expect(result.clusters).toEqual([]);
    expect(result.copies).toEqual([]);
  });

  it('still let two modules that share the frame and the filler overlap', () => {
    const catalog = archive();
    const twin = makeCatalog([
      ...catalog.programmes.map((p) => ({
        id: p.id,
        modules: p.modules.map((m) => ({ id: m.id, title: m.title, topics: [...m.topics] })),
      })),
      {
        id: 'tinh-nghe-an-2',
        level: 'two',
        modules: [
          {
            id: 'dang-bo',
            title: 'Đảng bộ tỉnh Nghệ An qua các thời kỳ',
            topics: ['phong trào cách mạng ở sông Lam và Cửa Lò', 'truyền thống của làng Sen'],
          },
        ],
      },
    ]);
    const pairs = analyzeOverlaps(twin).overlaps.map((o) => `${o.a} ~ ${o.b}`);
    expect(pairs).toEqual(['tinh-00/lich-su-dang-bo ~ tinh-nghe-an-2/dang-bo']);
  });

  it('never hide identical texts, even ones made only of a frame and generic words', () => {
    // Ten departments' open slots share a stock text, each with its own filler; two more slots
    // hold the stock text alone, word for word: those two are one text, however common its words.
    const stock = ['nội dung chưa có trong chương trình đào tạo', 'do khoa công bố từng học kỳ'];
    const catalog = makeCatalog([
      ...provinces.map(([name], i) => ({
        id: `khoa-${String(i).padStart(2, '0')}`,
        modules: [{ id: 'slot', title: `Chuyên đề tự chọn ${name!}`, topics: stock }],
      })),
      { id: 'khoa-chung', modules: [{ id: 'slot-1', title: 'Chuyên đề tự chọn', topics: stock }] },
      {
        id: 'khoa-chung-2',
        modules: [{ id: 'slot-2', title: 'Chuyên đề tự chọn', topics: stock }],
      },
    ]);
    const result = analyzeOverlaps(catalog);
    expect(result.overlaps.map((o) => [`${o.a} ~ ${o.b}`, o.score])).toEqual([
      ['khoa-chung-2/slot-2 ~ khoa-chung/slot-1', 1],
    ]);
  });

  // The mirror of the first test (`npm run bench:national` counts it as fillerPairsReported):
  // one province's modules of different frames share its name and places and nothing else.
  it('do not join two modules of one school that share a filler but not a frame', () => {
    const frames = [
      (name: string, a: string, b: string) => ({
        id: 'lich-su-dang-bo',
        title: `Lịch sử Đảng bộ tỉnh ${name}`,
        topics: [`sự ra đời của Đảng bộ tỉnh ${name}`, `phong trào cách mạng ở ${a} và ${b}`],
      }),
      (name: string, a: string, b: string) => ({
        id: 'quoc-phong-an-ninh',
        title: `Quốc phòng, an ninh trên địa bàn tỉnh ${name}`,
        topics: [`thế trận quốc phòng toàn dân ở ${a}`, `dân quân tự vệ ở ${b}`],
      }),
    ];
    const catalog = makeCatalog(
      provinces.map(([name, a, b], i) => ({
        id: `tinh-${String(i).padStart(2, '0')}`,
        provider: `truong-chinh-tri-${i}`,
        modules: frames.map((frame) => frame(name!, a!, b!)),
      })),
    );
    expect(analyzeOverlaps(catalog).overlaps).toEqual([]);
  });

  // MIT's catalogue (bench:quality) is full of these: a department's stock sentence around a
  // slot that each subject fills with its own name or number.
  it('do not join modules that share stock text around subjects neither mentions', () => {
    const seminar = (field: string) =>
      `Organized lecture or laboratory subject on an aspect of ${field} not normally covered in regularly scheduled subjects.`;
    const equivalent = (number: string) =>
      `Equivalent to ${number}; see ${number} for description. Instruction provided through small, interactive classes taught by faculty.`;
    const fields = ['geobiology', 'planetary science', 'seismology', 'glaciology'];
    // Other departments' seminars, each in words of its own, make the titles' frame common
    // (`commonDf`), as in a real catalogue; the stock sentence stays rarer than that.
    const others = [
      'Marketing',
      'Finance',
      'Linguistics',
      'Urban Planning',
      'Architecture',
      'Chemistry',
      'Economics',
      'Philosophy',
    ].map((field) => ({
      id: `course-${field.toLowerCase().replace(' ', '-')}`,
      language: 'en',
      modules: [
        {
          id: 'seminar',
          title: `Special Seminar in ${field}`,
          description: `Current topics in ${field.toLowerCase()}, chosen by the faculty each term.`,
        },
      ],
    }));
    const catalog = makeCatalog([
      ...others,
      {
        id: 'course-12',
        language: 'en',
        modules: [
          ...fields.map((field, i) => ({
            id: `seminar-${i}`,
            title: `Special Seminar in ${field.replace(/^./, (c) => c.toUpperCase())}`,
            description: seminar(field),
          })),
          // The same subject offered again in other words: an overlap, stock text and all.
          {
            id: 'seminar-0-again',
            title: 'Special Seminar in Geobiology',
            description: `Group study of an aspect of geobiology not normally covered in regularly scheduled subjects.`,
          },
        ],
      },
      {
        id: 'concourse',
        language: 'en',
        modules: [
          { id: 'calculus', title: 'Calculus', description: equivalent('18.02') },
          { id: 'biology', title: 'Introductory Biology', description: equivalent('7.013') },
          { id: 'physics', title: 'Physics II', description: equivalent('8.02') },
        ],
      },
    ]);
    const pairs = (gate?: number) =>
      analyzeOverlaps(
        catalog,
        gate === undefined ? {} : { score: { subjectGate: gate } },
      ).overlaps.map((o) => `${o.a} ~ ${o.b}`);
    expect(pairs()).toEqual(['course-12/seminar-0 ~ course-12/seminar-0-again']);
    // Without the subject gate, the stock text alone joins them.
    expect(pairs(0)).toEqual(
      expect.arrayContaining([
        'concourse/biology ~ concourse/calculus',
        'course-12/seminar-0 ~ course-12/seminar-1',
      ]),
    );
  });

  it('let a title of no words disagree on no subject', () => {
    const description = 'Quy trình soạn thảo văn bản hành chính: thể thức và kỹ thuật trình bày.';
    const catalog = makeCatalog([
      { id: 'a', modules: [{ id: 'x', title: '…', description }] },
      { id: 'b', modules: [{ id: 'y', title: '—', description: `${description} Lưu trữ hồ sơ.` }] },
    ]);
    expect(analyzeOverlaps(catalog).overlaps.map((o) => `${o.a} ~ ${o.b}`)).toEqual(['a/x ~ b/y']);
  });
});

describe('place names', () => {
  const sharing = [
    ...['Bắc Ninh', 'Quảng Ninh', 'Tây Ninh', 'Ninh Bình', 'Ninh Thuận', 'An Giang'],
    ...['Hà Giang', 'Kiên Giang', 'Tiền Giang', 'Hậu Giang', 'Quảng Nam', 'Quảng Ngãi'],
  ];
  const local = (name: string, id = `t-${name}`) => ({
    id,
    modules: [
      {
        id: 'ls',
        title: `Lịch sử Đảng bộ tỉnh ${name}`,
        topics: [
          `Đảng bộ tỉnh ${name} qua các thời kỳ`,
          `phong trào cách mạng tỉnh ${name}`,
          `${name} trong thời kỳ đổi mới`,
        ],
      },
    ],
  });

  /** National modules beside the local ones, as in an archive. */
  const national = [
    'Triết học Mác - Lênin',
    'Kinh tế chính trị Mác - Lênin',
    'Chủ nghĩa xã hội khoa học',
    'Tư tưởng Hồ Chí Minh',
    'Lịch sử Đảng Cộng sản Việt Nam',
    'Xây dựng Đảng về chính trị, tư tưởng, đạo đức',
    'Hệ thống chính trị ở cơ sở',
    'Quản lý hành chính nhà nước',
    'Kỹ năng lãnh đạo, quản lý ở cơ sở',
    'Đường lối đối ngoại của Đảng',
  ].map((title, i) => ({
    id: `quoc-gia-${i}`,
    modules: [{ id: 'm', title, topics: [`những vấn đề cơ bản của ${title.toLowerCase()}`] }],
  }));

  it('that share a syllable name different places: their local modules share no subject', () => {
    // Read syllable by syllable, these shared "Ninh qua các thời kỳ" and scored 0.66-0.68.
    const result = analyzeOverlaps(
      makeCatalog([...national, ...sharing.map((name) => local(name))]),
    );
    expect(result.overlaps.map((o) => `${o.a} ~ ${o.b}`)).toEqual([]);
  });

  it('let two campuses of one province, and an upper-cased copy, be copies', () => {
    const catalog = makeCatalog([
      ...sharing.map((name) => local(name)),
      local('An Giang', 't-an-giang-co-so-2'),
      {
        ...local('An Giang', 't-an-giang-hoa'),
        modules: local('An Giang').modules.map((m) => ({ ...m, title: m.title.toUpperCase() })),
      },
    ]);
    const groups = analyzeOverlaps(catalog).copies.map((c) => c.modules);
    expect(groups).toEqual([['t-An Giang/ls', 't-an-giang-co-so-2/ls', 't-an-giang-hoa/ls']]);
  });
});

describe('a phrase that frames many titles and heads others (bench/data/vn-titles.json)', () => {
  const data = JSON.parse(
    readFileSync(new URL('../../bench/data/vn-titles.json', import.meta.url), 'utf8'),
  ) as { background: Array<{ title: string }> };
  // Every title of the labelled set's background, a module of its own programme.
  const titles = data.background.map((b) => b.title);
  const catalog = makeCatalog(
    titles.map((title, i) => ({
      id: `t${String(i).padStart(3, '0')}`,
      modules: [{ id: 'm', title }],
    })),
  );
  const result = analyzeOverlaps(catalog);
  const score = (a: string, b: string) =>
    result.score(
      `t${String(titles.indexOf(a)).padStart(3, '0')}/m`,
      `t${String(titles.indexOf(b)).padStart(3, '0')}/m`,
    );

  it('makes an overlap of two titles it heads', () => {
    // Its words common as a frame, this pair scored 0.
    const pair = [
      'Chủ nghĩa xã hội và con đường quá độ lên chủ nghĩa xã hội ở Việt Nam',
      'Quá độ lên chủ nghĩa xã hội ở Việt Nam: lý luận và thực tiễn',
    ] as const;
    expect(score(...pair)).toBeGreaterThanOrEqual(result.thresholds.overlap);
  });

  it('makes an overlap where it is the whole head of one title and heads the other, though it heads many', () => {
    // "Tư tưởng Hồ Chí Minh" heads a dozen titles ("… về đạo đức", "… về văn hóa"), so it
    // is common as a head too, and this pair scored 0.
    const pair = ['Tư tưởng Hồ Chí Minh', 'Những vấn đề cơ bản của tư tưởng Hồ Chí Minh'] as const;
    expect(score(...pair)).toBeGreaterThanOrEqual(result.thresholds.overlap);
  });

  it('makes none of two titles it frames', () => {
    const pair = [
      'Xây dựng văn hóa trong thời kỳ quá độ lên chủ nghĩa xã hội',
      'Phát triển kinh tế tư nhân trong thời kỳ quá độ lên chủ nghĩa xã hội',
    ] as const;
    expect(score(...pair)).toBeLessThan(result.thresholds.overlap);
  });
});
