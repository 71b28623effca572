import { subsumedProgramme } from '../../src/rules/subsumed-programme.js';
import { type Files, ruleTester } from './rule-tester.js';
import { module, programme, topics } from './yaml.js';

const framework = (comparable?: string) =>
  [
    'kind: framework',
    'id: can-bo',
    'title: Đào tạo, bồi dưỡng cán bộ, công chức',
    'tracks:',
    '  - id: llct',
    '    title: Lý luận chính trị',
    '    levels:',
    '      - { id: trung-cap, title: Trung cấp lý luận chính trị }',
    '      - { id: cao-cap, title: Cao cấp lý luận chính trị }',
    '  - id: qlnn',
    '    title: Quản lý nhà nước theo tiêu chuẩn ngạch',
    '    levels:',
    '      - { id: chuyen-vien-chinh, title: Ngạch chuyên viên chính }',
    '      - { id: chuyen-vien-cao-cap, title: Ngạch chuyên viên cao cấp }',
    ...(comparable ? ['comparable:', `  - ${comparable}`] : []),
    '',
  ].join('\n');

// The cao cấp political theory and administration programme; with `satisfies`, its degree
// counts for the chuyên viên cao cấp grade (TT 02/2021/TT-BNV).
const caoCapHc = (...extra: string[]) =>
  programme(
    'cao-cap-llct-hc',
    'Cao cấp lý luận chính trị – hành chính',
    ['llct', 'cao-cap'],
    [
      module('triet-hoc', 'Triết học Mác – Lênin', 120),
      module(
        'quan-ly-hanh-chinh',
        'Quản lý hành chính nhà nước',
        60,
        ...topics(
          'nền hành chính nhà nước và cải cách hành chính',
          'quản lý tài chính công và tài sản công',
          'quản lý nguồn nhân lực khu vực công',
        ),
      ),
      module(
        'chinh-sach-cong',
        'Chính sách công',
        40,
        ...topics(
          'hoạch định chính sách công',
          'tổ chức thực thi chính sách công',
          'phân tích và đánh giá chính sách công',
        ),
      ),
      module(
        'lanh-dao',
        'Khoa học lãnh đạo, quản lý',
        60,
        ...topics(
          'phong cách lãnh đạo',
          'lãnh đạo sự thay đổi',
          'xây dựng tầm nhìn và mục tiêu chiến lược',
        ),
      ),
    ],
    ...extra,
  );
const satisfiesCvcc = 'satisfies: [qlnn/chuyen-vien-cao-cap]';

const policy = module(
  'chinh-sach-cong',
  'Hoạch định và phân tích chính sách công',
  16,
  ...topics('hoạch định chính sách công', 'phân tích và đánh giá chính sách công'),
);

/**
 * The chuyên viên cao cấp grade: 40 hours that the cao cấp programme teaches too, and
 * international integration, its own, in the hours given.
 */
const cvccModules = (integrationHours: number) => [
  policy,
  module('tai-chinh-cong', 'Quản lý tài chính công và tài sản công', 12),
  module(
    'lanh-dao',
    'Lãnh đạo trong khu vực công',
    12,
    ...topics('phong cách lãnh đạo', 'lãnh đạo sự thay đổi'),
  ),
  module('hoi-nhap', 'Hội nhập quốc tế và ngoại giao công vụ', integrationHours),
];
const cvcc = (modules: string[][], ...extra: string[]) =>
  programme(
    'chuyen-vien-cao-cap',
    'Bồi dưỡng ngạch chuyên viên cao cấp',
    ['qlnn', 'chuyen-vien-cao-cap'],
    modules,
    ...extra,
  );

const repository = (files: Files, comparable?: string): Files => ({
  'framework.yaml': framework(comparable),
  ...files,
});

// Two trung cấp programmes that teach philosophy and political economy, in other words.
const trungCap = programme(
  'trung-cap-llct',
  'Trung cấp lý luận chính trị',
  ['llct', 'trung-cap'],
  [
    module(
      'triet-hoc',
      'Triết học Mác - Lênin',
      100,
      ...topics(
        'vật chất và ý thức',
        'mối liên hệ phổ biến và sự phát triển',
        'các quy luật cơ bản của phép biện chứng duy vật',
        'lý luận nhận thức và thực tiễn',
        'hình thái kinh tế - xã hội',
      ),
    ),
    module(
      'kinh-te-chinh-tri',
      'Kinh tế chính trị Mác - Lênin',
      90,
      ...topics(
        'hàng hóa, tiền tệ và quy luật giá trị',
        'học thuyết giá trị thặng dư',
        'tích lũy tư bản',
        'chủ nghĩa tư bản độc quyền và độc quyền nhà nước',
        'kinh tế thị trường định hướng xã hội chủ nghĩa',
      ),
    ),
  ],
);
const trungCapHc = programme(
  'trung-cap-llct-hc',
  'Trung cấp lý luận chính trị – hành chính',
  ['llct', 'trung-cap'],
  [
    module(
      'duy-vat-bien-chung-lich-su',
      'Chủ nghĩa duy vật biện chứng và chủ nghĩa duy vật lịch sử',
      90,
      ...topics(
        'vật chất và ý thức',
        '"phép biện chứng duy vật: mối liên hệ phổ biến và sự phát triển"',
        'các quy luật cơ bản của phép biện chứng',
        'lí luận nhận thức và thực tiễn',
        'hình thái kinh tế - xã hội',
      ),
    ),
    module(
      'hoc-thuyet-kinh-te',
      'Học thuyết kinh tế của chủ nghĩa Mác - Lênin',
      80,
      ...topics(
        'sản xuất hàng hoá và quy luật giá trị',
        'học thuyết giá trị thặng dư',
        'tích luỹ tư bản',
        'chủ nghĩa tư bản độc quyền nhà nước',
        'kinh tế thị trường định hướng xã hội chủ nghĩa ở Việt Nam',
      ),
    ),
    module(
      'quan-ly-hanh-chinh',
      'Quản lý hành chính nhà nước',
      30,
      ...topics(
        'những vấn đề chung về quản lý hành chính nhà nước',
        'thủ tục hành chính và cải cách thủ tục hành chính',
      ),
    ),
  ],
);

