import { render } from '../../src/messages/catalogue.js';
import { renderAll } from '../helpers/messages.js';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { buildCatalog } from '../../src/load/build-catalog.js';
import type { CurriculumDocument } from '../../src/load/build-catalog.js';
import { curriculumDoc, lines } from './support.js';

const frameworkText = lines(
  'kind: framework', //                       1
  'id: demo', //                              2
  'title: Demo framework', //                 3
  'language: vi', //                          4
  'tracks:', //                               5
  '  - id: admin', //                         6
  '    title: Public administration', //      7
  '    levels: [basic, advanced]', //         8
  '  - id: pol', //                           9
  '    title: Politics', //                   10
  '    levels:', //                           11
  '      - id: low', //                       12
  '        title: Low level', //              13
  '      - id: high', //                      14
  'comparable:', //                           15
  '  - [admin/advanced, pol/high]', //        16
  'positions:', //                            17
  '  - id: head', //                          18
  '    title: Head of unit', //               19
  '    requires: [admin/advanced, pol/high]', // 20
  '    learnersPerYear: 100', //              21
);

/** A programme; `extra` lines go after `level:`, module lines after the first module's title. */
function programmeText(id: string, options: { extra?: string[]; modules?: string[] } = {}) {
  return lines(
    'kind: programme', //             1
    `id: ${id}`, //                   2
    `title: Programme ${id}`, //      3
    'track: admin', //                4
    'level: basic', //                5
    ...(options.extra ?? []),
    'modules:',
    ...(options.modules ?? ['  - id: m', '    title: M', '    hours: 2']),
  );
}

const fw = () => curriculumDoc('framework.yaml', frameworkText);
const prog = (id: string, options?: Parameters<typeof programmeText>[1], file?: string) =>
  curriculumDoc(file ?? `programmes/${id}.yaml`, programmeText(id, options));

function build(
  docs: CurriculumDocument[],
  failed: { framework?: boolean; programmes?: string[] } = {},
) {
  const files = docs.map((d) => d.where.source.file);
  return buildCatalog(docs, files, {
    frameworkFailed: failed.framework ?? false,
    failedProgrammes: new Set(failed.programmes ?? []),
  });
}

/** `file:line:column rule message` of each finding, and its related places indented. */
function report(findings: readonly Finding[]): string[] {
  return findings.flatMap((f) => [
    `${f.file}:${f.line}:${f.column} ${f.rule} ${render(f.message, 'en')}`,
    ...(f.related ?? []).map((r) => `  ${r.file}:${r.line}:${r.column} ${render(r.message, 'en')}`),
  ]);
}

describe('buildCatalog: exactly one framework', () => {
  it('reports a missing framework at the first programme', () => {
    const result = build([prog('a'), prog('b')]);
    expect(report(result.findings)).toEqual([
      'programmes/a.yaml:1:7 framework-count no framework found: a repository needs one file with `kind: framework`',
    ]);
    expect(result.catalog).toBeUndefined();
  });

  it('reports a missing framework at the first file when there is no document at all', () => {
    expect(report(buildCatalog([], ['notes.yaml']).findings)).toEqual([
      'notes.yaml:1:1 framework-count no framework found: a repository needs one file with `kind: framework`',
    ]);
  });

  it('does not say the framework is missing when it failed its schema', () => {
    const result = build([prog('a')], { framework: true });
    expect(result.findings).toEqual([]);
    expect(result.catalog).toBeUndefined();
  });

  it('reports a second framework at its kind, pointing at the first', () => {
    const other = curriculumDoc(
      'other/framework.yaml',
      lines(
        'kind: framework',
        'id: other',
        'title: Other',
        'tracks:',
        '  - id: t',
        '    title: T',
        '    levels: [l]',
      ),
    );
    const result = build([fw(), other]);
    expect(report(result.findings)).toEqual([
      'other/framework.yaml:1:7 framework-count a second framework ("other"); a repository has exactly one',
      '  framework.yaml:1:7 first framework "demo"',
    ]);
    // The first framework (by file) is the model's.
    expect(result.catalog?.framework.id).toBe('demo');
  });
});

