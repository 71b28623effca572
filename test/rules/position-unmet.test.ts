import { positionUnmet } from '../../src/rules/position-unmet.js';
import { type Files, ruleTester } from './rule-tester.js';

/** Two tracks; the positions are listed at lines 15 (trưởng phòng) and 18 (phó vụ trưởng). */
const framework = (comparable = '') =>
  [
    'kind: framework',
    'id: can-bo',
    'title: Đào tạo, bồi dưỡng cán bộ, công chức',
    'tracks:',
    '  - id: llct',
    '    title: Lý luận chính trị',
    '    levels: [trung-cap, cao-cap]',
    '  - id: qlnn',
    '    title: Quản lý nhà nước theo tiêu chuẩn ngạch',
    '    levels:',
    '      - { id: chuyen-vien, title: Ngạch chuyên viên }',
    '      - { id: chuyen-vien-chinh, title: Ngạch chuyên viên chính }',
    '      - { id: chuyen-vien-cao-cap, title: Ngạch chuyên viên cao cấp }',
    'positions:',
    '  - id: truong-phong',
    '    title: Trưởng phòng thuộc sở',
    '    requires: [qlnn/chuyen-vien-chinh]',
    '  - id: pho-vu-truong',
    '    title: Phó Vụ trưởng thuộc bộ',
    '    requires: [llct/cao-cap, qlnn/chuyen-vien-cao-cap]',
    comparable,
    '',
  ].join('\n');

/** A programme of one module. */
const programme = (
  id: string,
  title: string,
  track: string,
  level: string,
  module: string,
  extra = '',
) =>
  [
    'kind: programme',
    `id: ${id}`,
    `title: ${title}`,
    `track: ${track}`,
    `level: ${level}`,
    extra,
    'modules:',
    `  - { id: m1, title: ${module}, hours: 16 }`,
    '',
  ]
    .filter(Boolean)
    .join('\n');

const chuyenVienChinh = programme(
  'chuyen-vien-chinh',
  'Bồi dưỡng ngạch chuyên viên chính',
  'qlnn',
  'chuyen-vien-chinh',
  'Quản lý hành chính nhà nước',
);
const caoCap = programme(
  'cao-cap-llct',
  'Cao cấp lý luận chính trị',
  'llct',
  'cao-cap',
  'Lịch sử Đảng Cộng sản Việt Nam',
);

const everyLevel: Files = {
  'framework.yaml': framework(),
  'programmes/chuyen-vien-chinh.yaml': chuyenVienChinh,
  'programmes/cao-cap-llct.yaml': caoCap,
  'programmes/chuyen-vien-cao-cap.yaml': programme(
    'chuyen-vien-cao-cap',
    'Bồi dưỡng ngạch chuyên viên cao cấp',
    'qlnn',
    'chuyen-vien-cao-cap',
    'Hoạch định và phân tích chính sách công',
  ),
};

ruleTester(positionUnmet, {
  valid: [
    // A level without a programme (chuyên viên) that no position requires is missing-level's
    // to report, not this rule's.
    { name: 'every required level has a programme of its own', files: everyLevel },
    {
      name: "a required level reached by another track's certificate (satisfies)",
      files: {
        'framework.yaml': framework(),
        'programmes/chuyen-vien-chinh.yaml': chuyenVienChinh,
        'programmes/cao-cap-llct-hc.yaml': programme(
          'cao-cap-llct-hc',
          'Cao cấp lý luận chính trị – hành chính',
          'llct',
          'cao-cap',
          'Quản lý hành chính nhà nước',
          'satisfies: [qlnn/chuyen-vien-cao-cap]',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'a position whose grade has no programme, next to one whose grade has',
      files: {
        'framework.yaml': framework(),
        'programmes/chuyen-vien-chinh.yaml': chuyenVienChinh,
        'programmes/cao-cap-llct.yaml': caoCap,
      },
      findings: [
        {
          messageId: 'position-unmet.unmet',
          data: {
            position: 'Phó Vụ trưởng thuộc bộ',
            id: 'pho-vu-truong',
            level: '"Ngạch chuyên viên cao cấp" (qlnn/chuyen-vien-cao-cap)',
          },
          file: 'framework.yaml',
          line: 18,
          column: 5,
          about: ['position:pho-vu-truong', 'level:qlnn/chuyen-vien-cao-cap'],
        },
      ],
    },
    {
      // Both at the position, so in the order of their text.
      name: 'a position that lacks both its levels: one finding for each',
      files: {
        'framework.yaml': framework(),
        'programmes/chuyen-vien-chinh.yaml': chuyenVienChinh,
      },
      findings: [
        {
          messageId: 'position-unmet.unmet',
          data: {
            id: 'pho-vu-truong',
            level: '"Ngạch chuyên viên cao cấp" (qlnn/chuyen-vien-cao-cap)',
          },
          file: 'framework.yaml',
          line: 18,
          about: ['position:pho-vu-truong', 'level:qlnn/chuyen-vien-cao-cap'],
        },
        {
          messageId: 'position-unmet.unmet',
          // A level written without a title is named by its ref alone.
          data: { id: 'pho-vu-truong', level: '"llct/cao-cap"' },
          file: 'framework.yaml',
          line: 18,
          about: ['position:pho-vu-truong', 'level:llct/cao-cap'],
        },
      ],
    },
    {
      name: 'a comparable level of another track does not stand in for the one required',
      files: {
        'framework.yaml': framework('comparable:\n  - [llct/cao-cap, qlnn/chuyen-vien-cao-cap]'),
        'programmes/chuyen-vien-chinh.yaml': chuyenVienChinh,
        'programmes/cao-cap-llct.yaml': caoCap,
      },
      findings: [
        {
          messageId: 'position-unmet.unmet',
          data: {
            id: 'pho-vu-truong',
            level: '"Ngạch chuyên viên cao cấp" (qlnn/chuyen-vien-cao-cap)',
          },
          file: 'framework.yaml',
          line: 18,
          about: ['position:pho-vu-truong', 'level:qlnn/chuyen-vien-cao-cap'],
        },
      ],
    },
  ],
});
