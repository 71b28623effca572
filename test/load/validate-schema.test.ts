import { render } from '../../src/messages/catalogue.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument, documentKinds } from '../../src/load/validate-schema.js';
import type { LocationIndex } from '../../src/load/locate.js';
import type { DocumentKind } from '../../src/load/validate-schema.js';
import { demoFramework, indexed, lines } from './support.js';

/** Every schema finding of a document: none when it is valid. */
function validateSchema(value: unknown, where: LocationIndex, kind: DocumentKind) {
  const checked = checkDocument(value, kind, where);
  return checked.ok ? [] : checked.findings;
}

/** `line:column message` of each schema finding, in the order the validator gives them. */
function check(kind: DocumentKind, text: string): string[] {
  const { where, value } = indexed(text, `${kind}.yaml`);
  return validateSchema(value, where, kind).map(
    (f) => `${f.line}:${f.column} ${render(f.message, 'en')}`,
  );
}
/** The same, sorted by position as the report sorts them. */
const sorted = (kind: DocumentKind, text: string) =>
  check(kind, text).sort((a, b) => {
    const [la, ca] = a.split(' ')[0]!.split(':').map(Number) as [number, number];
    const [lb, cb] = b.split(' ')[0]!.split(':').map(Number) as [number, number];
    return la - lb || ca - cb || (a < b ? -1 : a > b ? 1 : 0);
  });

const framework = demoFramework;

/** The properties a module may have, as the schema lists them (the format grows). */
const moduleProperties = Object.keys(
  (
    JSON.parse(
      readFileSync(new URL('../../schemas/programme.schema.json', import.meta.url), 'utf8'),
    ) as {
      $defs: { module: { properties: object } };
    }
  ).$defs.module.properties,
).join(', ');

const programme = (...moduleLines: string[]) =>
  lines(
    'kind: programme',
    'id: p',
    'title: P',
    'track: admin',
    'level: basic',
    'modules:',
    '  - id: m',
    '    title: M',
    ...moduleLines,
  );

describe('validateSchema: valid documents', () => {
  it('accepts a full framework', () => {
    const text = lines(
      'kind: framework',
      'id: vn-cadre',
      'title: Đào tạo, bồi dưỡng cán bộ',
      'language: vi',
      'periodMinutes: 45',
      'tracks:',
      '  - id: llct',
      '    title: Lý luận chính trị',
      '    levels:',
      '      - id: so-cap',
      '        title: Sơ cấp',
      '      - trung-cap',
      '  - id: qlnn',
      '    title: Quản lý nhà nước',
      '    levels: [chuyen-vien, chuyen-vien-chinh]',
      'comparable:',
      '  - [llct/trung-cap, qlnn/chuyen-vien-chinh]',
      'positions:',
      '  - id: truong-phong',
      '    title: Trưởng phòng',
      '    requires: [llct/trung-cap]',
      '    learnersPerYear: 1200',
    );
    expect(check('framework', text)).toEqual([]);
  });

  it('accepts a full programme', () => {
    const text = lines(
      'kind: programme',
      'id: trung-cap-llct',
      'title: Trung cấp lý luận chính trị',
      'track: llct',
      'level: trung-cap',
      'satisfies: [qlnn/chuyen-vien-chinh]',
      'credential: Bằng trung cấp',
      'audience: Cán bộ cấp xã',
      'language: vi-VN',
      'source: Học viện',
      'hours: 124.5',
      'modules:',
      '  - id: mac-lenin',
      '    title: Chủ nghĩa Mác - Lênin',
      '    hours: 120',
      '    part: Phần I',
      '    activity: lesson',
      '    description: Triết học',
      '    topics: [chủ nghĩa duy vật biện chứng]',
      '    outcomes: [Vận dụng phương pháp luận]',
      '    requires: [so-cap/the-gioi-quan, other-module]',
      '  - id: thi',
      '    title: Thi',
      '    hours: 4.5',
      '    activity: assessment',
    );
    expect(check('programme', text)).toEqual([]);
  });

  it('knows exactly two kinds', () => {
    expect(documentKinds).toEqual(['framework', 'programme']);
  });
});