describe('buildCatalog: unique ids', () => {
  it('reports a programme id used twice, at the second, pointing at the first', () => {
    const result = build([
      fw(),
      prog('p', {}, 'programmes/a.yaml'),
      prog('p', {}, 'programmes/b.yaml'),
    ]);
    expect(report(result.findings)).toEqual([
      'programmes/b.yaml:2:5 duplicate-id id "p" is already used by the programme in programmes/a.yaml',
      '  programmes/a.yaml:2:5 first use of "p"',
    ]);
    expect(result.findings[0]?.about).toEqual(['programme:p']);
    // The first programme of the id stays in the model, the second does not.
    expect(result.catalog?.programmes.map((p) => p.file)).toEqual(['programmes/a.yaml']);
  });

  it('reports a programme that takes the framework id', () => {
    expect(report(build([fw(), prog('demo')]).findings)).toEqual([
      'programmes/demo.yaml:2:5 duplicate-id id "demo" is already used by the framework in framework.yaml',
      '  framework.yaml:2:5 first use of "demo"',
    ]);
  });

  it('reports a track id used twice, and leaves the second track out', () => {
    const text = frameworkText.replace('  - id: pol\n', '  - id: admin\n');
    const result = build([curriculumDoc('framework.yaml', text)]);
    expect(report(result.findings)).toEqual([
      'framework.yaml:9:9 duplicate-id track id "admin" is used twice',
      '  framework.yaml:6:9 first use',
      // The refs to pol/high no longer resolve: the track is gone.
      'framework.yaml:16:22 unresolved-ref level ref "pol/high" does not resolve: no track "pol"',
      'framework.yaml:20:32 unresolved-ref level ref "pol/high" does not resolve: no track "pol"',
    ]);
  });

  it('reports a level id used twice in a track (shorthand)', () => {
    const text = frameworkText.replace('[basic, advanced]', '[basic, advanced, basic]');
    expect(report(build([curriculumDoc('framework.yaml', text)]).findings)).toEqual([
      'framework.yaml:8:31 duplicate-id level id "basic" is used twice in track "admin"',
      '  framework.yaml:8:14 first use',
    ]);
  });

  it('reports a level id used twice in a track (objects), at the second id', () => {
    const text = frameworkText.replace('      - id: high\n', '      - id: low\n');
    const result = build([curriculumDoc('framework.yaml', text)]);
    expect(result.findings).toHaveLength(3);
    expect(report([result.findings[0]!])[0]).toBe(
      'framework.yaml:14:13 duplicate-id level id "low" is used twice in track "pol"',
    );
    expect(result.findings[0]!.related?.[0]?.line).toBe(12);
  });

  it('allows the same level id in different tracks', () => {
    const text = frameworkText.replace('      - id: high\n', '      - id: basic\n');
    const result = build([
      curriculumDoc('framework.yaml', text.replace(/pol\/high/g, 'pol/basic')),
    ]);
    expect(result.findings).toEqual([]);
    expect([...result.catalog!.levels.keys()]).toContain('pol/basic');
  });

  it('reports a position id used twice', () => {
    const text =
      frameworkText + lines('  - id: head', '    title: Again', '    requires: [admin/basic]');
    expect(report(build([curriculumDoc('framework.yaml', text)]).findings)).toEqual([
      'framework.yaml:22:9 duplicate-id position id "head" is used twice',
      '  framework.yaml:18:9 first use',
    ]);
  });

  it('reads provider names and the module term (format 1.2)', () => {
    const text =
      frameworkText +
      lines('moduleTerm: chuyên đề', 'providers:', '  - id: school-a', '    title: School A');
    const result = build([
      curriculumDoc('framework.yaml', text),
      prog('p', { extra: ['provider: school-a'] }),
    ]);
    expect(result.findings).toEqual([]);
    expect(result.catalog!.framework.moduleTerm).toBe('chuyên đề');
    expect(result.catalog!.framework.providers).toEqual([
      {
        id: 'school-a',
        title: 'School A',
        location: { file: 'framework.yaml', line: 24, column: 5 },
      },
    ]);
  });

  it('reports a provider id used twice; one no programme read declares is no error', () => {
    const text =
      frameworkText +
      lines(
        'providers:',
        '  - id: school-a',
        '    title: School A',
        '  - id: school-a',
        '    title: Again',
        '  - id: school-b',
        '    title: Read in another run',
      );
    const docs = [
      curriculumDoc('framework.yaml', text),
      prog('p', { extra: ['provider: school-a'] }),
    ];
    const result = build(docs);
    expect(report(result.findings)).toEqual([
      'framework.yaml:25:9 duplicate-id provider id "school-a" is used twice in `providers`',
      '  framework.yaml:23:9 first use',
    ]);
    expect(result.catalog!.framework.providers.map((p) => p.id)).toEqual(['school-a', 'school-b']);
  });

  it('reports a module id used twice in a programme', () => {
    const modules = [
      '  - id: m',
      '    title: M',
      '    hours: 2',
      '  - id: m',
      '    title: Again',
      '    hours: 1',
    ];
    expect(report(build([fw(), prog('p', { modules })]).findings)).toEqual([
      'programmes/p.yaml:10:9 duplicate-id module id "m" is used twice in programme "p"',
      '  programmes/p.yaml:7:9 first use',
    ]);
  });

  it('allows the same module id in different programmes', () => {
    expect(build([fw(), prog('a'), prog('b')]).findings).toEqual([]);
  });
});

