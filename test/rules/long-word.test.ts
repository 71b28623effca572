import { longWord } from '../../src/rules/long-word.js';
import { ruleTester } from './rule-tester.js';

const framework = (title = 'Đào tạo cán bộ, công chức') =>
  [
    'kind: framework',
    'id: demo',
    `title: ${title}`,
    'tracks:',
    '  - id: llct',
    '    title: Lý luận chính trị',
    '    levels: [so-cap]',
    '',
  ].join('\n');

/** A programme of one module; `lines` follow its hours, from line 10. */
const programme = (...lines: string[]) =>
  [
    'kind: programme',
    'id: so-cap',
    'title: Sơ cấp lý luận chính trị',
    'track: llct',
    'level: so-cap',
    'modules:',
    '  - id: lich-su-dang',
    '    title: Lịch sử Đảng Cộng sản Việt Nam',
    '    hours: 12',
    ...lines,
    '',
  ].join('\n');

/** A web address pasted over and over without spaces: 1,107 characters. */
const pasted = 'https://vanban.example.vn/' + 'quyet-dinh-ve-chuong-trinh/'.repeat(40) + 'x';

ruleTester(longWord, {
  valid: [
    {
      name: 'a word of 1,000 characters, the most allowed',
      files: {
        'framework.yaml': framework(),
        'so-cap.yaml': programme(`    description: Xem ${'ư'.repeat(1000)} nhé`),
      },
    },
    {
      name: '1,000 characters beyond the BMP (2,000 UTF-16 code units) are 1,000 characters',
      files: {
        'framework.yaml': framework(),
        'so-cap.yaml': programme(`    description: ${'𝐋'.repeat(1000)}`),
      },
    },
    {
      name: 'long texts broken by a space, a no-break space or a folded line',
      files: {
        'framework.yaml': framework(),
        'so-cap.yaml': programme(
          `    description: ${'a'.repeat(900)} ${'b'.repeat(900)}\u00a0${'c'.repeat(900)}`,
          '    topics:',
          '      - >-',
          `        ${'d'.repeat(900)}`,
          `        ${'e'.repeat(900)}`,
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'a web address pasted many times over (docs example)',
      files: {
        'framework.yaml': framework(),
        'so-cap.yaml': programme(`    description: Xem ${pasted}`),
      },
      findings: [
        {
          messageId: 'load.long-word',
          data: { path: 'modules[0].description', max: 1000, word: 'https://vanban.example.v' },
          file: 'so-cap.yaml',
          line: 10,
          column: 18,
        },
      ],
    },
    {
      name: 'a word of 1,001 characters in a topic',
      files: {
        'framework.yaml': framework(),
        'so-cap.yaml': programme(
          '    topics:',
          '      - Cương lĩnh',
          `      - ${'ư'.repeat(1001)}`,
        ),
      },
      findings: [
        {
          messageId: 'load.long-word',
          data: { path: 'modules[0].topics[1]', max: 1000, word: 'ư'.repeat(24) },
          file: 'so-cap.yaml',
          line: 12,
          column: 9,
        },
      ],
    },
    {
      name: 'one finding per text, in the framework too',
      files: {
        'framework.yaml': framework(`Khung ${'x'.repeat(1001)}`),
        'so-cap.yaml': programme(
          `    description: ${'𝐋'.repeat(1001)}`,
          `    outcomes: [Hiểu, ${'y'.repeat(2000)} ${'z'.repeat(1001)}]`,
        ),
      },
      findings: [
        {
          messageId: 'load.long-word',
          data: { path: 'title', word: 'x'.repeat(24) },
          file: 'framework.yaml',
          line: 3,
          column: 8,
        },
        {
          messageId: 'load.long-word',
          data: { path: 'modules[0].description', word: '𝐋'.repeat(12) },
          file: 'so-cap.yaml',
          line: 10,
          column: 18,
        },
        {
          messageId: 'load.long-word',
          data: { path: 'modules[0].outcomes[1]', word: 'y'.repeat(24) },
          file: 'so-cap.yaml',
          line: 11,
          column: 22,
        },
      ],
    },
  ],
});
