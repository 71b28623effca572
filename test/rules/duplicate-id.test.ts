import { duplicateId } from '../../src/rules/duplicate-id.js';
import { ruleTester } from './rule-tester.js';

const framework = [
  'kind: framework',
  'id: demo',
  'title: Đào tạo cán bộ, công chức',
  'tracks:',
  '  - id: llct',
  '    title: Lý luận chính trị',
  '    levels: [so-cap, trung-cap, cao-cap]',
  '  - id: qlnn',
  '    title: Quản lý nhà nước',
  '    levels: [chuyen-vien, chuyen-vien-chinh]',
  '',
].join('\n');

/** A programme of the qlnn track; its id is on line 2, its modules from line 7. */
const programme = (
  id: string,
  ...modules: ReadonlyArray<[id: string, title: string, hours: number]>
) =>
  [
    'kind: programme',
    `id: ${id}`,
    'title: Bồi dưỡng ngạch chuyên viên',
    'track: qlnn',
    'level: chuyen-vien',
    'modules:',
    ...modules.flatMap(([m, title, hours]) => [
      `  - id: ${m}`,
      `    title: ${title}`,
      `    hours: ${hours}`,
    ]),
    '',
  ].join('\n');

ruleTester(duplicateId, {
  valid: [
    {
      name: 'one module id in two programmes, one level id in two tracks',
      files: {
        'framework.yaml': framework.replace(
          '[chuyen-vien, chuyen-vien-chinh]',
          '[so-cap, chuyen-vien, chuyen-vien-chinh]',
        ),
        'a.yaml': programme('chuyen-vien', ['nha-nuoc', 'Nhà nước và pháp luật', 40]),
        'b.yaml': programme('chuyen-vien-chinh', ['nha-nuoc', 'Nhà nước và pháp luật', 40]),
      },
    },
    {
      name: 'one title for two modules: titles identify nothing',
      files: {
        'framework.yaml': framework,
        'a.yaml': programme(
          'chuyen-vien',
          ['ky-nang-1', 'Kỹ năng', 8],
          ['ky-nang-2', 'Kỹ năng', 8],
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'a programme id in two files, a module id twice in one programme (docs example)',
      files: {
        'framework.yaml': framework,
        'programmes/a.yaml': programme('chuyen-vien', ['nha-nuoc', 'Nhà nước và pháp luật', 40]),
        'programmes/b.yaml': programme(
          'chuyen-vien',
          ['nha-nuoc', 'Nhà nước và pháp luật', 36],
          ['ky-nang', 'Kỹ năng soạn thảo văn bản', 16],
          ['ky-nang', 'Kỹ năng giao tiếp hành chính', 8],
        ),
      },
      findings: [
        {
          messageId: 'load.catalog.id-taken',
          data: { id: 'chuyen-vien', kind: 'programme', file: 'programmes/a.yaml' },
          file: 'programmes/b.yaml',
          line: 2,
          column: 5,
          about: ['programme:chuyen-vien'],
        },
        {
          messageId: 'load.catalog.duplicate-module',
          data: { module: 'ky-nang', programme: 'chuyen-vien' },
          file: 'programmes/b.yaml',
          line: 13,
          column: 9,
          about: ['module:chuyen-vien/ky-nang'],
        },
      ],
    },
    {
      name: 'a programme with the id of the framework',
      files: {
        'framework.yaml': framework,
        'demo.yaml': programme('demo', ['nha-nuoc', 'Nhà nước và pháp luật', 40]),
      },
      findings: [
        {
          messageId: 'load.catalog.id-taken',
          data: { id: 'demo', kind: 'framework', file: 'framework.yaml' },
          file: 'demo.yaml',
          line: 2,
          column: 5,
          about: ['programme:demo'],
        },
      ],
    },
    {
      name: 'a track, a level within its track, and a position, each twice',
      files: {
        'framework.yaml': [
          'kind: framework',
          'id: demo',
          'title: Đào tạo cán bộ, công chức',
          'tracks:',
          '  - id: qlnn',
          '    title: Quản lý nhà nước',
          '    levels:',
          '      - { id: chuyen-vien, title: Chuyên viên }',
          '      - { id: chuyen-vien, title: Chuyên viên chính }',
          '  - id: qlnn',
          '    title: Quản lý nhà nước (cũ)',
          '    levels: [can-su]',
          'positions:',
          '  - id: chuyen-vien-phong',
          '    title: Chuyên viên phòng',
          '    requires: [qlnn/chuyen-vien]',
          '  - id: chuyen-vien-phong',
          '    title: Chuyên viên phòng (bản khác)',
          '    requires: [qlnn/chuyen-vien]',
          '',
        ].join('\n'),
      },
      findings: [
        {
          messageId: 'load.catalog.duplicate-level',
          data: { level: 'chuyen-vien', track: 'qlnn' },
          file: 'framework.yaml',
          line: 9,
          column: 15,
          about: ['level:qlnn/chuyen-vien'],
        },
        {
          messageId: 'load.catalog.duplicate-track',
          data: { track: 'qlnn' },
          file: 'framework.yaml',
          line: 10,
          column: 9,
          about: ['track:qlnn'],
        },
        {
          messageId: 'load.catalog.duplicate-position',
          data: { position: 'chuyen-vien-phong' },
          file: 'framework.yaml',
          line: 17,
          column: 9,
          about: ['position:chuyen-vien-phong'],
        },
      ],
    },
    {
      name: 'a module id twice in a programme that fails its schema',
      files: {
        'framework.yaml': framework,
        'a.yaml': programme('chuyen-vien', ['ky-nang', 'Kỹ năng', 0], ['ky-nang', 'Kỹ năng', 8]),
      },
      findings: [
        {
          messageId: 'load.catalog.duplicate-module',
          data: { module: 'ky-nang', programme: 'chuyen-vien' },
          file: 'a.yaml',
          line: 10,
          column: 9,
        },
      ],
    },
  ],
});