describe('buildCatalog: refs to the framework', () => {
  it('reports an unknown track, with a hint for a typo', () => {
    const text = programmeText('p').replace('track: admin', 'track: admn');
    expect(report(build([fw(), curriculumDoc('p.yaml', text)]).findings)).toEqual([
      'p.yaml:4:8 unresolved-ref track "admn" is not in the framework; did you mean "admin"?',
    ]);
  });

  it('lists the tracks when no track is close', () => {
    const text = programmeText('p').replace('track: admin', 'track: economics');
    expect(report(build([fw(), curriculumDoc('p.yaml', text)]).findings)).toEqual([
      'p.yaml:4:8 unresolved-ref track "economics" is not in the framework (tracks: admin, pol)',
    ]);
  });

  it('reports a level that is not in the track, with a hint or the list of levels', () => {
    const typo = programmeText('p').replace('level: basic', 'level: basci');
    expect(report(build([fw(), curriculumDoc('p.yaml', typo)]).findings)).toEqual([
      'p.yaml:5:8 unresolved-ref level "basci" is not a level of track "admin"; did you mean "basic"?',
    ]);
    const other = programmeText('p').replace('level: basic', 'level: high');
    expect(report(build([fw(), curriculumDoc('p.yaml', other)]).findings)).toEqual([
      'p.yaml:5:8 unresolved-ref level "high" is not a level of track "admin" (levels: basic, advanced)',
    ]);
  });

  it('reports each unresolved satisfies ref at its item', () => {
    const doc = prog('p', {
      extra: ['satisfies: [pol/hihg, poll/high, pol/low, admin/top-secret]'],
    });
    expect(report(build([fw(), doc]).findings)).toEqual([
      'programmes/p.yaml:6:13 unresolved-ref level ref "pol/hihg" does not resolve: track "pol" has no such level; did you mean "pol/high"?',
      'programmes/p.yaml:6:23 unresolved-ref level ref "poll/high" does not resolve: no track "poll"; did you mean "pol/high"?',
      'programmes/p.yaml:6:43 unresolved-ref level ref "admin/top-secret" does not resolve: track "admin" has no such level',
    ]);
  });

  it('reports unresolved level refs in comparable and in positions', () => {
    const text = frameworkText
      .replace('[admin/advanced, pol/high]', '[admin/advanced, pol/hihg]')
      .replace('requires: [admin/advanced, pol/high]', 'requires: [admin/expert, pl/low]');
    expect(report(build([curriculumDoc('framework.yaml', text)]).findings)).toEqual([
      'framework.yaml:16:22 unresolved-ref level ref "pol/hihg" does not resolve: track "pol" has no such level; did you mean "pol/high"?',
      'framework.yaml:20:16 unresolved-ref level ref "admin/expert" does not resolve: track "admin" has no such level',
      'framework.yaml:20:30 unresolved-ref level ref "pl/low" does not resolve: no track "pl"; did you mean "pol/low"?',
    ]);
  });

  it('does not check a programme against a framework that failed its schema', () => {
    const text = programmeText('p').replace('track: admin', 'track: nowhere');
    expect(build([curriculumDoc('p.yaml', text)], { framework: true }).findings).toEqual([]);
  });
});

