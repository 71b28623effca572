import { moduleOverlap } from '../../src/rules/module-overlap.js';
import { type Files, ruleTester } from './rule-tester.js';
import { module, programme, topics } from './yaml.js';

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
  '      - { id: cao-cap, title: Cao cấp lý luận chính trị }',
  '  - id: lanh-dao',
  '    title: Bồi dưỡng lãnh đạo, quản lý',
  '    levels:',
  '      - { id: cap-phong, title: Lãnh đạo cấp phòng }',
  '  - id: qlnn',
  '    title: Quản lý nhà nước theo tiêu chuẩn ngạch',
  '    levels:',
  '      - { id: chuyen-vien-chinh, title: Ngạch chuyên viên chính }',
  '',
].join('\n');

const repository = (files: Files): Files => ({ 'framework.yaml': framework, ...files });

// Political economy at each level of the political-theory track.
const politicalEconomy: Files = {
  'programmes/so-cap.yaml': programme(
    'so-cap',
    'Sơ cấp lý luận chính trị',
    ['llct', 'so-cap'],
    [
      module(
        'kinh-te',
        'Kinh tế chính trị Mác – Lênin (những nội dung cơ bản)',
        12,
        ...topics(
          'hàng hoá và tiền tệ',
          'học thuyết giá trị thặng dư',
          'kinh tế thị trường định hướng xã hội chủ nghĩa',
        ),
      ),
      module('dang-bo-co-so', 'Công tác xây dựng Đảng ở cơ sở', 16),
    ],
  ),
  'programmes/trung-cap.yaml': programme(
    'trung-cap',
    'Trung cấp lý luận chính trị',
    ['llct', 'trung-cap'],
    [
      module(
        'kinh-te-chinh-tri',
        'Kinh tế chính trị Mác – Lênin',
        40,
        ...topics(
          'hàng hoá và tiền tệ',
          'học thuyết giá trị thặng dư',
          'chủ nghĩa tư bản độc quyền',
          'kinh tế thị trường định hướng xã hội chủ nghĩa',
        ),
      ),
      module('phap-luat', 'Nhà nước và pháp luật', 30),
    ],
  ),
  'programmes/cao-cap.yaml': programme(
    'cao-cap',
    'Cao cấp lý luận chính trị',
    ['llct', 'cao-cap'],
    [
      module(
        'kinh-te-chinh-tri',
        'Kinh tế chính trị Mác – Lênin',
        60,
        ...topics(
          'học thuyết giá trị thặng dư',
          'chủ nghĩa tư bản độc quyền và độc quyền nhà nước',
          'kinh tế thị trường định hướng xã hội chủ nghĩa',
          'hội nhập kinh tế quốc tế',
        ),
      ),
      module('lanh-dao', 'Khoa học lãnh đạo, quản lý', 40),
    ],
  ),
};

const partyHistory = (hours: number) =>
  module(
    'lich-su-dang',
    'Lịch sử Đảng Cộng sản Việt Nam',
    hours,
    ...topics(
      'Đảng Cộng sản Việt Nam ra đời năm 1930',
      'Đảng lãnh đạo Cách mạng Tháng Tám năm 1945',
      'lãnh đạo kháng chiến chống thực dân Pháp và đế quốc Mỹ',
      'lãnh đạo công cuộc đổi mới',
    ),
  );

/** Field study and the final examination, word for word the same in every programme. */
const closing = [
  module('thuc-te', 'Nghiên cứu thực tế tại địa phương', 20, 'activity: fieldwork'),
  module('thi-cuoi-khoa', 'Thi cuối khóa', 8, 'activity: assessment'),
];