describe('validateSchema: required and unknown properties', () => {
  it('reports each missing property of the document at the document', () => {
    expect(sorted('programme', 'kind: programme\nid: p\n')).toEqual([
      '1:1 the document is missing required property "level"',
      '1:1 the document is missing required property "modules"',
      '1:1 the document is missing required property "title"',
      '1:1 the document is missing required property "track"',
    ]);
  });

  it('reports a missing property of a nested object at that object', () => {
    expect(check('programme', programme('    hour: 8'))).toEqual([
      '7:5 modules[0] is missing required property "hours"',
      '9:5 unknown property "hour" in modules[0]; did you mean "hours"?',
    ]);
  });

  it('reports an unknown property at its key, with a did-you-mean hint for a typo', () => {
    expect(sorted('framework', framework('titel: Again'))).toEqual([
      '8:1 unknown property "titel" in the document; did you mean "title"?',
    ]);
    expect(check('programme', programme('    hours: 8', '    desription: typo'))).toEqual([
      '10:5 unknown property "desription" in modules[0]; did you mean "description"?',
    ]);
  });

  it('lists the allowed properties when no name is close', () => {
    expect(check('programme', programme('    hours: 8', '    zzz: 1'))).toEqual([
      `10:5 unknown property "zzz" in modules[0] (allowed: ${moduleProperties})`,
    ]);
    expect(check('framework', framework('owner: me'))).toEqual([
      '8:1 unknown property "owner" in the document (allowed: kind, id, title, language, periodMinutes, moduleTerm, tracks, comparable, positions, providers)',
    ]);
  });

  it('reports an unknown property of a level object at its key', () => {
    const text = framework().replace(
      '[basic, advanced]',
      '[basic, {id: adv, title: Adv, extra: 1}]',
    );
    expect(check('framework', text)).toEqual([
      '7:43 unknown property "extra" in tracks[0].levels[1] (allowed: id, title)',
    ]);
  });

  it('treats a `<<` merge key as an unknown property', () => {
    expect(check('programme', programme('    hours: 8', '    <<: {part: x}'))).toEqual([
      `10:5 unknown property "<<" in modules[0] (allowed: ${moduleProperties})`,
    ]);
  });
});

describe('validateSchema: types', () => {
  it('names the expected and the given type', () => {
    expect(check('programme', programme('    hours: "3"'))).toEqual([
      '9:12 modules[0].hours must be a number, not the text "3"',
    ]);
    expect(check('programme', programme('    hours: 3', '    part: 5'))).toEqual([
      '10:11 modules[0].part must be a text, not 5',
    ]);
    expect(check('programme', programme('    hours: 3', '    topics: a topic'))).toEqual([
      '10:13 modules[0].topics must be a list, not the text "a topic"',
    ]);
    expect(check('programme', programme('    hours: [3]'))).toEqual([
      '9:12 modules[0].hours must be a number, not a list',
    ]);
    expect(check('programme', programme('    hours: 3', '    description: {a: 1}'))).toEqual([
      '10:18 modules[0].description must be a text, not a mapping; a text that contains ": " must be put in quotes: "a: 1"',
    ]);
    expect(check('programme', programme('    hours: true'))).toEqual([
      '9:12 modules[0].hours must be a number, not boolean true',
    ]);
  });

  it('says a list of modules written as a mapping is not a list', () => {
    const text = programme('    hours: 3').replace(/modules:[\s\S]*/, 'modules: {a: 1}\n');
    expect(check('programme', text)).toEqual(['6:10 modules must be a list, not a mapping']);
  });

  it('shortens a long text in the message', () => {
    const long = 'x'.repeat(60);
    expect(check('programme', programme(`    hours: "${long}"`))).toEqual([
      `9:12 modules[0].hours must be a number, not the text "${'x'.repeat(37)}..."`,
    ]);
  });

  it('wants a whole number of learners per year', () => {
    const text = framework(
      'positions:',
      '  - id: head',
      '    title: Head',
      '    requires: [admin/basic]',
      '    learnersPerYear: 1.5',
    );
    expect(check('framework', text)).toEqual([
      '12:22 positions[0].learnersPerYear must be a whole number, not 1.5',
    ]);
  });
});