ruleTester(subsumedProgramme, {
  valid: [
    {
      // 40 of 52 hours: 77%.
      name: 'most of a programme taught at a higher level, but less than 80%',
      files: repository({
        'programmes/cao-cap-llct-hc.yaml': caoCapHc(satisfiesCvcc),
        'programmes/chuyen-vien-cao-cap.yaml': cvcc(cvccModules(12)),
      }),
    },
    {
      name: 'the same content at a comparable level of another track, without satisfies',
      files: repository(
        {
          'programmes/cao-cap-llct-hc.yaml': caoCapHc(),
          'programmes/chuyen-vien-cao-cap.yaml': cvcc(cvccModules(8)),
        },
        '[llct/cao-cap, qlnn/chuyen-vien-cao-cap]',
      ),
    },
    {
      // The chuyên viên cao cấp module repeats the grade below: a lower level never counts,
      // and the chuyên viên chính programme has more of its own.
      name: 'a programme wholly taught at a lower level of its track',
      files: repository({
        'programmes/chuyen-vien-chinh.yaml': programme(
          'chuyen-vien-chinh',
          'Bồi dưỡng ngạch chuyên viên chính',
          ['qlnn', 'chuyen-vien-chinh'],
          [
            policy,
            module('quan-ly-nhan-su', 'Quản lý nguồn nhân lực trong cơ quan hành chính', 20),
            module('ky-nang-tham-muu', 'Kỹ năng tham mưu, đề xuất chính sách', 12),
          ],
        ),
        'programmes/chuyen-vien-cao-cap.yaml': cvcc([policy]),
      }),
    },
    {
      // A provider's copy is the national certificate taught elsewhere, not another one.
      name: "a provider's copy of a national programme",
      files: repository({
        'programmes/chuyen-vien-cao-cap.yaml': cvcc(cvccModules(8)),
        'nghe-an/chuyen-vien-cao-cap.yaml': programme(
          'chuyen-vien-cao-cap-nghe-an',
          'Bồi dưỡng ngạch chuyên viên cao cấp (Trường Chính trị tỉnh Nghệ An)',
          ['qlnn', 'chuyen-vien-cao-cap'],
          [
            ...cvccModules(8),
            module('kinh-te-nghe-an', 'Phát triển kinh tế - xã hội tỉnh Nghệ An', 8),
          ],
          'provider: truong-chinh-tri-nghe-an',
        ),
      }),
    },
  ],
  invalid: [
    {
      // Field study is not compared: it counts neither in the total nor as taught elsewhere.
      name: 'a grade whose degree another programme satisfies, teaching 40 of its 48 hours',
      files: repository({
        'programmes/cao-cap-llct-hc.yaml': caoCapHc(satisfiesCvcc),
        'programmes/chuyen-vien-cao-cap.yaml': cvcc([
          ...cvccModules(8),
          module('thuc-te', 'Nghiên cứu thực tế tại địa phương', 20, 'activity: fieldwork'),
        ]),
      }),
      findings: [
        {
          messageId: 'subsumed-programme.subsumed',
          data: {
            title: 'Bồi dưỡng ngạch chuyên viên cao cấp',
            id: 'chuyen-vien-cao-cap',
            share: 40 / 48,
            hours: 40,
            total: 48,
            elsewhere: [['cao-cap-llct-hc', 40]],
          },
          file: 'programmes/chuyen-vien-cao-cap.yaml',
          line: 1,
          column: 1,
          about: ['programme:chuyen-vien-cao-cap'],
        },
      ],
    },
    {
      name: 'exactly 80% taught elsewhere',
      files: repository({
        'programmes/cao-cap-llct-hc.yaml': caoCapHc(satisfiesCvcc),
        'programmes/chuyen-vien-cao-cap.yaml': cvcc(cvccModules(10)),
      }),
      findings: [
        {
          messageId: 'subsumed-programme.subsumed',
          data: { id: 'chuyen-vien-cao-cap', share: 0.8, hours: 40, total: 50 },
          file: 'programmes/chuyen-vien-cao-cap.yaml',
          line: 1,
          about: ['programme:chuyen-vien-cao-cap'],
        },
      ],
    },
    {
      // Each certificate is reported, naming the other: the rule does not say which to keep.
      name: 'two programmes at one level that teach the same content',
      files: repository({
        'programmes/trung-cap-llct.yaml': trungCap,
        'programmes/trung-cap-llct-hc.yaml': trungCapHc,
      }),
      findings: [
        {
          messageId: 'subsumed-programme.subsumed',
          data: {
            id: 'trung-cap-llct-hc',
            share: 170 / 200,
            hours: 170,
            total: 200,
            elsewhere: [['trung-cap-llct', 170]],
          },
          file: 'programmes/trung-cap-llct-hc.yaml',
          line: 1,
          about: ['programme:trung-cap-llct-hc'],
        },
        {
          messageId: 'subsumed-programme.subsumed',
          data: {
            id: 'trung-cap-llct',
            share: 1,
            hours: 190,
            total: 190,
            elsewhere: [['trung-cap-llct-hc', 190]],
          },
          file: 'programmes/trung-cap-llct.yaml',
          line: 1,
          about: ['programme:trung-cap-llct'],
        },
      ],
    },
  ],
});
