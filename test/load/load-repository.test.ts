import { render } from '../../src/messages/catalogue.js';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { loadRepository } from '../../src/load/load-repository.js';
import { demoFramework, lines, tempDir, writeFiles } from './support.js';

const framework = demoFramework();

const programme = (id: string, ...moduleExtra: string[]) =>
  lines(
    'kind: programme',
    `id: ${id}`,
    `title: Programme ${id}`,
    'track: admin',
    'level: basic',
    'modules:',
    '  - id: m',
    '    title: M',
    '    hours: 8',
    ...moduleExtra,
  );

async function load(files: Record<string, string | Uint8Array>, paths = ['.'], ignore?: string[]) {
  const dir = await tempDir();
  await writeFiles(dir, files);
  return loadRepository(paths, { cwd: dir, ...(ignore ? { ignore } : {}) });
}

const report = (findings: readonly Finding[]) =>
  findings.map(
    (f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${render(f.message, 'en')}`,
  );

describe('loadRepository: a valid repository', () => {
  it('builds the catalog and counts what it read', async () => {
    const result = await load({
      'framework.yaml': framework,
      'programmes/a.yaml': programme('a'),
      'programmes/b.yml': programme('b', '  - id: n', '    title: N', '    hours: 4.5'),
    });
    expect(result.findings).toEqual([]);
    expect(result.files).toEqual(['framework.yaml', 'programmes/a.yaml', 'programmes/b.yml']);
    expect(result.unmatched).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.stats).toEqual({ files: 3, programmes: 2, modules: 3, hours: 20.5 });
    expect(result.catalog?.programmes.map((p) => p.id)).toEqual(['a', 'b']);
    expect(result.catalog?.files).toEqual(result.files);
    expect(result.sources.size).toBe(0);
  });

  it('reads a file with a byte-order mark and CRLF line ends', async () => {
    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(programme('a').replace(/\n/g, '\r\n')),
    ]);
    const result = await load({ 'framework.yaml': framework, 'a.yaml': bom });
    expect(result.findings).toEqual([]);
    expect(result.catalog?.modules[0]?.title).toBe('M');
  });

  it('locates errors in a BOM + CRLF file by the text after the mark', async () => {
    const text = programme('a').replace('hours: 8', 'hours: -8').replace(/\n/g, '\r\n');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const result = await load({ 'framework.yaml': framework, 'a.yaml': bom });
    expect(report(result.findings)).toEqual([
      'a.yaml:9:12 error schema modules[0].hours must be more than 0, not -8',
    ]);
  });

  it('keeps the catalog when there are only warnings', async () => {
    const result = await load({
      'framework.yaml': framework,
      'a.yaml': programme('a'),
      'notes.yaml': 'owner: someone\n',
    });
    expect(report(result.findings)).toEqual([
      'notes.yaml:1:1 warning not-curriculum no `kind`: skipped (not a curriculum file)',
    ]);
    expect(result.skipped).toEqual(['notes.yaml']);
    expect(result.hasErrors).toBe(false);
    expect(result.catalog?.programmes.map((p) => p.id)).toEqual(['a']);
    expect(result.stats).toEqual({ files: 3, programmes: 1, modules: 1, hours: 8 });
  });
});

describe('loadRepository: files that are not curriculum documents', () => {
  it('skips an empty file with a warning', async () => {
    const result = await load({ 'framework.yaml': framework, 'empty.yaml': '' });
    expect(report(result.findings)).toEqual([
      'empty.yaml:1:1 warning not-curriculum empty file: skipped (not a curriculum file)',
    ]);
    expect(result.skipped).toEqual(['empty.yaml']);
  });

  it('skips a file of comments only as empty', async () => {
    const result = await load({ 'framework.yaml': framework, 'c.yaml': '# nothing yet\n' });
    expect(report(result.findings)).toEqual([
      'c.yaml:1:1 warning not-curriculum empty file: skipped (not a curriculum file)',
    ]);
  });

  it('skips YAML without kind: a mapping, a list or a scalar', async () => {
    const result = await load({
      'framework.yaml': framework,
      'map.yaml': 'name: x\n',
      'list.yaml': '- a\n- b\n',
      'scalar.yaml': 'just text\n',
    });
    expect(report(result.findings)).toEqual([
      'list.yaml:1:1 warning not-curriculum no `kind`: skipped (not a curriculum file)',
      'map.yaml:1:1 warning not-curriculum no `kind`: skipped (not a curriculum file)',
      'scalar.yaml:1:1 warning not-curriculum no `kind`: skipped (not a curriculum file)',
    ]);
    expect(result.skipped).toEqual(['list.yaml', 'map.yaml', 'scalar.yaml']);
    expect(result.stats.files).toBe(4);
  });

  it('reports an unknown kind at its value, with a hint for a typo', async () => {
    const result = await load({
      'framework.yaml': framework,
      'a.yaml': 'kind: Programme\nid: a\n',
      'b.yaml': 'kind: course\nid: b\n',
      'c.yaml': 'id: c\nkind: 5\n',
    });
    expect(report(result.findings)).toEqual([
      'a.yaml:1:7 error schema unknown kind "Programme"; expected "framework" or "programme" (did you mean "programme"?)',
      'b.yaml:1:7 error schema unknown kind "course"; expected "framework" or "programme"',
      'c.yaml:2:7 error schema unknown kind "5"; expected "framework" or "programme"',
    ]);
    expect(result.skipped).toEqual([]);
    expect([...result.sources.keys()].sort()).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
  });

  it('does not blame other files for a programme whose kind is misspelt', async () => {
    const result = await load({
      'framework.yaml': framework,
      'a.yaml': programme('a', '    requires: [b/m]'),
      'b.yaml': programme('b').replace('kind: programme', 'kind: programe'),
    });
    expect(report(result.findings)).toEqual([
      'b.yaml:1:7 error schema unknown kind "programe"; expected "framework" or "programme" (did you mean "programme"?)',
    ]);
    expect(result.leftOut).toEqual(['b']);
  });
});

describe('loadRepository: unreadable and malformed files', () => {
  it('reports a binary file and an invalid UTF-8 file, and goes on', async () => {
    const result = await load({
      'framework.yaml': framework,
      'bin.yaml': Buffer.from('kind: programme\nid: \u0000\n'),
      'latin1.yaml': Buffer.concat([
        Buffer.from('kind: programme\ntitle: caf'),
        Buffer.from([0xe9]),
      ]),
      'ok.yaml': programme('ok'),
    });
    expect(report(result.findings)).toEqual([
      'bin.yaml:2:5 error input-encoding binary file (contains a NUL byte), not YAML text',
      'latin1.yaml:2:11 error input-encoding invalid UTF-8 (byte 0xE9); save the file as UTF-8',
    ]);
    // The valid programme is still read into the model; the errors still fail the run.
    expect(result.hasErrors).toBe(true);
    expect(result.catalog?.programmes.map((p) => p.id)).toEqual(['ok']);
    expect(result.stats).toEqual({ files: 4, programmes: 1, modules: 1, hours: 8 });
    // No text to show for files that could not be read.
    expect(result.sources.has('bin.yaml')).toBe(false);
  });

  it('reports YAML errors and keeps the source for code frames', async () => {
    const result = await load({
      'framework.yaml': framework,
      'a.yaml': 'kind: programme\nid: a\ntitle: a: b\n',
    });
    expect(report(result.findings)).toEqual([
      'a.yaml:3:8 error yaml-syntax a value that contains ": " must be put in quotes; write it as title: "a: b"',
    ]);
    expect(result.sources.get('a.yaml')?.text).toBe('kind: programme\nid: a\ntitle: a: b\n');
  });
});

describe('loadRepository: every problem in one run, in a stable order', () => {
  const files = {
    'framework.yaml': framework,
    'programmes/z.yaml': programme('z', '    activity: lecture').replace('hours: 8', 'hours: 0'),
    'programmes/a.yaml': programme('a', '    requires: [z/m, y/m, a/q]'),
    'programmes/b.yaml': programme('b').replace('title: M', 'title: M\n    title: again'),
    'programmes/c.yaml': programme('c').replace('level: basic', 'level: basic\nhours: 9'),
    'programmes/d.yaml': programme('a'),
  };

  it('reports schema, syntax and cross-file problems of all files, sorted by file and position', async () => {
    const result = await load(files);
    expect(report(result.findings)).toEqual([
      'programmes/a.yaml:10:21 error unresolved-ref module ref "y/m" does not resolve: no programme "y"; did you mean "a/m"?',
      'programmes/a.yaml:10:26 error unresolved-ref module ref "a/q" does not resolve: programme "a" has no module "q"; did you mean "a/m"?',
      'programmes/b.yaml:9:5 error yaml-syntax duplicate key "title"',
      'programmes/c.yaml:6:8 error hours-mismatch programme "c" declares 9 periods but its modules add up to 8 (-1)',
      'programmes/d.yaml:2:5 error duplicate-id id "a" is already used by the programme in programmes/a.yaml',
      'programmes/z.yaml:9:12 error schema modules[0].hours must be more than 0, not 0',
      'programmes/z.yaml:10:15 error schema modules[0].activity must be one of lesson, report, fieldwork, assessment',
    ]);
    expect(result.hasErrors).toBe(true);
    // a, and c (its hours are taken from its modules); d repeats the id a, z and b failed.
    expect(result.catalog?.programmes.map((p) => p.file)).toEqual([
      'programmes/a.yaml',
      'programmes/c.yaml',
    ]);
    expect(result.stats).toEqual({ files: 6, programmes: 3, modules: 3, hours: 24 });
  });

  it('gives the same findings on every run', async () => {
    const first = await load(files);
    const second = await load(files);
    expect(second.findings).toEqual(first.findings);
  });

  it('keeps the sources of every file with a finding', async () => {
    const result = await load(files);
    expect([...result.sources.keys()].sort()).toEqual([
      'programmes/a.yaml',
      'programmes/b.yaml',
      'programmes/c.yaml',
      'programmes/d.yaml',
      'programmes/z.yaml',
    ]);
  });
});

describe('loadRepository: paths', () => {
  it('reports paths and globs that match nothing', async () => {
    const result = await load({ 'framework.yaml': framework }, [
      'framework.yaml',
      'nope',
      'x/*.yaml',
    ]);
    expect(result.unmatched).toEqual(['nope', 'x/*.yaml']);
    expect(result.files).toEqual(['framework.yaml']);
  });

  it('leaves out ignored files', async () => {
    const result = await load(
      {
        'framework.yaml': framework,
        'a.yaml': programme('a'),
        'drafts/b.yaml': 'kind: nonsense\n',
      },
      ['.'],
      ['drafts'],
    );
    expect(result.findings).toEqual([]);
    expect(result.files).toEqual(['a.yaml', 'framework.yaml']);
  });

  it('reads many files (more than it reads ahead) in order', async () => {
    const many: Record<string, string> = { 'framework.yaml': framework };
    for (let i = 0; i < 30; i++) many[`p/p${String(i).padStart(2, '0')}.yaml`] = programme(`p${i}`);
    const result = await load(many);
    expect(result.findings).toEqual([]);
    expect(result.stats).toEqual({ files: 31, programmes: 30, modules: 30, hours: 240 });
    expect(result.files[1]).toBe('p/p00.yaml');
  });
});

describe('loadRepository: a file that does not parse is not blamed on the others', () => {
  it('says nothing of a missing framework when the framework file does not parse', async () => {
    const result = await load({
      'framework.yaml': 'kind: framework\ntitle: Demo: framework\n',
      'a.yaml': programme('a'),
    });
    expect(result.findings.map((f) => `${f.file} ${f.rule}`)).toEqual([
      'framework.yaml yaml-syntax',
    ]);
  });

  it('does not report refs into a programme whose file does not parse', async () => {
    const result = await load({
      'framework.yaml': framework,
      'a.yaml': programme('a', '    requires: [b/m]'),
      'b.yaml': 'kind: programme\nid: b\nid: b\n',
    });
    expect(result.findings.map((f) => `${f.file} ${f.rule}`)).toEqual(['b.yaml yaml-syntax']);
  });

  it('reports an empty `kind:` as an unknown kind, not as a skipped file', async () => {
    const result = await load({ 'framework.yaml': framework, 'a.yaml': 'kind:\nid: a\n' });
    expect(report(result.findings)).toEqual([
      'a.yaml:1:1 error schema unknown kind ""; expected "framework" or "programme"',
    ]);
  });

  it('locates a schema error in one topic at that topic', async () => {
    const result = await load({
      'framework.yaml': framework,
      'a.yaml': programme('a', '    topics: ["", ok]'),
    });
    expect(report(result.findings)).toEqual([
      'a.yaml:10:14 error schema modules[0].topics[0] must not be empty',
    ]);
  });

  it('locates an empty value at its key', async () => {
    const result = await load({
      'framework.yaml': framework,
      'a.yaml': lines(
        'kind: programme',
        'id: a',
        'title: A',
        'track: admin',
        'level: basic',
        'modules:   ',
      ),
    });
    expect(report(result.findings)).toEqual([
      'a.yaml:6:1 error schema modules must be a list, not empty',
    ]);
  });
});

describe('loadRepository: a broken file never blinds the run', () => {
  const frameworkVi = lines(
    'kind: framework',
    'id: vn-cadre',
    'title: Đào tạo, bồi dưỡng cán bộ, công chức',
    'language: vi',
    'periodMinutes: 45',
    'tracks:',
    '  - id: qlnn',
    '    title: Quản lý nhà nước',
    '    levels: [chuyen-vien, chuyen-vien-chinh]',
  );
  const valid = lines(
    'kind: programme',
    'id: chuyen-vien',
    'title: Bồi dưỡng ngạch chuyên viên',
    'track: qlnn',
    'level: chuyen-vien',
    'modules:',
    '  - id: quan-ly-nha-nuoc',
    '    title: Quản lý nhà nước về kinh tế',
    '    hours: 40',
  );
  // A schema error (hours 0) beside refs that do not resolve, inside the same file.
  const broken = lines(
    'kind: programme', //                                   1
    'id: chuyen-vien-chinh', //                             2
    'title: Bồi dưỡng ngạch chuyên viên chính', //          3
    'track: qlnn', //                                       4
    'level: chuyen-vien-chnh', //                           5
    'satisfies: [qlnn/cao-cap]', //                         6
    'modules:', //                                          7
    '  - id: ky-nang', //                                   8
    '    title: Kỹ năng lãnh đạo', //                       9
    '    hours: 0', //                                      10
    '    requires: [chuyen-vien/quan-ly-nha-nuoc, chuyen-vien/khong-co, thuc-te, ky-nag]', // 11
    '  - id: thuc-te', //                                   12
    '    title: Nghiên cứu thực tế', //                     13
    '    hours: 8', //                                      14
    '    activity: fieldwork', //                           15
  );

  it('builds the catalog from the valid files and reports every error of the broken one', async () => {
    const result = await load({
      'framework.yaml': frameworkVi,
      'programmes/chuyen-vien.yaml': valid,
      'programmes/chuyen-vien-chinh.yaml': broken,
    });
    expect(report(result.findings)).toEqual([
      'programmes/chuyen-vien-chinh.yaml:5:8 error unresolved-ref level "chuyen-vien-chnh" is not a level of track "qlnn"; did you mean "chuyen-vien-chinh"?',
      'programmes/chuyen-vien-chinh.yaml:6:13 error unresolved-ref level ref "qlnn/cao-cap" does not resolve: track "qlnn" has no such level',
      'programmes/chuyen-vien-chinh.yaml:10:12 error schema modules[0].hours must be more than 0, not 0',
      'programmes/chuyen-vien-chinh.yaml:11:46 error unresolved-ref module ref "chuyen-vien/khong-co" does not resolve: programme "chuyen-vien" has no module "khong-co"',
      'programmes/chuyen-vien-chinh.yaml:11:77 error unresolved-ref module ref "ky-nag" does not resolve: programme "chuyen-vien-chinh" has no module "ky-nag"; did you mean "chuyen-vien-chinh/ky-nang"?',
    ]);
    expect(result.findings[3]?.about).toEqual(['module:chuyen-vien-chinh/ky-nang']);
    expect(result.findings[0]?.about).toEqual(['programme:chuyen-vien-chinh']);
    expect(render(result.findings[0]!.message, 'vi')).toBe(
      'bậc "chuyen-vien-chnh" không phải một bậc của nhánh "qlnn"; có phải ý bạn là "chuyen-vien-chinh"?',
    );
    expect(result.hasErrors).toBe(true);
    expect(result.catalog?.programmes.map((p) => p.id)).toEqual(['chuyen-vien']);
    expect(result.catalog?.modules.map((m) => m.ref)).toEqual(['chuyen-vien/quan-ly-nha-nuoc']);
    expect(result.leftOut).toEqual(['chuyen-vien-chinh']);
    expect(result.sources.has('programmes/chuyen-vien-chinh.yaml')).toBe(true);
  });

  it('reads the valid parts of a broken programme only where they are well formed', async () => {
    const result = await load({
      'framework.yaml': frameworkVi,
      'programmes/chuyen-vien.yaml': valid,
      'programmes/x.yaml': lines(
        'kind: programme',
        'id: x',
        'title: X',
        'track: Quản lý', // not a slug: the schema says so, no unresolved ref besides
        'level: chuyen-vien',
        'modules:',
        '  - title: No id', // an id missing: refs into x cannot be judged
        '    hours: 2',
        '  - id: b',
        '    title: B',
        '    hours: 2',
        '    requires: [a, x/z, "Bad Ref", chuyen-vien/nope, b, b]',
      ),
    });
    expect(report(result.findings).map((l) => l.replace(/^programmes\/x\.yaml:/, ''))).toEqual([
      '4:8 error schema track "Quản lý" is not a slug (lower-case letters and digits joined by single dashes, e.g. "quan-ly")',
      '7:5 error schema modules[0] is missing required property "id"',
      '12:15 error schema modules[1].requires lists the same value twice (items 5 and 6)',
      '12:24 error schema modules[1].requires[2] "Bad Ref" is not a module ref (`programme/module` or a module id)',
      '12:35 error unresolved-ref module ref "chuyen-vien/nope" does not resolve: programme "chuyen-vien" has no module "nope"',
    ]);
    expect(result.catalog?.programmes.map((p) => p.id)).toEqual(['chuyen-vien']);
  });

  it('lists the programmes left out of the catalog, by id or else by file', async () => {
    const result = await load({
      'framework.yaml': frameworkVi,
      'a.yaml': valid,
      'typo.yaml': valid
        .replace('id: chuyen-vien', 'id: typo')
        .replace('level: chuyen-vien', 'level: cv'),
      'syntax.yaml': 'kind: programme\ntitle: Báo cáo: x\n',
      'named.yaml': 'kind: programme\nid: named\ntitle: a: b\n',
      'notes.yaml': 'ghi-chu: x\n',
    });
    expect(result.leftOut).toEqual(['named', 'syntax.yaml', 'typo']);
    expect(result.catalog?.programmes.map((p) => p.id)).toEqual(['chuyen-vien']);
  });

  it('reports module ids used twice in a broken programme', async () => {
    const twice = broken.replace('  - id: thuc-te', '  - id: ky-nang');
    const result = await load({ 'framework.yaml': frameworkVi, 'p.yaml': twice });
    expect(
      result.findings
        .filter((f) => f.rule === 'duplicate-id')
        .map((f) => `${f.line}:${f.column} ${render(f.message, 'vi')}`),
    ).toEqual([
      '12:9 mã mô-đun "ky-nang" được dùng hai lần trong chương trình "chuyen-vien-chinh"',
    ]);
  });

  it('still does not blame refs into a programme that failed', async () => {
    const result = await load({
      'framework.yaml': frameworkVi,
      'a.yaml': valid.replace(
        '    hours: 40',
        '    hours: 40\n    requires: [chuyen-vien-chinh/anything]',
      ),
      'b.yaml': broken,
    });
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.filter((f) => f.file !== 'b.yaml')).toEqual([]);
    expect(result.catalog?.modules[0]?.requires).toEqual([]);
  });

  it('gives no catalog when the framework is broken, and still its language', async () => {
    const invalid = await load({
      'framework.yaml': frameworkVi.replace('periodMinutes: 45', 'periodMinutes: 60\nowner: x'),
      'a.yaml': valid,
    });
    expect(invalid.catalog).toBeUndefined();
    expect(invalid.hasErrors).toBe(true);
    expect([invalid.language, invalid.periodMinutes]).toEqual(['vi', 60]);
    const unparsed = await load({
      'framework.yaml': frameworkVi.replace('title: Đào tạo', 'title: Đào tạo: khung'),
      'a.yaml': valid,
    });
    expect([unparsed.catalog, unparsed.language, unparsed.periodMinutes]).toEqual([
      undefined,
      'vi',
      45,
    ]);
  });

  it('gives the language and period of a valid framework, and none without one', async () => {
    const result = await load({ 'framework.yaml': frameworkVi, 'a.yaml': valid });
    expect([result.hasErrors, result.language, result.periodMinutes]).toEqual([false, 'vi', 45]);
    const none = await load({ 'a.yaml': valid });
    expect([none.hasErrors, none.language, none.periodMinutes]).toEqual([true, undefined, 45]);
    const warnings = await load({
      'framework.yaml': frameworkVi,
      'a.yaml': valid,
      'b.yaml': 'x: 1\n',
    });
    expect(warnings.hasErrors).toBe(false);
  });
});

describe('loadRepository: ignore globs', () => {
  it('returns the ignore globs that left out no file', async () => {
    const result = await load(
      {
        'repo/framework.yaml': framework,
        'repo/a.yaml': programme('a'),
        'repo/drafts/b.yaml': 'kind: nonsense\n',
      },
      ['repo'],
      ['drafts/**', 'archive/**'],
    );
    expect(result.findings).toEqual([]);
    expect(result.files).toEqual(['repo/a.yaml', 'repo/framework.yaml']);
    expect(result.unusedIgnores).toEqual(['archive/**']);
  });
});

describe('loadRepository: messages in Vietnamese', () => {
  it('says why a file is skipped or its kind refused', async () => {
    const result = await load({
      'framework.yaml': framework,
      'empty.yaml': '',
      'notes.yaml': 'ghi-chu: x\n',
      'typo.yaml': 'kind: programe\n',
      'list.yaml': 'kind: [programme]\n',
    });
    expect(result.findings.map((f) => `${f.file} ${render(f.message, 'vi')}`)).toEqual([
      'empty.yaml tệp rỗng: bỏ qua (không phải tệp chương trình đào tạo)',
      'list.yaml kind phải là "framework" hoặc "programme", không phải một danh sách',
      'notes.yaml không có khóa `kind`: bỏ qua (không phải tệp chương trình đào tạo)',
      'typo.yaml loại tài liệu "programe" không hợp lệ; kind phải là "framework" hoặc "programme" (có phải ý bạn là "programme"?)',
    ]);
  });
});
