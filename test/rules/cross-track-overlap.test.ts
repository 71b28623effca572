import { crossTrackOverlap } from '../../src/rules/cross-track-overlap.js';
import { type Files, ruleTester } from './rule-tester.js';
import { programme, providerLine } from './yaml.js';

/** Trung cấp ranks with chuyên viên chính, cao cấp with chuyên viên cao cấp. */
const framework = (comparable = ['[llct/trung-cap, qlnn/chuyen-vien-chinh]']) =>
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
    '      - { id: chuyen-vien, title: Ngạch chuyên viên }',
    '      - { id: chuyen-vien-chinh, title: Ngạch chuyên viên chính }',
    '      - { id: chuyen-vien-cao-cap, title: Ngạch chuyên viên cao cấp }',
    'comparable:',
    ...comparable.map((group) => `  - ${group}`),
    '',
  ].join('\n');

/** A module: `- id` is its first line, then its title, hours and topics. */
const module = (id: string, title: string, hours: number, ...topics: string[]) => [
  `  - id: ${id}`,
  `    title: ${title}`,
  `    hours: ${hours}`,
  ...(topics.length > 0 ? ['    topics:', ...topics.map((t) => `      - ${t}`)] : []),
];

// State administration, as the trung cấp programme and the chuyên viên chính grade teach it:
// three of the four trung cấp topics are the grade's three.
const administration = [
  module(
    'quan-ly-hanh-chinh',
    'Quản lý hành chính nhà nước',
    60,
    'những vấn đề chung về quản lý hành chính nhà nước',
    'nguyên tắc, hình thức và phương pháp quản lý hành chính nhà nước',
    'quyết định quản lý hành chính nhà nước',
    'thủ tục hành chính và cải cách thủ tục hành chính',
  ),
  module('triet-hoc', 'Triết học Mác – Lênin', 90),
];
const administrationGrade = [
  module(
    'quan-ly-hanh-chinh',
    'Quản lý hành chính nhà nước',
    16,
    'những vấn đề chung về quản lý hành chính nhà nước',
    'nguyên tắc và phương pháp quản lý hành chính nhà nước',
    'quyết định quản lý hành chính nhà nước',
  ),
  module('ky-nang-tham-muu', 'Kỹ năng tham mưu, đề xuất chính sách', 20),
];

/** The Nghệ An school's programmes carry its name in their ids. */
const ngheAn = 'truong-chinh-tri-nghe-an';
const idOf = (id: string, provider?: string) => (provider ? `${id}-nghe-an` : id);

const trungCap = (provider?: string) =>
  programme(
    idOf('trung-cap', provider),
    'Trung cấp lý luận chính trị',
    ['llct', 'trung-cap'],
    administration,
    ...providerLine(provider),
  );
const grade = (level: 'chuyen-vien' | 'chuyen-vien-chinh', provider?: string) =>
  programme(
    idOf(level, provider),
    level === 'chuyen-vien' ? 'Bồi dưỡng ngạch chuyên viên' : 'Bồi dưỡng ngạch chuyên viên chính',
    ['qlnn', level],
    administrationGrade,
    ...providerLine(provider),
  );

// Leadership at the top rank of both tracks.
const caoCap = programme(
  'cao-cap',
  'Cao cấp lý luận chính trị',
  ['llct', 'cao-cap'],
  [
    module(
      'lanh-dao',
      'Khoa học lãnh đạo, quản lý',
      60,
      'phong cách lãnh đạo',
      'lãnh đạo sự thay đổi',
      'xây dựng tầm nhìn và mục tiêu chiến lược',
    ),
  ],
);
const chuyenVienCaoCap = programme(
  'chuyen-vien-cao-cap',
  'Bồi dưỡng ngạch chuyên viên cao cấp',
  ['qlnn', 'chuyen-vien-cao-cap'],
  [
    module('hoi-nhap', 'Hội nhập quốc tế và ngoại giao công vụ', 8),
    module(
      'lanh-dao',
      'Lãnh đạo trong khu vực công',
      12,
      'phong cách lãnh đạo',
      'lãnh đạo sự thay đổi',
    ),
  ],
);

const nationalPair: Files = {
  'programmes/trung-cap.yaml': trungCap(),
  'programmes/chuyen-vien-chinh.yaml': grade('chuyen-vien-chinh'),
};