describe('buildCatalog: module refs', () => {
  const withRequires = (id: string, requires: string) =>
    prog(id, {
      modules: [
        '  - id: m',
        '    title: M',
        '    hours: 2',
        '  - id: n',
        '    title: N',
        '    hours: 1',
        `    requires: ${requires}`,
      ],
    });

  it('resolves bare and full refs, within and across programmes', () => {
    const result = build([fw(), withRequires('a', '[m, a/m, b/m]'), prog('b')]);
    expect(result.findings).toEqual([]);
    expect(result.catalog!.moduleByRef.get('a/n')!.requires).toEqual(['a/m', 'a/m', 'b/m']);
  });

  it('reports a bare ref that is not a module of its programme, with a hint', () => {
    expect(report(build([fw(), withRequires('a', '[mm]')]).findings)).toEqual([
      'programmes/a.yaml:13:16 unresolved-ref module ref "mm" does not resolve: programme "a" has no module "mm"; did you mean "a/m"?',
    ]);
  });

  it('reports a full ref to a missing module of another programme, with a hint', () => {
    const result = build([fw(), withRequires('a', '[b/mm]'), prog('b')]);
    expect(report(result.findings)).toEqual([
      'programmes/a.yaml:13:16 unresolved-ref module ref "b/mm" does not resolve: programme "b" has no module "mm"; did you mean "b/m"?',
    ]);
  });

  it('reports a ref to a programme that does not exist', () => {
    const result = build([fw(), withRequires('a', '[prog-b/m, zzz-yyy/qqq]')]);
    expect(report(result.findings)).toEqual([
      'programmes/a.yaml:13:16 unresolved-ref module ref "prog-b/m" does not resolve: no programme "prog-b"',
      'programmes/a.yaml:13:26 unresolved-ref module ref "zzz-yyy/qqq" does not resolve: no programme "zzz-yyy"',
    ]);
  });

  it('gives no hint when nothing is close', () => {
    expect(report(build([fw(), withRequires('a', '[zz]')]).findings)).toEqual([
      'programmes/a.yaml:13:16 unresolved-ref module ref "zz" does not resolve: programme "a" has no module "zz"',
    ]);
  });

  it('does not report refs into a programme that failed its schema', () => {
    const result = build([fw(), withRequires('a', '[b/m, b/anything]')], { programmes: ['b'] });
    expect(result.findings).toEqual([]);
    // Its prerequisites into the failed programme are left out of the model, unblamed.
    expect(result.catalog?.moduleByRef.get('a/m')?.requires).toEqual([]);
  });

  it('reports refs in every programme, sorted by programme id', () => {
    const result = build([fw(), withRequires('zeta', '[x]'), withRequires('alpha', '[y]')]);
    expect(report(result.findings).map((l) => l.split(' ')[0])).toEqual([
      'programmes/alpha.yaml:13:16',
      'programmes/zeta.yaml:13:16',
    ]);
  });
});

