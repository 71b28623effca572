import { yamlSyntax } from '../../src/rules/yaml-syntax.js';
import { ruleTester } from './rule-tester.js';

const framework = [
  'kind: framework',
  'id: demo',
  'title: Đào tạo cán bộ, công chức',
  'tracks:',
  '  - id: qlnn',
  '    title: Quản lý nhà nước',
  '    levels: [chuyen-vien, chuyen-vien-chinh]',
  '',
].join('\n');

/** A programme: five lines of header, then `lines` from line 6. */
const programme = (...lines: string[]) =>
  [
    'kind: programme',
    'id: cvc',
    'title: Chuyên viên chính',
    'track: qlnn',
    'level: chuyen-vien-chinh',
    ...lines,
    '',
  ].join('\n');

const modules = [
  'modules:',
  '  - id: chinh-sach',
  '    title: Hoạch định và thực thi chính sách công',
  '    hours: 32',
];

/** `aliases` uses of one anchored scalar, in a list (line 7, from column 5). */
const aliased = (aliases: number) =>
  programme('x: &gio 8', `y: [${Array<string>(aliases).fill('*gio').join(', ')}]`, ...modules);

/** A list nested `depth` levels below the document's own mapping (line 6, from column 4). */
const nested = (depth: number) => programme(`x: ${'['.repeat(depth)}${']'.repeat(depth)}`);

