import { redundantPrerequisite } from '../../src/rules/redundant-prerequisite.js';
import { type Files, ruleTester } from './rule-tester.js';

const framework = [
  'kind: framework',
  'id: can-bo',
  'title: Bồi dưỡng công chức theo tiêu chuẩn ngạch',
  'tracks:',
  '  - id: qlnn',
  '    title: Quản lý nhà nước theo tiêu chuẩn ngạch',
  '    levels:',
  '      - { id: chuyen-vien, title: Ngạch chuyên viên }',
  '      - { id: chuyen-vien-chinh, title: Ngạch chuyên viên chính }',
  '',
].join('\n');

/** Prerequisites by module id, as written in `requires: [...]`. */
type Requires = Readonly<Record<string, string>>;

/**
 * A programme of the qlnn track: its first module starts at line 7, each in four lines (three
 * without prerequisites), `- id` first.
 */
const programme = (
  id: string,
  title: string,
  modules: readonly (readonly [string, string, number])[],
  requires: Requires,
) =>
  [
    'kind: programme',
    `id: ${id}`,
    `title: ${title}`,
    'track: qlnn',
    `level: ${id}`,
    'modules:',
    ...modules.flatMap(([m, t, hours]) => [
      `  - id: ${m}`,
      `    title: ${t}`,
      `    hours: ${hours}`,
      ...(requires[m] ? [`    requires: [${requires[m]}]`] : []),
    ]),
    '',
  ].join('\n');

const repository = (chuyenVien: Requires, chuyenVienChinh: Requires): Files => ({
  'framework.yaml': framework,
  'programmes/chuyen-vien.yaml': programme(
    'chuyen-vien',
    'Bồi dưỡng ngạch chuyên viên',
    [
      ['tong-quan-qlhcnn', 'Tổng quan về quản lý hành chính nhà nước', 16],
      ['soan-thao-van-ban', 'Kỹ năng soạn thảo văn bản quản lý nhà nước', 12],
    ],
    chuyenVien,
  ),
  'programmes/chuyen-vien-chinh.yaml': programme(
    'chuyen-vien-chinh',
    'Bồi dưỡng ngạch chuyên viên chính',
    [
      ['xay-dung-de-an', 'Xây dựng đề án, tờ trình', 12],
      ['ky-nang-tham-muu', 'Kỹ năng tham mưu, đề xuất chính sách', 8],
      ['chinh-sach-cong', 'Hoạch định và phân tích chính sách công', 16],
      ['danh-gia-chinh-sach', 'Theo dõi, đánh giá chính sách công', 8],
    ],
    chuyenVienChinh,
  ),
});