ruleTester(moduleOverlap, {
  valid: [
    {
      // "Kỹ năng" is all they share.
      name: 'leadership skills that share only the word for skill',
      files: repository({
        'programmes/cap-phong.yaml': programme(
          'lanh-dao-cap-phong',
          'Bồi dưỡng kỹ năng lãnh đạo, quản lý cấp phòng',
          ['lanh-dao', 'cap-phong'],
          [
            module(
              'ky-nang-lap-ke-hoach',
              'Kỹ năng lập kế hoạch',
              8,
              'description: Lập kế hoạch công tác năm, quý, tháng của phòng.',
              ...topics(
                'vai trò của kế hoạch trong quản lý',
                'xác định mục tiêu và thứ tự ưu tiên',
                'các bước lập kế hoạch',
                'phân bổ nguồn lực và thời gian',
                'công cụ lập kế hoạch (SWOT, sơ đồ Gantt)',
              ),
            ),
            module(
              'ky-nang-giao-tiep',
              'Kỹ năng giao tiếp, ứng xử và quan hệ truyền thông',
              8,
              ...topics(
                'nguyên tắc giao tiếp, ứng xử trong công vụ',
                'kỹ năng lắng nghe và phản hồi',
                'giao tiếp với cấp trên, cấp dưới và người dân',
                'quan hệ với báo chí, truyền thông',
                'xử lý khủng hoảng truyền thông',
              ),
            ),
          ],
        ),
      }),
    },
    {
      // "Quản lý nhà nước về …" frames the title; what fills it differs.
      name: 'state management of different sectors, under one title frame',
      files: repository({
        'programmes/chuyen-vien-chinh.yaml': programme(
          'chuyen-vien-chinh',
          'Bồi dưỡng ngạch chuyên viên chính',
          ['qlnn', 'chuyen-vien-chinh'],
          [
            module(
              'qlnn-kinh-te',
              'Quản lý nhà nước về kinh tế',
              12,
              ...topics(
                'vai trò kinh tế của nhà nước',
                'công cụ điều tiết kinh tế vĩ mô',
                'chính sách tài khóa và tiền tệ',
                'quản lý doanh nghiệp nhà nước',
              ),
            ),
            module(
              'qlnn-khoa-hoc-cong-nghe',
              'Quản lý nhà nước về khoa học, công nghệ',
              8,
              ...topics(
                'nhiệm vụ khoa học và công nghệ các cấp',
                'sở hữu trí tuệ',
                'chuyển giao công nghệ',
                'đổi mới sáng tạo',
              ),
            ),
          ],
        ),
      }),
    },
    {
      // Every programme has them: they are compared only with --include.
      name: 'the same field study and final examination in two programmes',
      files: repository({
        'programmes/so-cap.yaml': programme(
          'so-cap',
          'Sơ cấp lý luận chính trị',
          ['llct', 'so-cap'],
          [module('dang-bo-co-so', 'Công tác xây dựng Đảng ở cơ sở', 16), ...closing],
        ),
        'programmes/trung-cap.yaml': programme(
          'trung-cap',
          'Trung cấp lý luận chính trị',
          ['llct', 'trung-cap'],
          [module('phap-luat', 'Nhà nước và pháp luật', 30), ...closing],
        ),
      }),
    },
  ],
  invalid: [
    {
      // One finding for the three, at the first by ref.
      name: 'political economy at three levels: one cluster',
      files: repository(politicalEconomy),
      findings: [
        {
          messageId: 'module-overlap.cluster',
          data: {
            kind: 'overlap',
            modules: 3,
            named: ['cao-cap/kinh-te-chinh-tri', 'so-cap/kinh-te', 'trung-cap/kinh-te-chinh-tri'],
          },
          file: 'programmes/cao-cap.yaml',
          line: 7,
          column: 5,
          about: [
            'module:cao-cap/kinh-te-chinh-tri',
            'module:so-cap/kinh-te',
            'module:trung-cap/kinh-te-chinh-tri',
          ],
        },
      ],
    },
    {
      name: 'the same module word for word in two programmes, next to another cluster',
      files: repository({
        ...politicalEconomy,
        'programmes/trung-cap-hc.yaml': programme(
          'trung-cap-llct-hc',
          'Trung cấp lý luận chính trị – hành chính',
          ['llct', 'trung-cap'],
          [partyHistory(60)],
        ),
        'programmes/cao-cap.yaml': programme(
          'cao-cap',
          'Cao cấp lý luận chính trị',
          ['llct', 'cao-cap'],
          [module('lanh-dao', 'Khoa học lãnh đạo, quản lý', 40), partyHistory(70)],
        ),
      }),
      findings: [
        {
          messageId: 'module-overlap.cluster',
          data: {
            kind: 'duplicate',
            modules: 2,
            named: ['cao-cap/lich-su-dang', 'trung-cap-llct-hc/lich-su-dang'],
            cohesionMin: 1,
            hoursSaved: 60,
          },
          file: 'programmes/cao-cap.yaml',
          line: 10,
          about: ['module:cao-cap/lich-su-dang', 'module:trung-cap-llct-hc/lich-su-dang'],
        },
        {
          messageId: 'module-overlap.cluster',
          data: {
            kind: 'overlap',
            modules: 2,
            named: ['so-cap/kinh-te', 'trung-cap/kinh-te-chinh-tri'],
          },
          file: 'programmes/so-cap.yaml',
          line: 7,
          about: ['module:so-cap/kinh-te', 'module:trung-cap/kinh-te-chinh-tri'],
        },
      ],
    },
    {
      name: 'two modules of one programme that teach Hồ Chí Minh thought',
      files: repository({
        'programmes/so-cap.yaml': programme(
          'so-cap',
          'Sơ cấp lý luận chính trị',
          ['llct', 'so-cap'],
          [
            module(
              'tu-tuong-ho-chi-minh',
              'Tư tưởng Hồ Chí Minh',
              8,
              ...topics(
                'nguồn gốc, quá trình hình thành tư tưởng Hồ Chí Minh',
                'độc lập dân tộc gắn liền với chủ nghĩa xã hội',
                'đại đoàn kết dân tộc',
                'đạo đức cách mạng cần, kiệm, liêm, chính',
              ),
            ),
            module('chi-bo-dang-vien', 'Nâng cao chất lượng sinh hoạt chi bộ và đảng viên', 8),
            module(
              'hoc-tap-lam-theo-bac',
              'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở cơ sở',
              4,
              ...topics(
                'tư tưởng Hồ Chí Minh về đại đoàn kết dân tộc',
                'đạo đức cách mạng cần, kiệm, liêm, chính, chí công vô tư',
                'nêu gương của cán bộ, đảng viên ở cơ sở',
              ),
            ),
          ],
        ),
      }),
      findings: [
        {
          messageId: 'module-overlap.cluster',
          data: {
            kind: 'overlap',
            modules: 2,
            named: ['so-cap/hoc-tap-lam-theo-bac', 'so-cap/tu-tuong-ho-chi-minh'],
          },
          file: 'programmes/so-cap.yaml',
          line: 18,
          about: ['module:so-cap/hoc-tap-lam-theo-bac', 'module:so-cap/tu-tuong-ho-chi-minh'],
        },
      ],
    },
  ],
});