describe('validateSchema: const and enum', () => {
  it('says which kind the schema wants', () => {
    const text = programme('    hours: 3').replace('kind: programme', 'kind: framework');
    expect(check('programme', text)).toEqual(['1:7 kind must be "programme"']);
  });

  it('lists the allowed values, with a hint for a typo', () => {
    expect(check('programme', programme('    hours: 3', '    activity: fieldwrok'))).toEqual([
      '10:15 modules[0].activity must be one of lesson, report, fieldwork, assessment; did you mean "fieldwork"?',
    ]);
  });

  it('lists the allowed values without a hint when nothing is close', () => {
    expect(check('programme', programme('    hours: 3', '    activity: lecture-series'))).toEqual([
      '10:15 modules[0].activity must be one of lesson, report, fieldwork, assessment',
    ]);
    expect(check('programme', programme('    hours: 3', '    activity: 3'))).toEqual([
      '10:15 modules[0].activity must be one of lesson, report, fieldwork, assessment',
    ]);
  });
});

describe('validateSchema: patterns', () => {
  it('suggests a slug for an id written as a Vietnamese title', () => {
    const text = programme('    hours: 3').replace('id: p', 'id: Quản lý nhà nước');
    expect(check('programme', text)).toEqual([
      '2:5 id "Quản lý nhà nước" is not a slug (lower-case letters and digits joined by single dashes, e.g. "quan-ly-nha-nuoc")',
    ]);
  });

  it('suggests a slug for a module id with capitals and underscores', () => {
    const text = programme('    hours: 3').replace('id: m', 'id: Module_One');
    expect(check('programme', text)).toEqual([
      '7:9 modules[0].id "Module_One" is not a slug (lower-case letters and digits joined by single dashes, e.g. "module-one")',
    ]);
  });

  it('gives no example when nothing of the text can be a slug', () => {
    const text = programme('    hours: 3').replace('track: admin', 'track: "---"');
    expect(check('programme', text)).toEqual([
      '4:8 track "---" is not a slug (lower-case letters and digits joined by single dashes)',
    ]);
  });

  it('reports a level shorthand that is not a slug', () => {
    const text = framework().replace('[basic, advanced]', '[basic, Advanced Level]');
    expect(check('framework', text)).toEqual([
      '7:21 tracks[0].levels[1] "Advanced Level" is not a slug (lower-case letters and digits joined by single dashes, e.g. "advanced-level")',
    ]);
  });

  it('reports a level ref that is not track/level', () => {
    const text = programme('    hours: 3').replace(
      'level: basic',
      'level: basic\nsatisfies: [admin, admin/basic/x]',
    );
    expect(check('programme', text)).toEqual([
      '6:13 satisfies[0] "admin" is not a level ref (`track/level`)',
      '6:20 satisfies[1] "admin/basic/x" is not a level ref (`track/level`)',
    ]);
  });

  it('reports a level ref in comparable and in a position', () => {
    const text = framework(
      'comparable:',
      '  - [admin, admin/basic]',
      'positions:',
      '  - id: head',
      '    title: Head',
      '    requires: [Admin/Basic]',
    );
    expect(sorted('framework', text)).toEqual([
      '9:6 comparable[0][0] "admin" is not a level ref (`track/level`)',
      '13:16 positions[0].requires[0] "Admin/Basic" is not a level ref (`track/level`)',
    ]);
  });

  it('reports a module ref that is neither programme/module nor a module id', () => {
    expect(
      check('programme', programme('    hours: 3', '    requires: [A/b, "x/y/z", ok/fine]')),
    ).toEqual([
      '10:16 modules[0].requires[0] "A/b" is not a module ref (`programme/module` or a module id)',
      '10:21 modules[0].requires[1] "x/y/z" is not a module ref (`programme/module` or a module id)',
    ]);
  });

  it('reports a language that is not a BCP-47 tag', () => {
    const text = programme('    hours: 3').replace('level: basic', 'level: basic\nlanguage: vi_VN');
    expect(check('programme', text)).toEqual([
      '6:11 language "vi_VN" is not a BCP-47 language tag (e.g. "vi", "en")',
    ]);
  });
});

