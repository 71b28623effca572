import { crossLevelRepeat } from '../../src/rules/cross-level-repeat.js';
import { type Files, ruleTester } from './rule-tester.js';
import { module, programme, providerLine, topics } from './yaml.js';

const framework = [
  'kind: framework',
  'id: can-bo',
  'title: Đào tạo, bồi dưỡng cán bộ, công chức',
  'tracks:',
  '  - id: llct',
  '    title: Lý luận chính trị',
  '    levels:',
  '      - { id: so-cap, title: Sơ cấp lý luận chính trị }',
  '      - { id: trung-cap, title: Trung cấp lý luận chính trị }',
  '  - id: qlnn',
  '    title: Quản lý nhà nước theo tiêu chuẩn ngạch',
  '    levels:',
  '      - { id: chuyen-vien, title: Ngạch chuyên viên }',
  '      - { id: chuyen-vien-chinh, title: Ngạch chuyên viên chính }',
  '      - { id: chuyen-vien-cao-cap, title: Ngạch chuyên viên cao cấp }',
  '',
].join('\n');

const chuyenVien = ['qlnn', 'chuyen-vien'] as const;
const chuyenVienChinh = ['qlnn', 'chuyen-vien-chinh'] as const;
const chuyenVienCaoCap = ['qlnn', 'chuyen-vien-cao-cap'] as const;

// Administrative reform as each grade teaches it: the higher grades take the lower one's
// topics, in their own words, and add one.
const reformTopics = [
  'chương trình tổng thể cải cách hành chính nhà nước',
  'cải cách thủ tục hành chính',
  'xây dựng chính quyền điện tử, chính quyền số',
];
const reformTopicsCvc = [
  'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030',
  'cải cách thủ tục hành chính',
  'xây dựng chính quyền số',
  'đo lường chỉ số cải cách hành chính (PAR INDEX)',
];
const reform = (hours: number, list = reformTopics) =>
  module('cai-cach-hanh-chinh', 'Cải cách hành chính nhà nước', hours, ...topics(...list));

const policyTopics = [
  'khái niệm, vai trò của chính sách công',
  'quy trình hoạch định chính sách công',
  'tổ chức thực thi chính sách công',
];
const policy = (hours: number, title: string, ...more: string[]) =>
  module('chinh-sach-cong', title, hours, ...topics(...policyTopics, ...more));

const drafting = (hours: number) =>
  module(
    'soan-thao-van-ban',
    'Kỹ năng soạn thảo văn bản hành chính',
    hours,
    'description: >-',
    '  Thể thức và kỹ thuật trình bày văn bản hành chính; soạn thảo quyết định, công văn,',
    '  tờ trình, báo cáo; quy trình ban hành và quản lý văn bản trong cơ quan nhà nước.',
  );

const cvProgramme = (...modules: string[][]) =>
  programme('chuyen-vien', 'Bồi dưỡng ngạch chuyên viên', chuyenVien, modules);
const cvcProgramme = (...modules: string[][]) =>
  programme('chuyen-vien-chinh', 'Bồi dưỡng ngạch chuyên viên chính', chuyenVienChinh, [
    ...modules,
    module('quan-ly-nhan-su', 'Quản lý nguồn nhân lực trong cơ quan hành chính', 20),
  ]);

const repository = (files: Files): Files => ({ 'framework.yaml': framework, ...files });

