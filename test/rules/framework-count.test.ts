import { Buffer } from 'node:buffer';
import { frameworkCount } from '../../src/rules/framework-count.js';
import { ruleTester } from './rule-tester.js';

/** The line editors read the schema from: it puts `kind` on line 2. */
const schemaLine = (schema: string) => `# yaml-language-server: $schema=${schema}.schema.json`;

const framework = (id: string) =>
  [
    schemaLine('../schemas/framework'),
    'kind: framework',
    `id: ${id}`,
    'title: Đào tạo cán bộ, công chức',
    'tracks:',
    '  - id: llct',
    '    title: Lý luận chính trị',
    '    levels: [so-cap, trung-cap, cao-cap]',
    '',
  ].join('\n');

const programme = (id: string) =>
  [
    schemaLine('../../schemas/programme'),
    'kind: programme',
    `id: ${id}`,
    'title: Sơ cấp lý luận chính trị',
    'track: llct',
    'level: so-cap',
    'modules:',
    '  - { id: mac-lenin, title: Những vấn đề cơ bản của chủ nghĩa Mác – Lênin, hours: 24 }',
    '',
  ].join('\n');

ruleTester(frameworkCount, {
  valid: [
    {
      name: 'one framework, among programmes and a file that is not curriculum',
      files: {
        'framework.yaml': framework('demo'),
        'programmes/a.yaml': programme('so-cap'),
        'mkdocs.yml': 'site_name: Chương trình đào tạo\n',
      },
    },
    {
      name: 'the only framework fails its schema: its errors say what to fix',
      files: {
        'framework.yaml': framework('demo').replace('title: Đào tạo cán bộ, công chức\n', ''),
        'programmes/a.yaml': programme('so-cap'),
      },
    },
    {
      name: 'the only framework does not parse',
      files: {
        'framework.yaml': framework('demo') + '  - id: [\n',
        'programmes/a.yaml': programme('so-cap'),
      },
    },
    {
      name: 'the only framework cannot be read (saved in TCVN3, not UTF-8)',
      files: {
        // "Đào tạo" in TCVN3: Đ = 0xA7, à = 0xB5, ạ = 0xB9.
        'framework.yaml': Buffer.concat([
          Buffer.from('kind: framework\nid: demo\ntitle: '),
          Buffer.from([0xa7, 0xb5, 0x6f, 0x20, 0x74, 0xb9, 0x6f, 0x0a]),
        ]),
        'programmes/a.yaml': programme('so-cap'),
      },
    },
  ],
  invalid: [
    {
      name: 'no framework, reported at the first programme (docs example)',
      files: {
        'programmes/b.yaml': programme('trung-cap'),
        'programmes/a.yaml': programme('so-cap'),
      },
      findings: [
        { messageId: 'load.catalog.no-framework', file: 'programmes/a.yaml', line: 2, column: 7 },
      ],
    },
    {
      name: 'no framework and no programme, reported at the first file',
      files: { 'notes.yaml': 'ghi-chu: Chưa có khung chương trình\n' },
      findings: [
        { messageId: 'load.catalog.no-framework', file: 'notes.yaml', line: 1, column: 1 },
      ],
    },
    {
      name: 'a second framework (docs example)',
      files: {
        'framework.yaml': framework('demo'),
        'other/framework.yaml': framework('old-demo'),
        'programmes/a.yaml': programme('so-cap'),
      },
      findings: [
        {
          messageId: 'load.catalog.second-framework',
          data: { id: 'old-demo' },
          file: 'other/framework.yaml',
          line: 2,
          column: 7,
          about: ['framework:old-demo'],
        },
      ],
    },
    {
      name: 'a third framework too, each after the first',
      files: {
        'a/framework.yaml': framework('khung-a'),
        'b/framework.yaml': framework('khung-b'),
        'c/framework.yaml': framework('khung-c'),
      },
      findings: [
        {
          messageId: 'load.catalog.second-framework',
          data: { id: 'khung-b' },
          file: 'b/framework.yaml',
          line: 2,
          column: 7,
        },
        {
          messageId: 'load.catalog.second-framework',
          data: { id: 'khung-c' },
          file: 'c/framework.yaml',
          line: 2,
          column: 7,
        },
      ],
    },
  ],
});