describe('validateSchema: numbers, lengths and lists', () => {
  it('wants hours more than 0', () => {
    expect(check('programme', programme('    hours: 0'))).toEqual([
      '9:12 modules[0].hours must be more than 0, not 0',
    ]);
    expect(check('programme', programme('    hours: -1.5'))).toEqual([
      '9:12 modules[0].hours must be more than 0, not -1.5',
    ]);
    const text = programme('    hours: 3').replace('level: basic', 'level: basic\nhours: 0');
    expect(check('programme', text)).toEqual(['6:8 hours must be more than 0, not 0']);
  });

  it('wants periodMinutes a whole number from 1 to 600', () => {
    expect(check('framework', framework('periodMinutes: 0'))).toEqual([
      '8:16 periodMinutes must be at least 1, not 0',
    ]);
    expect(check('framework', framework('periodMinutes: 601'))).toEqual([
      '8:16 periodMinutes must be at most 600, not 601',
    ]);
    expect(check('framework', framework('periodMinutes: 1e308'))).toEqual([
      '8:16 periodMinutes must be at most 600, not 1e+308',
    ]);
    expect(check('framework', framework('periodMinutes: 45.5'))).toEqual([
      '8:16 periodMinutes must be a whole number, not 45.5',
    ]);
  });

  it('wants learnersPerYear at least 0', () => {
    const text = framework(
      'positions:',
      '  - id: head',
      '    title: Head',
      '    requires: []',
      '    learnersPerYear: -1',
    );
    expect(check('framework', text)).toEqual([
      '12:22 positions[0].learnersPerYear must be at least 0, not -1',
    ]);
  });

  it('wants at least one module, one track and one level', () => {
    const noModules = programme('    hours: 3').replace(/modules:[\s\S]*/, 'modules: []\n');
    expect(check('programme', noModules)).toEqual(['6:10 modules must not be empty']);
    const noTracks = lines('kind: framework', 'id: demo', 'title: Demo', 'tracks: []');
    expect(check('framework', noTracks)).toEqual(['4:9 tracks must not be empty']);
    const noLevels = framework().replace('[basic, advanced]', '[]');
    expect(check('framework', noLevels)).toEqual(['7:13 tracks[0].levels must not be empty']);
  });

  it('wants at least two levels in a comparable group', () => {
    expect(check('framework', framework('comparable:', '  - [admin/basic]'))).toEqual([
      '9:5 comparable[0] must have at least 2 items',
    ]);
  });

  it('wants non-empty texts', () => {
    expect(check('programme', programme('    hours: 3', '    part: ""'))).toEqual([
      '10:11 modules[0].part must not be empty',
    ]);
    const text = programme('    hours: 3').replace('title: P', "title: ''");
    expect(check('programme', text)).toEqual(['3:8 title must not be empty']);
  });

  it('reports a value listed twice, naming both items', () => {
    const text = programme('    hours: 3').replace(
      'level: basic',
      'level: basic\nsatisfies: [admin/a, admin/b, admin/a]',
    );
    expect(check('programme', text)).toEqual([
      '6:12 satisfies lists the same value twice (items 1 and 3)',
    ]);
    expect(check('framework', framework('comparable:', '  - [admin/basic, admin/basic]'))).toEqual([
      '9:5 comparable[0] lists the same value twice (items 1 and 2)',
    ]);
    expect(check('programme', programme('    hours: 3', '    requires: [a, b, b]'))).toEqual([
      '10:15 modules[0].requires lists the same value twice (items 2 and 3)',
    ]);
  });
});

describe('validateSchema: levels (a slug or an object)', () => {
  const withLevels = (levels: string) => framework().replace('[basic, advanced]', levels);

  it('says a level must be a slug or an object when it is neither', () => {
    expect(check('framework', withLevels('[basic, 5]'))).toEqual([
      '7:21 tracks[0].levels[1] must be a slug or an object with an id (5 given)',
    ]);
    expect(check('framework', withLevels('[basic, [a, b]]'))).toEqual([
      '7:21 tracks[0].levels[1] must be a slug or an object with an id (a list given)',
    ]);
    expect(check('framework', withLevels('[basic, null]'))).toEqual([
      '7:21 tracks[0].levels[1] must be a slug or an object with an id (empty given)',
    ]);
  });

  it('reports what is wrong inside a level object, not the anyOf', () => {
    expect(check('framework', withLevels('[basic, {title: No id}]'))).toEqual([
      '7:21 tracks[0].levels[1] is missing required property "id"',
    ]);
    expect(check('framework', withLevels('[basic, {id: adv, title: ""}]'))).toEqual([
      '7:38 tracks[0].levels[1].title must not be empty',
    ]);
    expect(check('framework', withLevels('[basic, {id: Adv}]'))).toEqual([
      '7:26 tracks[0].levels[1].id "Adv" is not a slug (lower-case letters and digits joined by single dashes, e.g. "adv")',
    ]);
  });

  it('reports each bad level of a track', () => {
    expect(sorted('framework', withLevels('[Basic, 7, {name: x}]'))).toEqual([
      '7:14 tracks[0].levels[0] "Basic" is not a slug (lower-case letters and digits joined by single dashes, e.g. "basic")',
      '7:21 tracks[0].levels[1] must be a slug or an object with an id (7 given)',
      '7:24 tracks[0].levels[2] is missing required property "id"',
      '7:25 unknown property "name" in tracks[0].levels[2] (allowed: id, title)',
    ]);
  });
});

