import { Buffer } from 'node:buffer';
import { inputEncoding } from '../../src/rules/input-encoding.js';
import { ruleTester } from './rule-tester.js';

const framework = [
  'kind: framework',
  'id: demo',
  'title: Đào tạo cán bộ, công chức',
  'tracks:',
  '  - id: qlnn',
  '    title: Quản lý nhà nước',
  '    levels: [chuyen-vien]',
  '',
].join('\n');

/** A programme file's text; its title starts at line 3, column 8. */
const programme = (title: string) =>
  [
    'kind: programme',
    'id: cv',
    `title: ${title}`,
    'track: qlnn',
    'level: chuyen-vien',
    'modules:',
    '  - { id: tong-quan, title: Tổng quan về quản lý nhà nước, hours: 8 }',
    '',
  ].join('\n');

/** Text as UTF-8; bytes, and numbers, as they are. */
const bytes = (...parts: ReadonlyArray<string | readonly number[] | Uint8Array>): Uint8Array =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))),
  );

/** A programme file up to its title: the title starts at line 3, column 8. */
const head = 'kind: programme\nid: cv\ntitle: ';

const bom = [0xef, 0xbb, 0xbf];

ruleTester(inputEncoding, {
  valid: [
    {
      name: 'Vietnamese in NFD, after a byte-order mark, with Windows line ends',
      files: {
        'framework.yaml': framework,
        // Its marks as combining characters: "ả" is "a" followed by U+0309.
        'cv.yaml': bytes(
          bom,
          programme('Quản lý nhà nước'.normalize('NFD')).replaceAll('\n', '\r\n'),
        ),
      },
    },
    {
      name: 'characters of four UTF-8 bytes, and old Mac line ends (a lone CR)',
      files: {
        'framework.yaml': framework,
        'cv.yaml': programme('Quản lý nhà nước 𝐀𝐁 😀').replaceAll('\n', '\r'),
      },
    },
  ],
  invalid: [
    {
      name: 'a title saved in TCVN3: the first bad byte, at its line and column',
      files: {
        'framework.yaml': framework,
        // "Quản lý nhà nước" in TCVN3: ả = 0xB6, ý = 0xFD, à = 0xB5, ư = 0xAD, ớ = 0xED.
        'cv.yaml': bytes(
          head,
          'Qu',
          [0xb6],
          'n l',
          [0xfd],
          ' nh',
          [0xb5],
          ' n',
          [0xad, 0xed],
          'c\n',
        ),
      },
      findings: [
        {
          messageId: 'load.read.invalid-utf8',
          data: { byte: 0xb6 },
          file: 'cv.yaml',
          line: 3,
          column: 10,
        },
      ],
    },
    {
      name: 'a bad byte after a byte-order mark and Vietnamese letters: columns count characters',
      files: {
        'framework.yaml': framework,
        'cv.yaml': bytes(bom, head + 'Quản lý nh', [0xb5], ' nước\n'),
      },
      findings: [
        {
          messageId: 'load.read.invalid-utf8',
          data: { byte: 0xb5 },
          file: 'cv.yaml',
          line: 3,
          column: 18,
        },
      ],
    },
    {
      name: 'a character cut short (ả is E1 BA A3; the A3 is missing)',
      files: {
        'framework.yaml': framework,
        'cv.yaml': bytes(head + 'Qu', [0xe1, 0xba], 'n lý\n'),
      },
      findings: [
        {
          messageId: 'load.read.invalid-utf8',
          data: { byte: 0xe1 },
          file: 'cv.yaml',
          line: 3,
          column: 10,
        },
      ],
    },
    {
      name: 'UTF-16, little- and big-endian (as Notepad saves "Unicode")',
      files: {
        'framework.yaml': framework,
        'le.yaml': bytes([0xff, 0xfe], Buffer.from(programme('Quản lý'), 'utf16le')),
        'be.yaml': bytes([0xfe, 0xff], Buffer.from(programme('Quản lý'), 'utf16le').swap16()),
      },
      findings: [
        { messageId: 'load.read.utf16', file: 'be.yaml', line: 1, column: 1 },
        { messageId: 'load.read.utf16', file: 'le.yaml', line: 1, column: 1 },
      ],
    },
    {
      name: 'a NUL byte: a binary file, reported where the NUL is',
      files: {
        'framework.yaml': framework,
        'cv.yaml': bytes(head + 'Quản lý', [0x00], '\n'),
      },
      findings: [{ messageId: 'load.read.binary', file: 'cv.yaml', line: 3, column: 15 }],
    },
    {
      name: 'a file one byte over 64 MiB, refused before it is read',
      files: {
        'framework.yaml': framework,
        // '#' over and over: one long YAML comment, were it read.
        'huge.yaml': new Uint8Array(64 * 1024 * 1024 + 1).fill(0x23),
      },
      findings: [
        {
          messageId: 'load.read.too-large',
          data: { limit: 64 * 1024 * 1024, what: { id: 'load.read.what.curriculum-file' } },
          file: 'huge.yaml',
          line: 1,
          column: 1,
        },
      ],
    },
  ],
});
