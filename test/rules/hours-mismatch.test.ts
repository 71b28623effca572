import { hoursMismatch } from '../../src/rules/hours-mismatch.js';
import { ruleTester } from './rule-tester.js';

const framework = (...extra: string[]) =>
  [
    'kind: framework',
    'id: demo',
    'title: Đào tạo cán bộ, công chức',
    ...extra,
    'tracks:',
    '  - id: llct',
    '    title: Lý luận chính trị',
    '    levels: [so-cap, trung-cap, cao-cap]',
    '',
  ].join('\n');

/** A programme declaring `hours` (line 6, value at column 8), if given, and its modules' hours. */
const programme = (hours: number | undefined, ...modules: number[]) =>
  [
    'kind: programme',
    'id: tc',
    'title: Trung cấp lý luận chính trị',
    'track: llct',
    'level: trung-cap',
    ...(hours === undefined ? [] : [`hours: ${hours}`]),
    'modules:',
    ...modules.flatMap((h, i) => [
      `  - id: hoc-phan-${i + 1}`,
      `    title: Học phần ${i + 1}`,
      `    hours: ${h}`,
    ]),
    '',
  ].join('\n');

ruleTester(hoursMismatch, {
  valid: [
    {
      name: 'hours that add up',
      files: { 'framework.yaml': framework(), 'tc.yaml': programme(60, 40, 20) },
    },
    {
      name: 'decimal hours that add up exactly (0.1 + 0.2 is 0.3)',
      files: { 'framework.yaml': framework(), 'tc.yaml': programme(0.3, 0.1, 0.2) },
    },
    {
      name: 'no declared hours: the sum is the total',
      files: { 'framework.yaml': framework(), 'tc.yaml': programme(undefined, 40, 20.5) },
    },
  ],
  invalid: [
    {
      name: 'four periods declared too many (docs example)',
      files: { 'framework.yaml': framework(), 'tc.yaml': programme(64, 40, 20) },
      findings: [
        {
          messageId: 'load.catalog.hours-mismatch',
          data: { programme: 'tc', declared: 64, hours: 60, difference: -4, periodMinutes: 45 },
          file: 'tc.yaml',
          line: 6,
          column: 8,
          about: ['programme:tc'],
        },
      ],
    },
    {
      name: 'modules over the total by a quarter',
      files: { 'framework.yaml': framework(), 'tc.yaml': programme(1.5, 0.25, 1.5) },
      findings: [
        {
          messageId: 'load.catalog.hours-mismatch',
          data: { declared: 1.5, hours: 1.75, difference: 0.25 },
          file: 'tc.yaml',
          line: 6,
          column: 8,
        },
      ],
    },
    {
      name: 'hours of 60 minutes, as the framework says',
      files: {
        'framework.yaml': framework('periodMinutes: 60'),
        'tc.yaml': programme(10, 12),
      },
      findings: [
        {
          messageId: 'load.catalog.hours-mismatch',
          data: { declared: 10, hours: 12, difference: 2, periodMinutes: 60 },
          file: 'tc.yaml',
          line: 6,
          column: 8,
        },
      ],
    },
  ],
});