ruleTester(crossTrackOverlap, {
  valid: [
    {
      // The overlap is still a module-overlap, across tracks.
      name: 'the same content at levels of two tracks that are not declared comparable',
      files: {
        'framework.yaml': framework(),
        'programmes/trung-cap.yaml': trungCap(),
        'programmes/chuyen-vien.yaml': grade('chuyen-vien'),
      },
    },
    {
      // A school's copy is compared with that school's offer, not with the national one.
      name: "a provider's programme and a national one at comparable levels",
      files: {
        'framework.yaml': framework(),
        'nghe-an/trung-cap.yaml': trungCap(ngheAn),
        'programmes/chuyen-vien-chinh.yaml': grade('chuyen-vien-chinh'),
      },
    },
    {
      // A group the code accepts within one track: that is a ladder (cross-level-repeat).
      name: 'two levels of one track listed as comparable',
      files: {
        'framework.yaml': framework(['[qlnn/chuyen-vien, qlnn/chuyen-vien-chinh]']),
        'programmes/chuyen-vien.yaml': programme(
          'chuyen-vien',
          'Bồi dưỡng ngạch chuyên viên',
          ['qlnn', 'chuyen-vien'],
          administration,
        ),
        'programmes/chuyen-vien-chinh.yaml': grade('chuyen-vien-chinh'),
      },
    },
  ],
  invalid: [
    {
      // At the module whose ref sorts first, whichever programme is longer.
      name: 'state administration in trung cấp and in the chuyên viên chính grade',
      files: { 'framework.yaml': framework(), ...nationalPair },
      findings: [
        {
          messageId: 'cross-track-overlap.overlap',
          data: {
            a: 'chuyen-vien-chinh/quan-ly-hanh-chinh',
            aLevel: 'Ngạch chuyên viên chính',
            b: 'trung-cap/quan-ly-hanh-chinh',
            bLevel: 'Trung cấp lý luận chính trị',
          },
          file: 'programmes/chuyen-vien-chinh.yaml',
          line: 7,
          column: 5,
          about: [
            'module:chuyen-vien-chinh/quan-ly-hanh-chinh',
            'module:trung-cap/quan-ly-hanh-chinh',
          ],
        },
      ],
    },
    {
      name: 'overlaps in two comparable groups, one finding each',
      files: {
        'framework.yaml': framework([
          '[llct/trung-cap, qlnn/chuyen-vien-chinh]',
          '[llct/cao-cap, qlnn/chuyen-vien-cao-cap]',
        ]),
        ...nationalPair,
        'programmes/cao-cap.yaml': caoCap,
        'programmes/chuyen-vien-cao-cap.yaml': chuyenVienCaoCap,
      },
      findings: [
        {
          messageId: 'cross-track-overlap.overlap',
          data: {
            a: 'cao-cap/lanh-dao',
            aLevel: 'Cao cấp lý luận chính trị',
            b: 'chuyen-vien-cao-cap/lanh-dao',
            bLevel: 'Ngạch chuyên viên cao cấp',
          },
          file: 'programmes/cao-cap.yaml',
          line: 7,
          about: ['module:cao-cap/lanh-dao', 'module:chuyen-vien-cao-cap/lanh-dao'],
        },
        {
          messageId: 'cross-track-overlap.overlap',
          data: {
            a: 'chuyen-vien-chinh/quan-ly-hanh-chinh',
            b: 'trung-cap/quan-ly-hanh-chinh',
          },
          file: 'programmes/chuyen-vien-chinh.yaml',
          line: 7,
          about: [
            'module:chuyen-vien-chinh/quan-ly-hanh-chinh',
            'module:trung-cap/quan-ly-hanh-chinh',
          ],
        },
      ],
    },
    {
      name: "one provider's programmes of two tracks at comparable levels",
      files: {
        'framework.yaml': framework(),
        'nghe-an/trung-cap.yaml': trungCap(ngheAn),
        'nghe-an/chuyen-vien-chinh.yaml': grade('chuyen-vien-chinh', ngheAn),
      },
      findings: [
        {
          messageId: 'cross-track-overlap.overlap',
          data: {
            a: 'chuyen-vien-chinh-nghe-an/quan-ly-hanh-chinh',
            b: 'trung-cap-nghe-an/quan-ly-hanh-chinh',
          },
          file: 'nghe-an/chuyen-vien-chinh.yaml',
          line: 8,
          about: [
            'module:chuyen-vien-chinh-nghe-an/quan-ly-hanh-chinh',
            'module:trung-cap-nghe-an/quan-ly-hanh-chinh',
          ],
        },
      ],
    },
  ],
});