describe('validateSchema: findings', () => {
  it('reports every violation at once, each as a located schema error', () => {
    const { where, value } = indexed(
      programme('    hours: 0', '    activity: x'),
      'programmes/p.yaml',
    );
    expect(validateSchema(value, where, 'programme')).toEqual([
      expect.objectContaining({
        rule: 'schema',
        severity: 'error',
        file: 'programmes/p.yaml',
        line: 9,
        column: 12,
        endLine: 9,
        endColumn: 13,
      }),
      expect.objectContaining({
        rule: 'schema',
        severity: 'error',
        file: 'programmes/p.yaml',
        line: 10,
        column: 15,
        endLine: 10,
        endColumn: 16,
      }),
    ]);
  });

  it('gives an unknown property the span of its key', () => {
    const { where, value } = indexed(programme('    hours: 3', '    zzz: 1'));
    const [finding] = validateSchema(value, where, 'programme');
    expect([finding?.line, finding?.column, finding?.endLine, finding?.endColumn]).toEqual([
      10, 5, 10, 8,
    ]);
  });

  it('reports a document that is not a mapping', () => {
    const { where, value } = indexed('- a\n- b\n');
    expect(
      validateSchema(value, where, 'programme').map(
        (f) => `${f.line}:${f.column} ${render(f.message, 'en')}`,
      ),
    ).toEqual(['1:1 the document must be a mapping, not a list']);
  });
});