describe('buildCatalog: hours', () => {
  const withHours = (declared: string, ...hours: string[]) =>
    prog('p', {
      extra: [`hours: ${declared}`],
      modules: hours.flatMap((h, i) => [`  - id: m${i}`, `    title: M${i}`, `    hours: ${h}`]),
    });

  it('accepts declared hours equal to the sum, decimals included (0.1 + 0.2 = 0.3)', () => {
    expect(build([fw(), withHours('0.3', '0.1', '0.2')]).findings).toEqual([]);
    expect(build([fw(), withHours('1.1', '0.7', '0.1', '0.3')]).findings).toEqual([]);
    expect(build([fw(), withHours('12', '8', '4')]).catalog!.programmes[0]!.hours).toBe(12);
  });

  it('reports declared hours below the sum, at the declared hours', () => {
    expect(report(build([fw(), withHours('10', '7.5', '4')]).findings)).toEqual([
      'programmes/p.yaml:6:8 hours-mismatch programme "p" declares 10 periods but its modules add up to 11.5 (+1.5)',
    ]);
  });

  it('reports declared hours above the sum', () => {
    expect(report(build([fw(), withHours('12.25', '7.5', '4.5')]).findings)).toEqual([
      'programmes/p.yaml:6:8 hours-mismatch programme "p" declares 12.25 periods but its modules add up to 12 (-0.25)',
    ]);
  });

  it('reports a difference of 0.1 without floating-point noise', () => {
    expect(report(build([fw(), withHours('0.4', '0.1', '0.2')]).findings)).toEqual([
      'programmes/p.yaml:6:8 hours-mismatch programme "p" declares 0.4 periods but its modules add up to 0.3 (-0.1)',
    ]);
  });

  it('takes the sum when no hours are declared', () => {
    const result = build([
      fw(),
      prog('p', {
        modules: [
          '  - id: a',
          '    title: A',
          '    hours: 0.1',
          '  - id: b',
          '    title: B',
          '    hours: 0.2',
        ],
      }),
    ]);
    expect(result.findings).toEqual([]);
    expect(result.catalog!.programmes[0]!.hours).toBe(0.3);
  });
});

