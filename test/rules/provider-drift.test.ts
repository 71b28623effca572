import { providerDrift } from '../../src/rules/provider-drift.js';
import { type Files, ruleTester } from './rule-tester.js';
import { module, topics } from './yaml.js';

const framework = [
  'kind: framework',
  'id: can-bo',
  'title: Đào tạo lý luận chính trị',
  'tracks:',
  '  - id: llct',
  '    title: Lý luận chính trị',
  '    levels:',
  '      - { id: trung-cap, title: Trung cấp lý luận chính trị }',
  '',
].join('\n');

/** A programme of trung cấp, from line 1; `extra` holds `provider` or `source`. */
const programme = (id: string, title: string, modules: string[][], ...extra: string[]) =>
  [
    'kind: programme',
    `id: ${id}`,
    `title: ${title}`,
    'track: llct',
    'level: trung-cap',
    ...extra,
    'modules:',
    ...modules.flat(),
    '',
  ].join('\n');

const philosophy = (hours = 40, title = 'Triết học Mác - Lênin') =>
  module(
    'triet-hoc',
    title,
    hours,
    ...topics(
      'chủ nghĩa duy vật biện chứng',
      'chủ nghĩa duy vật lịch sử',
      'phép biện chứng duy vật',
    ),
  );
const economy = module(
  'kinh-te-chinh-tri',
  'Kinh tế chính trị Mác - Lênin',
  30,
  ...topics('học thuyết giá trị thặng dư', 'kinh tế thị trường định hướng xã hội chủ nghĩa'),
);
const partyHistory = module(
  'lich-su-dang',
  'Lịch sử Đảng Cộng sản Việt Nam',
  30,
  ...topics('Đảng ra đời', 'lãnh đạo kháng chiến chống thực dân Pháp', 'công cuộc đổi mới'),
);
const fieldwork = module('thuc-te', 'Nghiên cứu thực tế tại địa phương', 20, 'activity: fieldwork');
const provincialHistory = (province: string, ...list: string[]) =>
  module('lich-su-dang-bo', `Lịch sử Đảng bộ tỉnh ${province}`, 12, ...topics(...list));
const ngheAnHistory = provincialHistory(
  'Nghệ An',
  'phong trào Xô viết Nghệ Tĩnh',
  'quê hương Kim Liên',
);

/** The national programme: three lessons and field study, 120 periods. */
const national = programme('trung-cap', 'Trung cấp lý luận chính trị', [
  philosophy(),
  economy,
  partyHistory,
  fieldwork,
]);

/** The Nghệ An school's programme, with the modules given. */
const ngheAn = (...modules: string[][]): Files => ({
  'framework.yaml': framework,
  'programmes/trung-cap.yaml': national,
  'truong-nghe-an/trung-cap.yaml': programme(
    'trung-cap-nghe-an',
    'Trung cấp lý luận chính trị (Trường Chính trị tỉnh Nghệ An)',
    modules,
    'provider: truong-chinh-tri-nghe-an',
  ),
});

ruleTester(providerDrift, {
  valid: [
    {
      // It differs in every other way: a dash respelled, fewer periods, a local module.
      name: 'a copy that keeps every national module',
      files: ngheAn(
        philosophy(36, 'Triết học Mác – Lênin'),
        economy,
        partyHistory,
        ngheAnHistory,
        fieldwork,
      ),
    },
    {
      // A topic added to political economy: a module reworded, not one dropped and another
      // added.
      name: 'a copy that rewords a national module',
      files: ngheAn(
        philosophy(),
        module(
          'kinh-te-chinh-tri',
          'Kinh tế chính trị Mác - Lênin',
          30,
          ...topics(
            'học thuyết giá trị thặng dư',
            'kinh tế thị trường định hướng xã hội chủ nghĩa',
            'hội nhập kinh tế quốc tế',
          ),
        ),
        partyHistory,
        fieldwork,
      ),
    },
    {
      // One national module of four: a programme of the school's own, not a copy.
      name: "a provider's programme that takes less than half of a national one",
      files: ngheAn(
        philosophy(),
        ngheAnHistory,
        module(
          'kinh-te-nghe-an',
          'Phát triển kinh tế - xã hội tỉnh Nghệ An',
          16,
          ...topics('khu kinh tế Đông Nam Nghệ An', 'phát triển kinh tế miền Tây Nghệ An'),
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'a copy that leaves out political economy',
      files: ngheAn(philosophy(36), partyHistory, ngheAnHistory, fieldwork),
      findings: [
        {
          messageId: 'provider-drift.drops',
          data: {
            programme: 'trung-cap-nghe-an',
            provider: 'truong-chinh-tri-nghe-an',
            national: 'trung-cap',
            nationalTitle: 'Trung cấp lý luận chính trị',
            dropped: ['trung-cap/kinh-te-chinh-tri'],
            droppedHours: 30,
          },
          file: 'truong-nghe-an/trung-cap.yaml',
          line: 1,
          column: 1,
          about: ['programme:trung-cap-nghe-an', 'programme:trung-cap'],
        },
      ],
    },
    {
      // Field study is not compared for overlap; it is matched by its id.
      name: 'a copy that leaves out the field study',
      files: ngheAn(philosophy(), economy, partyHistory),
      findings: [
        {
          messageId: 'provider-drift.drops',
          data: {
            programme: 'trung-cap-nghe-an',
            dropped: ['trung-cap/thuc-te'],
            droppedHours: 20,
          },
          file: 'truong-nghe-an/trung-cap.yaml',
          line: 1,
          about: ['programme:trung-cap-nghe-an', 'programme:trung-cap'],
        },
      ],
    },
    {
      // No provider is written: the copy is recognised, and named after its source. It keeps
      // two of the four national modules, just enough to be a copy.
      name: 'a copy that declares no provider and keeps half of the national modules',
      files: {
        'framework.yaml': framework,
        'programmes/trung-cap.yaml': national,
        'thanh-hoa/trung-cap.yaml': programme(
          'trung-cap-thanh-hoa',
          'Trung cấp lý luận chính trị (Trường Chính trị tỉnh Thanh Hóa)',
          [
            philosophy(),
            partyHistory,
            provincialHistory(
              'Thanh Hóa',
              'khởi nghĩa Ba Đình, Hùng Lĩnh',
              'Thanh Hóa trong kháng chiến chống Mỹ',
            ),
          ],
          'source: Trường Chính trị tỉnh Thanh Hóa',
        ),
      },
      findings: [
        {
          messageId: 'provider-drift.drops',
          data: {
            programme: 'trung-cap-thanh-hoa',
            provider: 'Trường Chính trị tỉnh Thanh Hóa',
            national: 'trung-cap',
            dropped: ['trung-cap/kinh-te-chinh-tri', 'trung-cap/thuc-te'],
            droppedHours: 50,
          },
          file: 'thanh-hoa/trung-cap.yaml',
          line: 1,
          about: ['programme:trung-cap-thanh-hoa', 'programme:trung-cap'],
        },
      ],
    },
  ],
});
