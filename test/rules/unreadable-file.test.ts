import { join } from 'node:path';
import { unreadableFile } from '../../src/rules/unreadable-file.js';
import { projectRoot } from '../helpers/cli.js';
import { ruleTester } from './rule-tester.js';

const framework = [
  'kind: framework',
  'id: demo',
  'title: Đào tạo cán bộ, công chức',
  'tracks:',
  '  - id: llct',
  '    title: Lý luận chính trị',
  '    levels: [so-cap, trung-cap, cao-cap]',
  '',
].join('\n');

const programme = (id: string, level: string) =>
  [
    'kind: programme',
    `id: ${id}`,
    `title: Chương trình ${id}`,
    'track: llct',
    `level: ${level}`,
    'modules:',
    '  - { id: triet-hoc, title: Triết học Mác – Lênin, hours: 12 }',
    '',
  ].join('\n');

/** A curriculum file that exists, outside the folder a case is read from. */
const outside = join(projectRoot, 'docs/examples/unresolved-ref/programmes/tc.yaml');

ruleTester(unreadableFile, {
  valid: [
    {
      name: 'links to files inside the folder, whatever their names, are read (once)',
      files: {
        'framework.yaml': framework,
        'programmes/so-cap.yaml': programme('so-cap', 'so-cap'),
        'so-cap.yaml': { symlink: 'programmes/so-cap.yaml' },
        'archive/trung-cap.txt': programme('trung-cap', 'trung-cap'),
        'programmes/trung-cap.yaml': { symlink: '../archive/trung-cap.txt' },
      },
    },
    {
      name: 'a link to a folder is not followed, and a folder named like a YAML file is no file',
      files: {
        'framework.yaml': framework,
        'archive/so-cap.yaml': programme('so-cap', 'so-cap'),
        'old.yaml': { symlink: 'archive' },
        'notes.yaml/readme.md': '# Ghi chú',
      },
    },
  ],
  invalid: [
    {
      name: 'a broken link, and a link to a file outside the folder (docs example)',
      files: {
        'framework.yaml': framework,
        'programmes/so-cap.yaml': programme('so-cap', 'so-cap'),
        'programmes/trung-cap.yaml': { symlink: '../archive/trung-cap.yaml' },
        'programmes/cao-cap.yaml': { symlink: outside },
      },
      findings: [
        {
          messageId: 'load.discover.link-outside',
          file: 'programmes/cao-cap.yaml',
          line: 1,
          column: 1,
        },
        {
          messageId: 'load.discover.broken-link',
          file: 'programmes/trung-cap.yaml',
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'a link into a hidden folder of the repository',
      files: {
        'framework.yaml': framework,
        '.drafts/so-cap.yaml': programme('so-cap', 'so-cap'),
        'so-cap.yaml': { symlink: '.drafts/so-cap.yaml' },
      },
      findings: [
        { messageId: 'load.discover.link-hidden', file: 'so-cap.yaml', line: 1, column: 1 },
      ],
    },
  ],
});
