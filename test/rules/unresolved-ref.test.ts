import { unresolvedRef } from '../../src/rules/unresolved-ref.js';
import { ruleTester } from './rule-tester.js';

/** The framework; `extra` from line 11. */
const framework = (...extra: string[]) =>
  [
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
    ...extra,
    '',
  ].join('\n');

/** A programme with its track and level on lines 4 and 5; `lines` from line 6. */
const programme = (id: string, track: string, level: string, ...lines: string[]) =>
  [
    'kind: programme',
    `id: ${id}`,
    `title: Chương trình ${id}`,
    `track: ${track}`,
    `level: ${level}`,
    ...lines,
    '',
  ].join('\n');

const trietHoc = (hours: number) => [
  'modules:',
  '  - id: triet-hoc',
  '    title: Triết học Mác – Lênin',
  `    hours: ${hours}`,
];

ruleTester(unresolvedRef, {
  valid: [
    {
      name: 'every kind of ref, resolved',
      files: {
        'framework.yaml': framework(
          'comparable:',
          '  - [llct/trung-cap, qlnn/chuyen-vien-chinh]',
          'positions:',
          '  - id: chuyen-vien-so',
          '    title: Chuyên viên sở',
          '    requires: [qlnn/chuyen-vien, llct/so-cap]',
        ),
        'tc.yaml': programme(
          'tc',
          'llct',
          'trung-cap',
          'satisfies: [qlnn/chuyen-vien-chinh]',
          ...trietHoc(40),
          '  - id: kinh-te',
          '    title: Kinh tế chính trị Mác – Lênin',
          '    hours: 20',
          '    requires: [triet-hoc]',
        ),
        'cc.yaml': programme(
          'cc',
          'llct',
          'cao-cap',
          ...trietHoc(60),
          '    requires: [tc/triet-hoc]',
          '    intendedOverlaps:',
          '      - { module: tc/kinh-te, reason: Ôn lại trước khi học nâng cao }',
        ),
      },
    },
    {
      name: 'a ref into a programme whose file fails its schema is not judged',
      files: {
        'framework.yaml': framework(),
        'tc.yaml': programme('tc', 'llct', 'trung-cap', ...trietHoc(0)),
        'cc.yaml': programme('cc', 'llct', 'cao-cap', ...trietHoc(60), '    requires: [tc/triet]'),
      },
    },
  ],
  invalid: [
    {
      name: 'a module ref and a level with a near miss (docs example)',
      files: {
        'framework.yaml': framework(),
        'programmes/tc.yaml': programme('tc', 'llct', 'trung-cap2', ...trietHoc(40)),
        'programmes/cc.yaml': programme(
          'cc',
          'llct',
          'cao-cap',
          ...trietHoc(60),
          '    requires: [tc/triet-hoc-ml]',
        ),
      },
      findings: [
        {
          messageId: 'load.catalog.unresolved-module',
          data: {
            ref: 'tc/triet-hoc-ml',
            why: {
              id: 'load.catalog.no-such-module',
              data: { programme: 'tc', module: 'triet-hoc-ml' },
            },
            hint: 'tc/triet-hoc',
          },
          file: 'programmes/cc.yaml',
          line: 10,
          column: 16,
          about: ['module:cc/triet-hoc'],
        },
        {
          messageId: 'load.catalog.unknown-level',
          data: {
            level: 'trung-cap2',
            track: 'llct',
            levels: ['so-cap', 'trung-cap', 'cao-cap'],
            hint: 'trung-cap',
          },
          file: 'programmes/tc.yaml',
          line: 5,
          column: 8,
          about: ['programme:tc'],
        },
      ],
    },
    {
      name: 'a track, levels refs to no level and to no track, a bare ref, and no programme',
      files: {
        'framework.yaml': framework(),
        'a.yaml': programme(
          'a',
          'qlnm',
          'chuyen-vien',
          'satisfies: [llct/so-cap2, lltc/so-cap]',
          ...trietHoc(8),
          '    requires: [triet-ho, khong-co/triet-hoc]',
        ),
      },
      findings: [
        {
          messageId: 'load.catalog.unknown-track',
          data: { track: 'qlnm', tracks: ['llct', 'qlnn'], hint: 'qlnn' },
          file: 'a.yaml',
          line: 4,
          column: 8,
        },
        {
          messageId: 'load.catalog.unresolved-level',
          data: {
            ref: 'llct/so-cap2',
            why: { id: 'load.catalog.no-such-level', data: { track: 'llct' } },
            hint: 'llct/so-cap',
          },
          file: 'a.yaml',
          line: 6,
          column: 13,
        },
        {
          messageId: 'load.catalog.unresolved-level',
          data: {
            ref: 'lltc/so-cap',
            why: { id: 'load.catalog.no-such-track', data: { track: 'lltc' } },
            hint: 'llct/so-cap',
          },
          file: 'a.yaml',
          line: 6,
          column: 27,
        },
        {
          messageId: 'load.catalog.unresolved-module',
          data: {
            ref: 'triet-ho',
            why: {
              id: 'load.catalog.no-such-module',
              data: { programme: 'a', module: 'triet-ho' },
            },
            hint: 'a/triet-hoc',
          },
          file: 'a.yaml',
          line: 11,
          column: 16,
        },
        {
          messageId: 'load.catalog.unresolved-module',
          data: {
            ref: 'khong-co/triet-hoc',
            why: { id: 'load.catalog.no-such-programme', data: { programme: 'khong-co' } },
          },
          file: 'a.yaml',
          line: 11,
          column: 26,
        },
      ],
    },
    {
      name: 'level refs of the framework, and an intended overlap with no module',
      files: {
        'framework.yaml': framework(
          'comparable:',
          '  - [llct/trung-cap, qlnn/chuyen-vien-chin]',
          'positions:',
          '  - id: chuyen-vien-so',
          '    title: Chuyên viên sở',
          '    requires: [qlnm/chuyen-vien]',
        ),
        'tc.yaml': programme(
          'tc',
          'llct',
          'trung-cap',
          ...trietHoc(40),
          '    intendedOverlaps:',
          '      - { module: tc/kinh-te, reason: Ôn lại }',
        ),
      },
      findings: [
        {
          messageId: 'load.catalog.unresolved-level',
          data: { ref: 'qlnn/chuyen-vien-chin', hint: 'qlnn/chuyen-vien-chinh' },
          file: 'framework.yaml',
          line: 12,
          column: 22,
          about: ['framework:demo'],
        },
        {
          messageId: 'load.catalog.unresolved-level',
          data: { ref: 'qlnm/chuyen-vien', hint: 'qlnn/chuyen-vien' },
          file: 'framework.yaml',
          line: 16,
          column: 16,
          about: ['position:chuyen-vien-so'],
        },
        {
          messageId: 'load.catalog.unresolved-module',
          data: {
            ref: 'tc/kinh-te',
            why: {
              id: 'load.catalog.no-such-module',
              data: { programme: 'tc', module: 'kinh-te' },
            },
          },
          file: 'tc.yaml',
          line: 11,
          column: 19,
          about: ['module:tc/triet-hoc'],
        },
      ],
    },
  ],
});