ruleTester(yamlSyntax, {
  valid: [
    {
      name: 'one key in two mappings, document markers, anchors and quoted texts',
      files: {
        'framework.yaml': framework,
        'cvc.yaml': [
          '---',
          programme(
            'modules:',
            '  - id: chinh-sach',
            '    title: &title "Báo cáo: hoạch định chính sách"',
            '    hours: &hours 32',
            '  - id: tong-ket',
            '    title: __proto__',
            '    hours: *hours',
            '    description: *title',
          ),
          '...',
          '',
        ].join('\n'),
      },
    },
    {
      name: 'aliases up to 100 copies (the anchored node and 99 aliases)',
      files: { 'framework.yaml': framework, 'cvc.yaml': aliased(99) },
    },
    {
      name: 'nesting 64 levels below the document',
      files: { 'framework.yaml': framework, 'cvc.yaml': nested(64) },
    },
  ],
  invalid: [
    {
      name: 'a key given twice (docs example)',
      files: {
        'framework.yaml': framework,
        'programmes/a.yaml': [
          '# yaml-language-server: $schema=../../../../schemas/programme.schema.json',
          programme(...modules, '    hours: 24'),
        ].join('\n'),
      },
      findings: [
        {
          messageId: 'load.yaml.duplicate-key',
          data: { key: '"hours"' },
          file: 'programmes/a.yaml',
          line: 11,
          column: 5,
        },
      ],
    },
    {
      name: 'two documents in one file',
      files: {
        'framework.yaml': framework,
        'cvc.yaml': programme(...modules) + '---\nkind: programme\nid: cv\n',
      },
      findings: [
        { messageId: 'load.yaml.multiple-documents', file: 'cvc.yaml', line: 10, column: 1 },
      ],
    },
    {
      name: 'tags the core schema does not know',
      files: {
        'framework.yaml': framework,
        'a.yaml': programme(...modules.slice(0, 3), '    hours: !!js/function "() => 32"'),
        'b.yaml': programme(...modules.slice(0, 3), '    hours: !tiet 32'),
        'c.yaml': programme('modules: !!set { chinh-sach }'),
      },
      findings: [
        {
          messageId: 'load.yaml.unsupported-tag',
          data: { tag: 'tag:yaml.org,2002:js/function' },
          file: 'a.yaml',
          line: 9,
          column: 12,
        },
        {
          messageId: 'load.yaml.unsupported-tag',
          data: { tag: '!tiet' },
          file: 'b.yaml',
          line: 9,
          column: 12,
        },
        {
          messageId: 'load.yaml.unsupported-tag',
          data: { tag: 'tag:yaml.org,2002:set' },
          file: 'c.yaml',
          line: 6,
          column: 10,
        },
      ],
    },
    {
      name: 'a value that does not fit its tag',
      files: {
        'framework.yaml': framework,
        'cvc.yaml': programme(...modules.slice(0, 3), '    hours: !!int ba mươi hai'),
      },
      findings: [
        {
          messageId: 'load.yaml.tag-mismatch',
          data: { tag: 'int' },
          file: 'cvc.yaml',
          line: 9,
          column: 12,
        },
      ],
    },
    {
      name: 'aliases past 100 copies, reported at the first alias',
      files: { 'framework.yaml': framework, 'cvc.yaml': aliased(100) },
      findings: [
        {
          messageId: 'load.yaml.too-many-aliases',
          data: { max: 100 },
          file: 'cvc.yaml',
          line: 7,
          column: 5,
        },
      ],
    },
    {
      name: 'nesting 65 levels below the document, reported at the 65th',
      files: { 'framework.yaml': framework, 'cvc.yaml': nested(65) },
      findings: [
        {
          messageId: 'load.yaml.too-deep',
          data: { max: 64 },
          file: 'cvc.yaml',
          line: 6,
          column: 3 + 65,
        },
      ],
    },
    {
      name: 'the key __proto__',
      files: {
        'framework.yaml': framework,
        'cvc.yaml': programme(...modules, '    __proto__: { hours: 0 }'),
      },
      findings: [{ messageId: 'load.yaml.proto-key', file: 'cvc.yaml', line: 10, column: 5 }],
    },
    {
      name: 'a quote and a bracket never closed',
      files: {
        'framework.yaml': framework,
        'a.yaml': programme(
          'modules:',
          '  - id: chinh-sach',
          '    title: "Hoạch định chính sách',
          '    hours: 32',
        ),
        'b.yaml': programme('satisfies: [qlnn/chuyen-vien', ...modules),
      },
      findings: [
        {
          messageId: 'load.yaml.unclosed-quote',
          data: { quote: '"' },
          file: 'a.yaml',
          line: 8,
          column: 12,
        },
        {
          messageId: 'load.yaml.unclosed-bracket',
          data: { bracket: '[' },
          file: 'b.yaml',
          line: 6,
          column: 12,
        },
      ],
    },
    {
      name: 'a key indented one space too far',
      files: {
        'framework.yaml': framework,
        'cvc.yaml': programme(
          'modules:',
          '  - id: chinh-sach',
          '     title: Hoạch định và thực thi chính sách công',
          '    hours: 32',
        ),
      },
      findings: [
        {
          messageId: 'load.yaml.indentation',
          data: { line: 8, indent: 5, expected: 4, what: 'title:', list: false },
          file: 'cvc.yaml',
          line: 8,
          column: 6,
        },
      ],
    },
    {
      name: 'a module without its "- "',
      files: {
        'framework.yaml': framework,
        'cvc.yaml': programme(
          ...modules,
          '    id: to-chuc',
          '    title: Tổ chức bộ máy',
          '    hours: 8',
        ),
      },
      findings: [
        {
          messageId: 'load.yaml.dash-missing',
          data: { line: 10, fix: '  - id: to-chuc' },
          file: 'cvc.yaml',
          line: 10,
          column: 5,
        },
      ],
    },
    {
      name: 'a title with ": " not in quotes',
      files: {
        'framework.yaml': framework,
        'cvc.yaml': programme(
          'modules:',
          '  - id: bao-cao',
          '    title: Báo cáo: tình hình địa phương',
          '    hours: 8',
        ),
      },
      findings: [
        {
          messageId: 'load.yaml.unquoted-colon',
          data: { fix: 'title: "Báo cáo: tình hình địa phương"' },
          file: 'cvc.yaml',
          line: 8,
          column: 12,
        },
      ],
    },
  ],
});