ruleTester(redundantPrerequisite, {
  valid: [
    {
      name: 'a chain of prerequisites, each module naming only the step before it',
      files: repository(
        { 'soan-thao-van-ban': 'tong-quan-qlhcnn' },
        {
          'xay-dung-de-an': 'chuyen-vien/soan-thao-van-ban',
          'chinh-sach-cong': 'xay-dung-de-an',
          'danh-gia-chinh-sach': 'chinh-sach-cong',
        },
      ),
    },
    {
      // Both prerequisites lead to the drafting module; neither leads to the other.
      name: 'two prerequisites that share a prerequisite of their own',
      files: repository(
        {},
        {
          'xay-dung-de-an': 'chuyen-vien/soan-thao-van-ban',
          'ky-nang-tham-muu': 'chuyen-vien/soan-thao-van-ban',
          'chinh-sach-cong': 'xay-dung-de-an, ky-nang-tham-muu',
        },
      ),
    },
    {
      // Evaluation requires planning directly and through implementation, but the three
      // form a cycle: that is prerequisite-cycle's to report.
      name: 'a requirement inside a prerequisite cycle',
      files: repository(
        {},
        {
          'xay-dung-de-an': 'danh-gia-chinh-sach',
          'chinh-sach-cong': 'xay-dung-de-an',
          'danh-gia-chinh-sach': 'chinh-sach-cong, xay-dung-de-an',
        },
      ),
    },
    {
      name: 'two prerequisites that are one cycle, required from outside it',
      files: repository(
        {},
        {
          'xay-dung-de-an': 'ky-nang-tham-muu',
          'ky-nang-tham-muu': 'xay-dung-de-an',
          'chinh-sach-cong': 'xay-dung-de-an, ky-nang-tham-muu',
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'a requirement the other prerequisite already has',
      files: repository(
        {},
        {
          'xay-dung-de-an': 'chuyen-vien/soan-thao-van-ban',
          'chinh-sach-cong': 'xay-dung-de-an, chuyen-vien/soan-thao-van-ban',
        },
      ),
      findings: [
        {
          messageId: 'redundant-prerequisite.redundant',
          data: {
            module: 'chuyen-vien-chinh/chinh-sach-cong',
            required: 'chuyen-vien/soan-thao-van-ban',
            via: 'chuyen-vien-chinh/xay-dung-de-an',
          },
          file: 'programmes/chuyen-vien-chinh.yaml',
          line: 17,
          column: 32,
          about: [
            'module:chuyen-vien-chinh/chinh-sach-cong',
            'module:chuyen-vien/soan-thao-van-ban',
            'module:chuyen-vien-chinh/xay-dung-de-an',
          ],
        },
      ],
    },
    {
      name: 'a requirement implied two steps down, written before the one that implies it',
      files: repository(
        { 'soan-thao-van-ban': 'tong-quan-qlhcnn' },
        {
          'xay-dung-de-an': 'chuyen-vien/soan-thao-van-ban',
          'chinh-sach-cong': 'chuyen-vien/tong-quan-qlhcnn, xay-dung-de-an',
        },
      ),
      findings: [
        {
          messageId: 'redundant-prerequisite.redundant',
          data: {
            module: 'chuyen-vien-chinh/chinh-sach-cong',
            required: 'chuyen-vien/tong-quan-qlhcnn',
            via: 'chuyen-vien-chinh/xay-dung-de-an',
          },
          file: 'programmes/chuyen-vien-chinh.yaml',
          line: 17,
          column: 16,
          about: [
            'module:chuyen-vien-chinh/chinh-sach-cong',
            'module:chuyen-vien/tong-quan-qlhcnn',
            'module:chuyen-vien-chinh/xay-dung-de-an',
          ],
        },
      ],
    },
    {
      // The drafting module is implied by both other prerequisites: reported once, naming
      // the first of them in `requires` order.
      name: 'two redundant requirements of one module, one implied twice',
      files: repository(
        {},
        {
          'xay-dung-de-an': 'chuyen-vien/soan-thao-van-ban',
          'chinh-sach-cong': 'xay-dung-de-an',
          'danh-gia-chinh-sach': 'xay-dung-de-an, chinh-sach-cong, chuyen-vien/soan-thao-van-ban',
        },
      ),
      findings: [
        {
          messageId: 'redundant-prerequisite.redundant',
          data: {
            module: 'chuyen-vien-chinh/danh-gia-chinh-sach',
            required: 'chuyen-vien-chinh/xay-dung-de-an',
            via: 'chuyen-vien-chinh/chinh-sach-cong',
          },
          file: 'programmes/chuyen-vien-chinh.yaml',
          line: 21,
          column: 16,
          about: [
            'module:chuyen-vien-chinh/danh-gia-chinh-sach',
            'module:chuyen-vien-chinh/xay-dung-de-an',
            'module:chuyen-vien-chinh/chinh-sach-cong',
          ],
        },
        {
          messageId: 'redundant-prerequisite.redundant',
          data: {
            module: 'chuyen-vien-chinh/danh-gia-chinh-sach',
            required: 'chuyen-vien/soan-thao-van-ban',
            via: 'chuyen-vien-chinh/xay-dung-de-an',
          },
          file: 'programmes/chuyen-vien-chinh.yaml',
          line: 21,
          column: 49,
          about: [
            'module:chuyen-vien-chinh/danh-gia-chinh-sach',
            'module:chuyen-vien/soan-thao-van-ban',
            'module:chuyen-vien-chinh/xay-dung-de-an',
          ],
        },
      ],
    },
  ],
});
