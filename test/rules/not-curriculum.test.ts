import { notCurriculum } from '../../src/rules/not-curriculum.js';
import { type Files, ruleTester } from './rule-tester.js';

const framework = [
  'kind: framework',
  'id: demo',
  'title: Đào tạo cán bộ, công chức',
  'tracks:',
  '  - id: llct',
  '    title: Lý luận chính trị',
  '    levels: [so-cap]',
  '',
].join('\n');

const programme = [
  'kind: programme',
  'id: so-cap',
  'title: Sơ cấp lý luận chính trị',
  'track: llct',
  'level: so-cap',
  'modules:',
  '  - { id: mac-lenin, title: Những vấn đề cơ bản của chủ nghĩa Mác – Lênin, hours: 24 }',
  '',
].join('\n');

const curriculum: Files = { 'framework.yaml': framework, 'programmes/so-cap.yaml': programme };

ruleTester(notCurriculum, {
  valid: [
    {
      name: 'curriculum files, beside what the walk leaves out',
      files: {
        ...curriculum,
        'curriculum-dedup.config.yaml': 'failOn: warning\n',
        '.github/workflows/ci.yml': 'on: push\n',
        'node_modules/pkg/config.yaml': 'name: pkg\n',
        'README.md': '# Chương trình đào tạo\n',
      },
    },
    {
      name: 'a misspelled kind: a curriculum file gone wrong, not one to skip',
      files: {
        ...curriculum,
        'draft.yaml': programme
          .replace('kind: programme', 'kind: programe')
          .replace('id: so-cap', 'id: nhap'),
      },
    },
  ],
  invalid: [
    {
      name: 'a site configuration and an empty file (docs example)',
      files: {
        ...curriculum,
        'config/mkdocs.yml': 'site_name: Chương trình đào tạo\nnav: [index.md]\n',
        'notes.yaml': '',
      },
      findings: [
        { messageId: 'load.file.no-kind', file: 'config/mkdocs.yml', line: 1, column: 1 },
        { messageId: 'load.file.empty', file: 'notes.yaml', line: 1, column: 1 },
      ],
    },
    {
      name: 'files of comments, blank lines or a lone document marker are empty',
      files: {
        ...curriculum,
        'comments.yaml': '# Ghi chú: chưa viết\n',
        'blank.yml': '  \n\n',
        'marker.yaml': '---\n',
      },
      findings: [
        { messageId: 'load.file.empty', file: 'blank.yml', line: 1, column: 1 },
        { messageId: 'load.file.empty', file: 'comments.yaml', line: 1, column: 1 },
        { messageId: 'load.file.empty', file: 'marker.yaml', line: 1, column: 1 },
      ],
    },
    {
      name: 'a top-level list, a plain value, or a kind that is not at the top',
      files: {
        ...curriculum,
        'list.yaml': '- kind: programme\n  id: so-cap\n',
        'plain.yaml': 'programme\n',
        'nested.yaml': 'meta:\n  kind: programme\n',
        'upper.YAML': 'Kind: programme\n',
      },
      findings: [
        { messageId: 'load.file.no-kind', file: 'list.yaml', line: 1, column: 1 },
        { messageId: 'load.file.no-kind', file: 'nested.yaml', line: 1, column: 1 },
        { messageId: 'load.file.no-kind', file: 'plain.yaml', line: 1, column: 1 },
        { messageId: 'load.file.no-kind', file: 'upper.YAML', line: 1, column: 1 },
      ],
    },
  ],
});
