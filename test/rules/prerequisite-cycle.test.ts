import { prerequisiteCycle } from '../../src/rules/prerequisite-cycle.js';
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

/** A module in four lines (three without prerequisites): `- id` is its first. */
const module = (id: string, title: string, hours: number, requires?: string) => [
  `  - id: ${id}`,
  `    title: ${title}`,
  `    hours: ${hours}`,
  ...(requires ? [`    requires: [${requires}]`] : []),
];

/** A programme of the qlnn track: its first module starts at line 7. */
const programme = (id: string, title: string, level: string, modules: string[][]) =>
  [
    'kind: programme',
    `id: ${id}`,
    `title: ${title}`,
    'track: qlnn',
    `level: ${level}`,
    'modules:',
    ...modules.flat(),
    '',
  ].join('\n');

const chuyenVien = (tongQuan?: string, soanThao?: string) =>
  programme('chuyen-vien', 'Bồi dưỡng ngạch chuyên viên', 'chuyen-vien', [
    module('tong-quan-qlhcnn', 'Tổng quan về quản lý hành chính nhà nước', 16, tongQuan),
    module('soan-thao-van-ban', 'Kỹ năng soạn thảo văn bản quản lý nhà nước', 12, soanThao),
  ]);

/** The policy course of the chuyên viên chính grade, each module with its prerequisites. */
const chuyenVienChinh = (hoachDinh?: string, thucThi?: string, danhGia?: string) =>
  programme('chuyen-vien-chinh', 'Bồi dưỡng ngạch chuyên viên chính', 'chuyen-vien-chinh', [
    module('hoach-dinh-chinh-sach', 'Hoạch định chính sách công', 12, hoachDinh),
    module('thuc-thi-chinh-sach', 'Tổ chức thực thi chính sách công', 8, thucThi),
    module('danh-gia-chinh-sach', 'Theo dõi, đánh giá chính sách công', 8, danhGia),
    module(
      'soan-thao-van-ban',
      'Kỹ năng soạn thảo văn bản chính sách',
      8,
      'chuyen-vien/soan-thao-van-ban',
    ),
  ]);

const files = (cv: string, cvc: string): Files => ({
  'framework.yaml': framework,
  'programmes/chuyen-vien.yaml': cv,
  'programmes/chuyen-vien-chinh.yaml': cvc,
});

ruleTester(prerequisiteCycle, {
  valid: [
    {
      // Evaluation needs planning twice over (directly and through implementation): a module
      // reached twice is no cycle.
      name: 'planning, implementation and evaluation in order, one reached by two paths',
      files: files(
        chuyenVien(),
        chuyenVienChinh(
          'chuyen-vien/tong-quan-qlhcnn',
          'hoach-dinh-chinh-sach',
          'hoach-dinh-chinh-sach, thuc-thi-chinh-sach',
        ),
      ),
    },
    {
      // chuyen-vien-chinh/soan-thao-van-ban requires chuyen-vien/soan-thao-van-ban: the same
      // module id, another module.
      name: 'a module that requires the module of the same id one grade below',
      files: files(chuyenVien(), chuyenVienChinh()),
    },
  ],
  invalid: [
    {
      name: 'three modules in a circle, and a module that requires itself',
      files: files(
        chuyenVien(undefined, 'soan-thao-van-ban'),
        chuyenVienChinh('danh-gia-chinh-sach', 'hoach-dinh-chinh-sach', 'thuc-thi-chinh-sach'),
      ),
      findings: [
        {
          // At the first module by ref, though it is written last, where it requires the next.
          messageId: 'prerequisite-cycle.cycle',
          data: {
            chain: [
              'chuyen-vien-chinh/danh-gia-chinh-sach',
              'chuyen-vien-chinh/thuc-thi-chinh-sach',
              'chuyen-vien-chinh/hoach-dinh-chinh-sach',
              'chuyen-vien-chinh/danh-gia-chinh-sach',
            ],
          },
          file: 'programmes/chuyen-vien-chinh.yaml',
          line: 18,
          column: 16,
          about: [
            'module:chuyen-vien-chinh/danh-gia-chinh-sach',
            'module:chuyen-vien-chinh/hoach-dinh-chinh-sach',
            'module:chuyen-vien-chinh/thuc-thi-chinh-sach',
          ],
        },
        {
          messageId: 'prerequisite-cycle.itself',
          data: { module: 'chuyen-vien/soan-thao-van-ban' },
          file: 'programmes/chuyen-vien.yaml',
          line: 13,
          column: 16,
          about: ['module:chuyen-vien/soan-thao-van-ban'],
        },
      ],
    },
    {
      name: 'two grades that each require the other',
      files: files(
        chuyenVien('chuyen-vien-chinh/hoach-dinh-chinh-sach'),
        chuyenVienChinh('chuyen-vien/tong-quan-qlhcnn'),
      ),
      findings: [
        {
          messageId: 'prerequisite-cycle.cycle',
          data: {
            chain: [
              'chuyen-vien-chinh/hoach-dinh-chinh-sach',
              'chuyen-vien/tong-quan-qlhcnn',
              'chuyen-vien-chinh/hoach-dinh-chinh-sach',
            ],
          },
          file: 'programmes/chuyen-vien-chinh.yaml',
          line: 10,
          column: 16,
          about: [
            'module:chuyen-vien-chinh/hoach-dinh-chinh-sach',
            'module:chuyen-vien/tong-quan-qlhcnn',
          ],
        },
      ],
    },
  ],
});