ruleTester(crossLevelRepeat, {
  valid: [
    {
      // Three of its four topics are the chuyên viên module's, but it has three times the
      // hours and a topic of its own (impact analysis).
      name: 'a higher module that deepens the lower one: twice the hours or more, a new topic',
      files: repository({
        'programmes/chuyen-vien.yaml': cvProgramme(policy(8, 'Chính sách công'), drafting(16)),
        'programmes/chuyen-vien-chinh.yaml': cvcProgramme(
          policy(
            24,
            'Hoạch định và phân tích chính sách công',
            'phân tích, đánh giá tác động của chính sách',
          ),
        ),
      }),
    },
    {
      name: 'exactly twice the hours, with a new topic',
      files: repository({
        'programmes/chuyen-vien.yaml': cvProgramme(reform(12)),
        'programmes/chuyen-vien-chinh.yaml': cvcProgramme(reform(24, reformTopicsCvc)),
      }),
    },
    {
      // A provincial school's programme is compared with its own lower grades, not with the
      // national ones.
      name: "a provider's higher programme that repeats a national lower module",
      files: repository({
        'programmes/chuyen-vien.yaml': cvProgramme(reform(12)),
        'nghe-an/chuyen-vien-chinh.yaml': programme(
          'chuyen-vien-chinh-nghe-an',
          'Bồi dưỡng ngạch chuyên viên chính (Trường Chính trị tỉnh Nghệ An)',
          chuyenVienChinh,
          [reform(16, reformTopicsCvc)],
          ...providerLine('truong-chinh-tri-nghe-an'),
        ),
      }),
    },
    {
      // Trung cấp is the higher of its track's two levels, chuyên viên the lowest of its own:
      // levels of different tracks are not a ladder.
      name: 'the same module at a higher rank of another track',
      files: repository({
        'programmes/chuyen-vien.yaml': cvProgramme(reform(12)),
        'programmes/trung-cap.yaml': programme(
          'trung-cap',
          'Trung cấp lý luận chính trị',
          ['llct', 'trung-cap'],
          [reform(16, reformTopicsCvc)],
        ),
      }),
    },
  ],
  invalid: [
    {
      name: 'three of four topics again in a third more time, next to a module that deepens',
      files: repository({
        'programmes/chuyen-vien.yaml': cvProgramme(
          reform(12),
          policy(8, 'Chính sách công'),
          drafting(16),
        ),
        'programmes/chuyen-vien-chinh.yaml': cvcProgramme(
          reform(16, reformTopicsCvc),
          policy(
            24,
            'Hoạch định và phân tích chính sách công',
            'phân tích, đánh giá tác động của chính sách',
          ),
        ),
      }),
      findings: [
        {
          messageId: 'cross-level-repeat.repeat',
          data: {
            higher: 'chuyen-vien-chinh/cai-cach-hanh-chinh',
            higherLevel: 'Ngạch chuyên viên chính',
            lower: 'chuyen-vien/cai-cach-hanh-chinh',
            lowerLevel: 'Ngạch chuyên viên',
            topics: 4,
            repeatedTopics: 3,
            newTopics: 1,
            higherHours: 16,
            lowerHours: 12,
          },
          file: 'programmes/chuyen-vien-chinh.yaml',
          line: 7,
          column: 5,
          about: [
            'module:chuyen-vien-chinh/cai-cach-hanh-chinh',
            'module:chuyen-vien/cai-cach-hanh-chinh',
          ],
        },
      ],
    },
    {
      name: 'twice the hours, but no topic of its own',
      files: repository({
        'programmes/chuyen-vien.yaml': cvProgramme(reform(12)),
        'programmes/chuyen-vien-chinh.yaml': cvcProgramme(reform(24)),
      }),
      findings: [
        {
          messageId: 'cross-level-repeat.repeat',
          data: {
            higher: 'chuyen-vien-chinh/cai-cach-hanh-chinh',
            lower: 'chuyen-vien/cai-cach-hanh-chinh',
            topics: 3,
            repeatedTopics: 3,
            newTopics: 0,
            higherHours: 24,
            lowerHours: 12,
          },
          file: 'programmes/chuyen-vien-chinh.yaml',
          line: 7,
          about: [
            'module:chuyen-vien-chinh/cai-cach-hanh-chinh',
            'module:chuyen-vien/cai-cach-hanh-chinh',
          ],
        },
      ],
    },
    {
      // Without topics the content found below decides: here all of it.
      name: 'a module without topics, its description taught again at the higher grade',
      files: repository({
        'programmes/chuyen-vien.yaml': cvProgramme(drafting(16)),
        'programmes/chuyen-vien-chinh.yaml': cvcProgramme(drafting(24)),
      }),
      findings: [
        {
          messageId: 'cross-level-repeat.repeat',
          data: {
            higher: 'chuyen-vien-chinh/soan-thao-van-ban',
            lower: 'chuyen-vien/soan-thao-van-ban',
            topics: 0,
            repeatedTopics: 0,
            newTopics: 0,
            inLower: 1,
            higherHours: 24,
            lowerHours: 16,
          },
          file: 'programmes/chuyen-vien-chinh.yaml',
          line: 7,
          about: [
            'module:chuyen-vien-chinh/soan-thao-van-ban',
            'module:chuyen-vien/soan-thao-van-ban',
          ],
        },
      ],
    },
    {
      name: 'three grades teaching one module: every lower grade counts',
      files: repository({
        'programmes/chuyen-vien.yaml': cvProgramme(reform(12)),
        'programmes/chuyen-vien-chinh.yaml': cvcProgramme(reform(16, reformTopicsCvc)),
        'programmes/chuyen-vien-cao-cap.yaml': programme(
          'chuyen-vien-cao-cap',
          'Bồi dưỡng ngạch chuyên viên cao cấp',
          chuyenVienCaoCap,
          [reform(20, reformTopicsCvc)],
        ),
      }),
      findings: [
        {
          // The chuyên viên cao cấp module is the chuyên viên chính one again, word for word.
          messageId: 'cross-level-repeat.repeat',
          data: {
            higher: 'chuyen-vien-cao-cap/cai-cach-hanh-chinh',
            higherLevel: 'Ngạch chuyên viên cao cấp',
            lower: 'chuyen-vien-chinh/cai-cach-hanh-chinh',
            lowerLevel: 'Ngạch chuyên viên chính',
            topics: 4,
            repeatedTopics: 4,
            newTopics: 0,
            higherHours: 20,
            lowerHours: 16,
          },
          file: 'programmes/chuyen-vien-cao-cap.yaml',
          line: 7,
          about: [
            'module:chuyen-vien-cao-cap/cai-cach-hanh-chinh',
            'module:chuyen-vien-chinh/cai-cach-hanh-chinh',
          ],
        },
        {
          messageId: 'cross-level-repeat.repeat',
          data: {
            higher: 'chuyen-vien-cao-cap/cai-cach-hanh-chinh',
            higherLevel: 'Ngạch chuyên viên cao cấp',
            lower: 'chuyen-vien/cai-cach-hanh-chinh',
            lowerLevel: 'Ngạch chuyên viên',
            topics: 4,
            repeatedTopics: 3,
            newTopics: 1,
            higherHours: 20,
            lowerHours: 12,
          },
          file: 'programmes/chuyen-vien-cao-cap.yaml',
          line: 7,
          about: [
            'module:chuyen-vien-cao-cap/cai-cach-hanh-chinh',
            'module:chuyen-vien/cai-cach-hanh-chinh',
          ],
        },
        {
          messageId: 'cross-level-repeat.repeat',
          data: {
            higher: 'chuyen-vien-chinh/cai-cach-hanh-chinh',
            lower: 'chuyen-vien/cai-cach-hanh-chinh',
            topics: 4,
            repeatedTopics: 3,
            newTopics: 1,
          },
          file: 'programmes/chuyen-vien-chinh.yaml',
          line: 7,
          about: [
            'module:chuyen-vien-chinh/cai-cach-hanh-chinh',
            'module:chuyen-vien/cai-cach-hanh-chinh',
          ],
        },
      ],
    },
  ],
});
