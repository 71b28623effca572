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
  findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`);

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
    expect(result.catalog).toBeDefined();
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
    expect(result.catalog).toBeUndefined();
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
      'a.yaml:3:8 error yaml-syntax Nested mappings are not allowed in compact mappings',
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
      'programmes/c.yaml:6:8 error hours-mismatch programme "c" declares 9 hours but its modules add up to 8 (-1)',
      'programmes/d.yaml:2:5 error duplicate-id id "a" is already used by the programme in programmes/a.yaml',
      'programmes/z.yaml:9:12 error schema modules[0].hours must be more than 0, not 0',
      'programmes/z.yaml:10:15 error schema modules[0].activity must be one of lesson, report, fieldwork, assessment',
    ]);
    expect(result.catalog).toBeUndefined();
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