describe('buildCatalog: the catalog', () => {
  const programmeB = curriculumDoc(
    'programmes/b.yaml',
    lines(
      'kind: programme',
      'id: b-course',
      'title: Course B',
      'track: pol',
      'level: high',
      'satisfies: [admin/advanced]',
      'credential: Certificate',
      'audience: Heads',
      'language: en',
      'source: Decision 1',
      'hours: 6',
      'modules:',
      '  - id: first',
      '    title: First',
      '    hours: 4',
      '    part: Part I',
      '    activity: report',
      '    description: About the first',
      '    topics: [one, two]',
      '    outcomes: [can do]',
      '  - id: second',
      '    title: Second',
      '    hours: 2',
      '    requires: [first, a-course/m]',
    ),
  );
  const programmeA = prog('a-course', {}, 'programmes/a.yaml');
  const result = build([fw(), programmeB, programmeA]);
  const catalog = result.catalog!;

  it('is built when no rule is broken', () => {
    expect(result.findings).toEqual([]);
    expect(catalog.programmes.map((p) => p.id)).toEqual(['a-course', 'b-course']);
  });

  it('describes the framework, with 45-minute periods by default', () => {
    expect(catalog.framework).toEqual({
      id: 'demo',
      title: 'Demo framework',
      language: 'vi',
      periodMinutes: 45,
      moduleTerm: undefined,
      providers: [],
      location: { file: 'framework.yaml', line: 1, column: 1 },
    });
    const custom = curriculumDoc(
      'framework.yaml',
      frameworkText.replace('language: vi', 'periodMinutes: 50'),
    );
    expect(build([custom]).catalog!.framework).toMatchObject({
      periodMinutes: 50,
      language: undefined,
    });
  });

  it('ranks levels from 0 in file order and titles shorthand levels by their id', () => {
    expect(
      catalog.tracks.map((t) => [t.id, t.title, t.levels.map((l) => [l.ref, l.title, l.rank])]),
    ).toEqual([
      [
        'admin',
        'Public administration',
        [
          ['admin/basic', 'basic', 0],
          ['admin/advanced', 'advanced', 1],
        ],
      ],
      [
        'pol',
        'Politics',
        [
          ['pol/low', 'Low level', 0],
          ['pol/high', 'high', 1],
        ],
      ],
    ]);
  });

  it('keys levels by ref and locates each where it is written', () => {
    expect([...catalog.levels.keys()]).toEqual([
      'admin/basic',
      'admin/advanced',
      'pol/low',
      'pol/high',
    ]);
    expect(catalog.levels.get('admin/advanced')).toEqual({
      ref: 'admin/advanced',
      track: 'admin',
      id: 'advanced',
      title: 'advanced',
      rank: 1,
      location: { file: 'framework.yaml', line: 8, column: 21 },
    });
    expect(catalog.levels.get('pol/low')!.location).toEqual({
      file: 'framework.yaml',
      line: 12,
      column: 9,
    });
  });

  it('keeps comparable groups and positions', () => {
    expect(catalog.comparable).toEqual([['admin/advanced', 'pol/high']]);
    expect(catalog.positions).toEqual([
      {
        id: 'head',
        title: 'Head of unit',
        requires: ['admin/advanced', 'pol/high'],
        learnersPerYear: 100,
        location: { file: 'framework.yaml', line: 18, column: 5 },
      },
    ]);
  });

  it('sorts programmes by id and fills in every field', () => {
    expect(catalog.programmes.map((p) => p.id)).toEqual(['a-course', 'b-course']);
    const b = catalog.programmes[1]!;
    expect({ ...b, modules: b.modules.map((m) => m.ref) }).toEqual({
      id: 'b-course',
      title: 'Course B',
      track: 'pol',
      level: 'high',
      levelRef: 'pol/high',
      satisfies: ['admin/advanced'],
      credential: 'Certificate',
      audience: 'Heads',
      language: 'en',
      source: 'Decision 1',
      hours: 6,
      modules: ['b-course/first', 'b-course/second'],
      file: 'programmes/b.yaml',
      location: { file: 'programmes/b.yaml', line: 1, column: 1 },
    });
  });

  it('gives modules full refs, full prerequisite refs, the default activity and inherited language', () => {
    expect(catalog.modules.map((m) => m.ref)).toEqual([
      'a-course/m',
      'b-course/first',
      'b-course/second',
    ]);
    expect(catalog.moduleByRef.get('a-course/m')).toEqual({
      ref: 'a-course/m',
      id: 'm',
      programme: 'a-course',
      title: 'M',
      hours: 2,
      part: undefined,
      activity: 'lesson',
      description: undefined,
      topics: [],
      outcomes: [],
      requires: [],
      requireLocations: [],
      intendedOverlaps: [],
      language: 'vi', // from the framework
      location: { file: 'programmes/a.yaml', line: 7, column: 5 },
    });
    expect(catalog.moduleByRef.get('b-course/first')).toMatchObject({
      part: 'Part I',
      activity: 'report',
      description: 'About the first',
      topics: ['one', 'two'],
      outcomes: ['can do'],
      language: 'en', // the programme's own
    });
    const second = catalog.moduleByRef.get('b-course/second');
    expect(second?.requires).toEqual(['b-course/first', 'a-course/m']);
    // Each prerequisite keeps where it is written, for findings about it.
    expect(second?.requireLocations.map((l) => `${l.line}:${l.column}`)).toEqual([
      '24:16',
      '24:23',
    ]);
  });

  it('leaves the language undefined when neither the programme nor the framework gives one', () => {
    const noLanguage = curriculumDoc('framework.yaml', frameworkText.replace('language: vi\n', ''));
    const built = build([noLanguage, prog('p')]);
    expect(built.catalog!.programmes[0]!.language).toBeUndefined();
    expect(built.catalog!.modules[0]!.language).toBeUndefined();
  });

  it('lists the files it was given', () => {
    expect(catalog.files).toEqual(['framework.yaml', 'programmes/b.yaml', 'programmes/a.yaml']);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog.programmes[0]!.modules[0])).toBe(true);
    expect(Object.isFrozen(catalog.levels.get('pol/low'))).toBe(true);
    expect(Object.isFrozen(catalog.modules[1]!.topics)).toBe(true);
  });

  it('is built from what is valid when a rule is broken, and not without a framework', () => {
    const broken = build([fw(), prog('p', { extra: ['hours: 3'] })]);
    expect(broken.findings).toHaveLength(1);
    expect(broken.catalog?.programmes.map((p) => [p.id, p.hours])).toEqual([['p', 2]]);
    expect(build([prog('p')]).catalog).toBeUndefined();
  });
});