describe('validateSchema: in Vietnamese', () => {
  /** `line:column` and the Vietnamese message of each schema finding, sorted by position. */
  const vi = (kind: DocumentKind, text: string): string[] => {
    const { where, value } = indexed(text, `${kind}.yaml`);
    return validateSchema(value, where, kind)
      .sort((a, b) => a.line - b.line || a.column - b.column)
      .map((f) => `${f.line}:${f.column} ${render(f.message, 'vi')}`);
  };

  it('says what is missing or unknown, with the property path', () => {
    expect(
      vi('programme', 'kind: programme\nid: p\ntitle: P\ntrack: admin\nlevel: basic\n'),
    ).toEqual(['1:1 tài liệu thiếu khóa bắt buộc "modules"']);
    expect(vi('programme', programme('    hour: 8'))).toEqual([
      '7:5 modules[0] thiếu khóa bắt buộc "hours"',
      '9:5 modules[0] có khóa lạ "hour"; có phải ý bạn là "hours"?',
    ]);
    expect(vi('framework', framework('owner: me'))).toEqual([
      '8:1 tài liệu có khóa lạ "owner" (các khóa được phép: kind, id, title, language, periodMinutes, moduleTerm, tracks, comparable, positions, providers)',
    ]);
  });

  it('names types and the value found', () => {
    expect(vi('programme', programme('    hours: "ba"'))).toEqual([
      '9:12 modules[0].hours phải là một số, hiện là văn bản "ba"',
    ]);
    expect(vi('programme', programme('    hours:'))).toEqual([
      '9:5 modules[0].hours phải là một số, hiện đang để trống',
    ]);
    expect(vi('programme', programme('    hours: 3', '    topics: [[a]]'))).toEqual([
      '10:13 modules[0].topics[0] phải là một văn bản, hiện là một danh sách',
    ]);
    const text = framework(
      'positions:',
      '  - id: p',
      '    title: P',
      '    requires: [admin/basic]',
      '    learnersPerYear: 1.5',
    );
    expect(vi('framework', text)).toEqual([
      '12:22 positions[0].learnersPerYear phải là một số nguyên, hiện là 1,5',
    ]);
  });

  it('says a topic written with an unquoted ": " should be quoted', () => {
    const text = programme(
      '    hours: 3',
      '    topics:',
      '      - Báo cáo chuyên đề: Tình hình địa phương',
    );
    expect(vi('programme', text)).toEqual([
      '11:7 modules[0].topics[0] phải là một văn bản, hiện là một ánh xạ (khóa: giá trị); nếu đây là một văn bản có chứa ": ", hãy đặt nó trong dấu ngoặc kép: "Báo cáo chuyên đề: Tình hình địa phương"',
    ]);
    expect(check('programme', text)).toEqual([
      '11:7 modules[0].topics[0] must be a text, not a mapping; a text that contains ": " must be put in quotes: "Báo cáo chuyên đề: Tình hình địa phương"',
    ]);
  });

  it('says const, enum and patterns', () => {
    expect(
      vi('programme', programme('    hours: 3').replace('kind: programme', 'kind: framework')),
    ).toEqual(['1:7 kind phải là "programme"']);
    expect(vi('programme', programme('    hours: 3', '    activity: fieldwrok'))).toEqual([
      '10:15 modules[0].activity phải là một trong các giá trị lesson, report, fieldwork, assessment; có phải ý bạn là "fieldwork"?',
    ]);
    expect(vi('programme', programme('    hours: 3').replace('id: p', 'id: Quản lý'))).toEqual([
      '2:5 id "Quản lý" không phải mã hợp lệ (chỉ gồm chữ thường không dấu và chữ số, nối với nhau bằng một dấu gạch ngang, ví dụ "quan-ly")',
    ]);
    expect(vi('programme', programme('    hours: 3', '    requires: [A/b]'))).toEqual([
      '10:16 modules[0].requires[0] "A/b" không phải tham chiếu mô-đun (`chương-trình/mô-đun` hoặc mã một mô-đun cùng chương trình)',
    ]);
    const satisfies = programme('    hours: 3').replace(
      'level: basic',
      'level: basic\nsatisfies: [admin]',
    );
    expect(vi('programme', satisfies)).toEqual([
      '6:13 satisfies[0] "admin" không phải tham chiếu bậc (`nhánh/bậc`)',
    ]);
    const language = programme('    hours: 3').replace(
      'level: basic',
      'level: basic\nlanguage: vi_VN',
    );
    expect(vi('programme', language)).toEqual([
      '6:11 language "vi_VN" không phải mã ngôn ngữ BCP-47 (ví dụ "vi", "en")',
    ]);
  });

  it('says limits with Vietnamese numbers', () => {
    expect(vi('programme', programme('    hours: 0'))).toEqual([
      '9:12 modules[0].hours phải lớn hơn 0, hiện là 0',
    ]);
    expect(vi('programme', programme('    hours: 20000'))).toEqual([
      '9:12 modules[0].hours tối đa là 10.000, hiện là 20.000',
    ]);
    expect(check('programme', programme('    hours: 20000'))).toEqual([
      '9:12 modules[0].hours must be at most 10,000, not 20,000',
    ]);
    const text = framework(
      'positions:',
      '  - id: p',
      '    title: P',
      '    requires: [admin/basic]',
      '    learnersPerYear: -1',
    );
    expect(vi('framework', text)).toEqual([
      '12:22 positions[0].learnersPerYear phải từ 0 trở lên, hiện là -1',
    ]);
    const topics = `[${Array.from({ length: 201 }, (_, i) => `t${i}`).join(', ')}]`;
    expect(vi('programme', programme('    hours: 3', `    topics: ${topics}`))).toEqual([
      '10:13 modules[0].topics có 201 mục; tối đa 200 mục',
    ]);
    expect(vi('programme', programme(`    hours: 3`, `    part: "${'x'.repeat(10_001)}"`))).toEqual(
      ['10:11 modules[0].part dài 10.001 ký tự; tối đa 10.000 ký tự'],
    );
  });

  it('says lists and texts that are too short, and repeated items', () => {
    expect(vi('framework', framework('comparable:', '  - [admin/basic]'))).toEqual([
      '9:5 comparable[0] phải có ít nhất 2 mục',
    ]);
    expect(vi('programme', programme('    hours: 3', '    part: ""'))).toEqual([
      '10:11 modules[0].part không được để trống',
    ]);
    expect(vi('programme', programme('    hours: 3', '    requires: [a, b, b]'))).toEqual([
      '10:15 modules[0].requires có một giá trị lặp lại (mục thứ 2 và 3)',
    ]);
    const levels = framework().replace('[basic, advanced]', '[basic, 5]');
    expect(vi('framework', levels)).toEqual([
      '7:21 tracks[0].levels[1] phải là một mã (slug) hoặc một ánh xạ có khóa id, hiện là 5',
    ]);
  });
});
