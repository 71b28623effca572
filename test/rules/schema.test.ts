import { schema } from '../../src/rules/schema.js';
import { ruleTester } from './rule-tester.js';

const framework = (levels = '[so-cap, trung-cap]') =>
  [
    'kind: framework',
    'id: demo',
    'title: Đào tạo cán bộ, công chức',
    'language: vi',
    'periodMinutes: 45',
    'tracks:',
    '  - id: llct',
    '    title: Lý luận chính trị',
    `    levels: ${levels}`,
    '',
  ].join('\n');

/** A programme at `so-cap`; `lines` from line 6. */
const programme = (...lines: string[]) =>
  [
    'kind: programme',
    'id: basic',
    'title: Sơ cấp lý luận chính trị',
    'track: llct',
    'level: so-cap',
    ...lines,
    '',
  ].join('\n');

const allowedModuleKeys = [
  'id',
  'title',
  'hours',
  'part',
  'activity',
  'description',
  'topics',
  'outcomes',
  'requires',
  'intendedOverlaps',
];

ruleTester(schema, {
  valid: [
    {
      name: 'every optional field, well formed',
      files: {
        'framework.yaml': framework('[so-cap, { id: trung-cap, title: Trung cấp }]'),
        'basic.yaml': programme(
          'satisfies: [llct/trung-cap]',
          'provider: truong-chinh-tri-tinh',
          'credential: Giấy chứng nhận',
          'audience: Đảng viên mới',
          'language: vi-VN',
          'source: Quyết định số 1/QĐ (giả định)',
          'hours: 24.5',
          'modules:',
          '  - id: mac-lenin',
          '    title: "Chủ nghĩa Mác – Lênin: những vấn đề cơ bản"',
          '    hours: 16',
          '    activity: lesson',
          '    topics: [Triết học, Kinh tế chính trị]',
          '    outcomes: [Nắm được quan điểm cơ bản]',
          '  - id: thuc-te',
          '    title: Đi thực tế',
          '    hours: 8.5',
          '    activity: fieldwork',
          '    requires: [basic/mac-lenin]',
        ),
      },
    },
    {
      name: 'a text of 10,000 characters, the most allowed',
      files: {
        'framework.yaml': framework(),
        'basic.yaml': programme(
          'modules:',
          '  - id: mac-lenin',
          '    title: Chủ nghĩa Mác – Lênin',
          '    hours: 16',
          `    description: ${'Triết học '.repeat(1000).trim()}.`,
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'a level not a slug, a missing, a misspelled and a wrong property, a kind (docs example)',
      files: {
        'framework.yaml': framework('[so-cap, Trung Cap]'),
        'programmes/basic.yaml': programme(
          'modules:',
          '  - id: mac-lenin',
          '    title: Những vấn đề cơ bản của chủ nghĩa Mác – Lênin',
          '    hour: 24',
          '    activity: lecture',
        ),
        'programmes/x.yaml': 'kind: programe\nid: x\n',
      },
      findings: [
        {
          messageId: 'load.schema.pattern.slug',
          data: { path: 'tracks[0].levels[1]', value: '"Trung Cap"', hint: 'trung-cap' },
          file: 'framework.yaml',
          line: 9,
          column: 22,
        },
        {
          messageId: 'load.schema.required',
          data: { path: 'modules[0]', key: 'hours' },
          file: 'programmes/basic.yaml',
          line: 7,
          column: 5,
        },
        {
          messageId: 'load.schema.unknown-property',
          data: { path: 'modules[0]', key: 'hour', allowed: allowedModuleKeys, hint: 'hours' },
          file: 'programmes/basic.yaml',
          line: 9,
          column: 5,
        },
        {
          messageId: 'load.schema.enum',
          data: {
            path: 'modules[0].activity',
            allowed: ['lesson', 'report', 'fieldwork', 'assessment'],
          },
          file: 'programmes/basic.yaml',
          line: 10,
          column: 15,
        },
        {
          messageId: 'load.file.unknown-kind',
          data: { kind: 'programe', kinds: ['framework', 'programme'], hint: 'programme' },
          file: 'programmes/x.yaml',
          line: 1,
          column: 7,
        },
      ],
    },
    {
      name: 'values of the wrong type, out of range, empty, or not a ref',
      files: {
        'framework.yaml': framework(),
        'basic.yaml': programme(
          'hours: "24"',
          'satisfies: [trung-cap]',
          'modules:',
          '  - id: mac-lenin',
          '    title: ""',
          '    hours: 0',
          '    requires: [Mac Lenin]',
        ),
      },
      findings: [
        {
          messageId: 'load.schema.type',
          data: {
            path: 'hours',
            type: 'number',
            given: { id: 'load.schema.given.text', data: { text: '"24"' } },
          },
          file: 'basic.yaml',
          line: 6,
          column: 8,
        },
        {
          messageId: 'load.schema.pattern.level-ref',
          data: { path: 'satisfies[0]', value: '"trung-cap"' },
          file: 'basic.yaml',
          line: 7,
          column: 13,
        },
        {
          messageId: 'load.schema.min-length-empty',
          data: { path: 'modules[0].title' },
          file: 'basic.yaml',
          line: 10,
          column: 12,
        },
        {
          messageId: 'load.schema.exclusive-minimum',
          data: {
            path: 'modules[0].hours',
            limit: 0,
            given: { id: 'load.schema.given.number', data: { value: 0 } },
          },
          file: 'basic.yaml',
          line: 11,
          column: 12,
        },
        {
          messageId: 'load.schema.pattern.module-ref',
          data: { path: 'modules[0].requires[0]', value: '"Mac Lenin"' },
          file: 'basic.yaml',
          line: 12,
          column: 16,
        },
      ],
    },
    {
      name: 'a text of 10,001 characters, and a module list left empty',
      files: {
        'framework.yaml': framework(),
        'a.yaml': programme(
          'modules:',
          '  - id: mac-lenin',
          '    title: Chủ nghĩa Mác – Lênin',
          '    hours: 16',
          `    description: ${'Triết học '.repeat(1000)}.`,
        ),
        'b.yaml': programme('modules: []').replace('id: basic', 'id: rong'),
      },
      findings: [
        {
          messageId: 'load.schema.max-length',
          data: { path: 'modules[0].description', limit: 10_000, length: 10_001 },
          file: 'a.yaml',
          line: 10,
          column: 18,
        },
        {
          messageId: 'load.schema.min-items-empty',
          data: { path: 'modules' },
          file: 'b.yaml',
          line: 6,
          column: 10,
        },
      ],
    },
    {
      name: 'a document missing its required properties, reported where it starts',
      files: { 'framework.yaml': framework(), 'basic.yaml': 'kind: programme\nid: basic\n' },
      findings: ['level', 'modules', 'title', 'track'].map((key) => ({
        messageId: 'load.schema.required' as const,
        data: { path: '', key },
        file: 'basic.yaml',
        line: 1,
        column: 1,
      })),
    },
    {
      name: 'a topic with ": " read as a mapping, and a kind that is a list',
      files: {
        'framework.yaml': framework(),
        'a.yaml': programme(
          'modules:',
          '  - id: mac-lenin',
          '    title: Chủ nghĩa Mác – Lênin',
          '    hours: 16',
          '    topics:',
          '      - Báo cáo: tình hình địa phương',
        ),
        'b.yaml': 'kind: [programme]\nid: b\n',
      },
      findings: [
        {
          messageId: 'load.schema.type',
          data: {
            path: 'modules[0].topics[0]',
            type: 'string',
            given: { id: 'load.schema.given.mapping' },
            colon: '"Báo cáo: tình hình địa phương"',
          },
          file: 'a.yaml',
          line: 11,
          column: 9,
        },
        {
          messageId: 'load.file.kind-not-scalar',
          data: { kinds: ['framework', 'programme'], type: 'array' },
          file: 'b.yaml',
          line: 1,
          column: 7,
        },
      ],
    },
  ],
});