describe('buildCatalog: duplicates are checked through', () => {
  it('checks a programme with a duplicate id for its own problems too', () => {
    const fw = curriculumDoc('framework.yaml', frameworkText);
    const a = curriculumDoc(
      'a.yaml',
      'kind: programme\nid: p\ntitle: A\ntrack: admin\nlevel: basic\nmodules:\n  - {id: m, title: M, hours: 1}\n',
    );
    const b = curriculumDoc(
      'b.yaml',
      'kind: programme\nid: p\ntitle: B\ntrack: admin\nlevel: basic\nhours: 99\nmodules:\n  - {id: m, title: M, hours: 1}\n  - {id: m, title: N, hours: 1}\n',
    );
    const rules = buildCatalog([fw, a, b], ['framework.yaml', 'a.yaml', 'b.yaml']).findings.map(
      (f) => `${f.file} ${f.rule}`,
    );
    expect(rules.sort()).toEqual([
      'b.yaml duplicate-id',
      'b.yaml duplicate-id',
      'b.yaml hours-mismatch',
    ]);
  });
});

describe('buildCatalog: a catalog of what is valid, whatever else is broken', () => {
  const modules = (...requires: string[]) => [
    '  - id: m',
    '    title: M',
    '    hours: 2',
    '  - id: n',
    '    title: N',
    '    hours: 1',
    `    requires: [${requires.join(', ')}]`,
  ];

  it('leaves out a programme whose track or level does not resolve, and keeps the others', () => {
    const lost = curriculumDoc(
      'lost.yaml',
      programmeText('lost').replace('level: basic', 'level: basci'),
    );
    const result = build([fw(), prog('kept'), lost]);
    expect(result.findings.map((f) => f.rule)).toEqual(['unresolved-ref']);
    expect(result.catalog?.programmes.map((p) => p.id)).toEqual(['kept']);
    expect(result.catalog?.modules.map((m) => m.ref)).toEqual(['kept/m']);
  });

  it('keeps only the prerequisites, satisfied levels and required levels that resolve', () => {
    const doc = prog('a', {
      extra: ['satisfies: [pol/low, pol/nowhere]'],
      modules: modules('m', 'mm', 'b/m'),
    });
    const framework = curriculumDoc(
      'framework.yaml',
      frameworkText.replace(
        'requires: [admin/advanced, pol/high]',
        'requires: [admin/advanced, pol/top]',
      ),
    );
    const result = build([framework, doc], { programmes: ['b'] });
    expect(result.findings.map((f) => render(f.message, 'en'))).toEqual([
      'level ref "pol/top" does not resolve: track "pol" has no such level; did you mean "pol/low"?',
      'level ref "pol/nowhere" does not resolve: track "pol" has no such level',
      'module ref "mm" does not resolve: programme "a" has no module "mm"; did you mean "a/m"?',
    ]);
    const catalog = result.catalog!;
    const n = catalog.moduleByRef.get('a/n')!;
    // "b/m" points into a programme that failed: not blamed, and not in the model either.
    expect(n.requires).toEqual(['a/m']);
    expect(n.requireLocations).toEqual([{ file: 'programmes/a.yaml', line: 14, column: 16 }]);
    expect(catalog.modules.find((m) => m.ref === 'a/n')).toBe(n);
    expect(catalog.programmes[0]!.satisfies).toEqual(['pol/low']);
    expect(catalog.positions[0]!.requires).toEqual(['admin/advanced']);
    expect(Object.isFrozen(n.requires)).toBe(true);
  });
});

