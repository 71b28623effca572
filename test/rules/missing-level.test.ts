import { missingLevel } from '../../src/rules/missing-level.js';
import { type Files, ruleTester } from './rule-tester.js';

const framework = [
  'kind: framework',
  'id: demo',
  'title: Bồi dưỡng lãnh đạo',
  'tracks:',
  '  - id: lanh-dao',
  '    title: Lãnh đạo, quản lý',
  '    levels:',
  '      - { id: cap-phong, title: Cấp phòng }',
  '      - { id: cap-huyen, title: Cấp huyện }',
  '      - { id: cap-so, title: Cấp sở }',
  '',
].join('\n');

const programme = (id: string, level: string, extra = '') =>
  [
    'kind: programme',
    `id: ${id}`,
    `title: Chương trình ${id}`,
    'track: lanh-dao',
    `level: ${level}`,
    extra,
    'modules:',
    '  - { id: m, title: Kỹ năng lãnh đạo, hours: 8 }',
    '',
  ]
    .filter(Boolean)
    .join('\n');

const everyLevel: Files = {
  'framework.yaml': framework,
  'phong.yaml': programme('phong', 'cap-phong'),
  'huyen.yaml': programme('huyen', 'cap-huyen'),
  'so.yaml': programme('so', 'cap-so'),
};

ruleTester(missingLevel, {
  valid: [
    { name: 'every level has a programme', files: everyLevel },
    {
      name: 'a level reached by a programme that satisfies it',
      files: {
        'framework.yaml': framework,
        'phong.yaml': programme('phong', 'cap-phong'),
        'so.yaml': programme('so', 'cap-so', 'satisfies: [lanh-dao/cap-huyen]'),
      },
    },
  ],
  invalid: [
    {
      name: 'a level between two taught ones',
      files: {
        'framework.yaml': framework,
        'phong.yaml': programme('phong', 'cap-phong'),
        'so.yaml': programme('so', 'cap-so'),
      },
      findings: [
        {
          messageId: 'missing-level.untaught',
          data: { level: '"Cấp huyện" (lanh-dao/cap-huyen)', track: 'Lãnh đạo, quản lý' },
          file: 'framework.yaml',
          line: 9,
          about: ['level:lanh-dao/cap-huyen'],
        },
      ],
    },
  ],
});
