import { prerequisiteInversion } from '../../src/rules/prerequisite-inversion.js';
import { type Files, ruleTester } from './rule-tester.js';

const framework = [
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
  '  - [llct/cao-cap, qlnn/chuyen-vien-cao-cap]',
  '',
].join('\n');

/** A module in four lines (three without prerequisites): `- id` is its first. */
const module = (id: string, title: string, hours: number, requires?: string) => [
  `  - id: ${id}`,
  `    title: ${title}`,
  `    hours: ${hours}`,
  ...(requires ? [`    requires: [${requires}]`] : []),
];

/** A programme: its first module starts at line 7, or 8 with `extra`. */
const programme = (
  id: string,
  title: string,
  track: string,
  level: string,
  modules: string[][],
  extra?: string,
) =>
  [
    'kind: programme',
    `id: ${id}`,
    `title: ${title}`,
    `track: ${track}`,
    `level: ${level}`,
    ...(extra ? [extra] : []),
    'modules:',
    ...modules.flat(),
    '',
  ].join('\n');

/** The grades' programmes, each module with the prerequisites given (by module id). */
const repository = (
  requires: {
    thamMuu?: string;
    chinhSach?: string;
    chienLuoc?: string;
  },
  more: Files = {},
): Files => ({
  'framework.yaml': framework,
  'programmes/chuyen-vien.yaml': programme(
    'chuyen-vien',
    'Bồi dưỡng ngạch chuyên viên',
    'qlnn',
    'chuyen-vien',
    [
      module('tong-quan-qlhcnn', 'Tổng quan về quản lý hành chính nhà nước', 16),
      module('ky-nang-tham-muu', 'Kỹ năng tham mưu, tổng hợp', 8, requires.thamMuu),
    ],
  ),
  'programmes/chuyen-vien-chinh.yaml': programme(
    'chuyen-vien-chinh',
    'Bồi dưỡng ngạch chuyên viên chính',
    'qlnn',
    'chuyen-vien-chinh',
    [
      module('chinh-sach-cong', 'Hoạch định và phân tích chính sách công', 16, requires.chinhSach),
      module('quan-ly-nhan-su', 'Quản lý nguồn nhân lực trong cơ quan hành chính', 12),
    ],
  ),
  'programmes/chuyen-vien-cao-cap.yaml': programme(
    'chuyen-vien-cao-cap',
    'Bồi dưỡng ngạch chuyên viên cao cấp',
    'qlnn',
    'chuyen-vien-cao-cap',
    [
      module(
        'hoach-dinh-chien-luoc',
        'Hoạch định chiến lược phát triển ngành, địa phương',
        16,
        requires.chienLuoc,
      ),
    ],
  ),
  ...more,
});

const caoCapLlct = (satisfies?: string) =>
  programme(
    'cao-cap-llct',
    'Cao cấp lý luận chính trị',
    'llct',
    'cao-cap',
    [module('triet-hoc', 'Triết học Mác – Lênin', 120)],
    satisfies,
  );

ruleTester(prerequisiteInversion, {
  valid: [
    {
      name: 'prerequisites one and two grades lower',
      files: repository({
        chinhSach: 'chuyen-vien/tong-quan-qlhcnn',
        chienLuoc: 'chuyen-vien/ky-nang-tham-muu, chuyen-vien-chinh/chinh-sach-cong',
      }),
    },
    {
      name: 'a prerequisite of the same grade, in the same programme',
      files: repository({ thamMuu: 'tong-quan-qlhcnn' }),
    },
    {
      // Ranks are compared within a track only, whatever `comparable` says.
      name: 'a prerequisite at a higher rank of another track',
      files: repository(
        { thamMuu: 'cao-cap-llct/triet-hoc' },
        { 'programmes/cao-cap-llct.yaml': caoCapLlct() },
      ),
    },
    {
      // A module's level is its programme's own: the cao cấp programme satisfies the chuyên
      // viên cao cấp grade, but stands in the llct track.
      name: 'a prerequisite in a programme that satisfies a higher grade',
      files: repository(
        { chinhSach: 'cao-cap-llct/triet-hoc' },
        { 'programmes/cao-cap-llct.yaml': caoCapLlct('satisfies: [qlnn/chuyen-vien-cao-cap]') },
      ),
    },
  ],
  invalid: [
    {
      name: 'a chuyên viên module that requires a chuyên viên chính one',
      files: repository({ thamMuu: 'tong-quan-qlhcnn, chuyen-vien-chinh/chinh-sach-cong' }),
      findings: [
        {
          // At the inverted requirement, not at the one before it.
          messageId: 'prerequisite-inversion.inverted',
          data: {
            module: 'chuyen-vien/ky-nang-tham-muu',
            level: 'Ngạch chuyên viên',
            required: 'chuyen-vien-chinh/chinh-sach-cong',
            requiredLevel: 'Ngạch chuyên viên chính',
          },
          file: 'programmes/chuyen-vien.yaml',
          line: 13,
          column: 34,
          about: [
            'module:chuyen-vien/ky-nang-tham-muu',
            'module:chuyen-vien-chinh/chinh-sach-cong',
          ],
        },
      ],
    },
    {
      name: 'two grades that require the highest one, one of them two steps below it',
      files: repository({
        thamMuu: 'chuyen-vien-cao-cap/hoach-dinh-chien-luoc',
        chinhSach: 'chuyen-vien/tong-quan-qlhcnn, chuyen-vien-cao-cap/hoach-dinh-chien-luoc',
      }),
      findings: [
        {
          messageId: 'prerequisite-inversion.inverted',
          data: {
            module: 'chuyen-vien-chinh/chinh-sach-cong',
            level: 'Ngạch chuyên viên chính',
            required: 'chuyen-vien-cao-cap/hoach-dinh-chien-luoc',
            requiredLevel: 'Ngạch chuyên viên cao cấp',
          },
          file: 'programmes/chuyen-vien-chinh.yaml',
          line: 10,
          column: 46,
          about: [
            'module:chuyen-vien-chinh/chinh-sach-cong',
            'module:chuyen-vien-cao-cap/hoach-dinh-chien-luoc',
          ],
        },
        {
          messageId: 'prerequisite-inversion.inverted',
          data: {
            module: 'chuyen-vien/ky-nang-tham-muu',
            level: 'Ngạch chuyên viên',
            required: 'chuyen-vien-cao-cap/hoach-dinh-chien-luoc',
            requiredLevel: 'Ngạch chuyên viên cao cấp',
          },
          file: 'programmes/chuyen-vien.yaml',
          line: 13,
          column: 16,
          about: [
            'module:chuyen-vien/ky-nang-tham-muu',
            'module:chuyen-vien-cao-cap/hoach-dinh-chien-luoc',
          ],
        },
      ],
    },
  ],
});