describe('buildCatalog: what each finding is about', () => {
  it('names the module, programme, level, track or position of each finding', () => {
    const dupModules = [
      '  - id: m',
      '    title: M',
      '    hours: 2',
      '    requires: [zz]',
      '  - id: m',
      '    title: Again',
      '    hours: 1',
    ];
    const text = programmeText('p', {
      extra: ['hours: 9', 'satisfies: [pol/zz]'],
      modules: dupModules,
    });
    const typo = curriculumDoc('q.yaml', programmeText('q').replace('track: admin', 'track: admn'));
    const framework = curriculumDoc(
      'framework.yaml',
      frameworkText
        .replace('[basic, advanced]', '[basic, advanced, basic]')
        .replace('[admin/advanced, pol/high]\n', '[admin/advanced, pol/hig]\n'),
    );
    const result = build([framework, curriculumDoc('p.yaml', text), typo]);
    expect(result.findings.map((f) => `${f.rule} ${(f.about ?? []).join(' ')}`)).toEqual([
      'duplicate-id level:admin/basic',
      'unresolved-ref framework:demo',
      'unresolved-ref programme:p',
      'unresolved-ref programme:q',
      'duplicate-id module:p/m',
      'hours-mismatch programme:p',
      'unresolved-ref module:p/m',
    ]);
  });
});

describe('buildCatalog: in Vietnamese', () => {
  it('says each problem in Vietnamese, the hours in tiết and Vietnamese numbers', () => {
    const hours = prog('p', {
      extra: ['hours: 1200.5'],
      modules: ['  - id: m', '    title: M', '    hours: 1100', '    requires: [mm]'],
    });
    const result = build([fw(), hours, prog('p', {}, 'programmes/copy.yaml')]);
    expect(result.findings.map((f) => render(f.message, 'vi'))).toEqual([
      'mã "p" đã được dùng cho chương trình trong tệp programmes/p.yaml',
      'chương trình "p" khai báo 1.200,5 tiết nhưng tổng số tiết của các mô-đun là 1.100 (-100,5)',
      'tham chiếu mô-đun "mm" không trỏ tới mô-đun nào: chương trình "p" không có mô-đun "mm"; có phải ý bạn là "p/m"?',
    ]);
    expect(renderAll(result.findings[0]!.related![0]!.message)).toEqual({
      vi: 'lần dùng đầu tiên của "p"',
      en: 'first use of "p"',
    });
    expect(render(result.findings[1]!.message, 'en')).toBe(
      'programme "p" declares 1,200.5 periods but its modules add up to 1,100 (-100.5)',
    );
  });

  it('says hours (giờ) when a period is an hour of 60 minutes', () => {
    const framework = curriculumDoc(
      'framework.yaml',
      frameworkText.replace('language: vi\n', 'language: vi\nperiodMinutes: 60\n'),
    );
    const result = build([framework, prog('p', { extra: ['hours: 3'] })]);
    expect(result.findings.map((f) => renderAll(f.message))).toEqual([
      {
        vi: 'chương trình "p" khai báo 3 giờ nhưng tổng số giờ của các mô-đun là 2 (-1)',
        en: 'programme "p" declares 3 hours but its modules add up to 2 (-1)',
      },
    ]);
  });

  it('says missing frameworks, unknown tracks and levels, and duplicates in Vietnamese', () => {
    expect(render(build([prog('a')]).findings[0]!.message, 'vi')).toBe(
      'không tìm thấy khung chương trình: kho chương trình cần một tệp có `kind: framework`',
    );
    const track = curriculumDoc(
      'p.yaml',
      programmeText('p').replace('track: admin', 'track: economics'),
    );
    const level = curriculumDoc(
      'q.yaml',
      programmeText('q').replace('level: basic', 'level: basci'),
    );
    expect(build([fw(), track, level]).findings.map((f) => render(f.message, 'vi'))).toEqual([
      'nhánh "economics" không có trong khung chương trình (các nhánh: admin, pol)',
      'bậc "basci" không phải một bậc của nhánh "admin"; có phải ý bạn là "basic"?',
    ]);
    const twice = frameworkText.replace('  - id: pol\n', '  - id: admin\n');
    expect(
      build([curriculumDoc('framework.yaml', twice)]).findings.map((f) => render(f.message, 'vi')),
    ).toEqual([
      'mã nhánh "admin" được dùng hai lần',
      'tham chiếu bậc "pol/high" không trỏ tới bậc nào: không có nhánh "pol"',
      'tham chiếu bậc "pol/high" không trỏ tới bậc nào: không có nhánh "pol"',
    ]);
  });
});
