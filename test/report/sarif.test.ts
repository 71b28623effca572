import { bilingual } from '../helpers/bilingual.js';
import { render } from '../../src/messages/catalogue.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { allRules } from '../../src/rules/index.js';
import type { Lang } from '../../src/model/lang.js';
import { escapeUnsafeJson } from '../../src/report/json-text.js';
import { type ReportInput, type ReportOptions, joinReport } from '../../src/report/report-input.js';
import { artifactLocation, fingerprintKey, sarifReporter } from '../../src/report/sarif.js';
import { plain } from '../../src/report/style.js';
import { hostileInput } from './hostile-fixture.js';

const overlap: Finding = {
  rule: 'module-overlap',
  severity: 'warning',
  message: bilingual(
    '2 mô-đun dạy cùng một nội dung: so-cap/lich-su, trung-cap/lich-su',
    '2 modules teach the same content: so-cap/lich-su, trung-cap/lich-su',
  ),
  file: 'programmes/so-cap.yaml',
  line: 12,
  column: 5,
  endLine: 12,
  endColumn: 20,
  related: [
    {
      file: 'programmes/trung cấp #2.yaml',
      line: 30,
      column: 7,
      message: bilingual('trung-cap/lich-su: Lịch sử Đảng', 'trung-cap/lich-su: Party history'),
    },
  ],
  about: ['module:so-cap/lich-su', 'module:trung-cap/lich-su'],
};

const syntax: Finding = {
  rule: 'yaml-syntax',
  severity: 'error',
  message: bilingual('thiếu dấu hai chấm', 'a colon is missing'),
  file: 'programmes/100% hỏng.yaml',
  line: 3,
  column: 1,
};

const note: Finding = {
  rule: 'redundant-prerequisite',
  severity: 'info',
  message: bilingual('có thể bỏ yêu cầu thứ hai', 'the second requirement can go'),
  file: 'programmes/so-cap.yaml',
  line: 40,
  column: 9,
  about: ['module:so-cap/b', 'module:so-cap/a'],
};

const input = (findings: readonly Finding[] = [overlap, syntax, note]): ReportInput => ({
  analysis: undefined,
  findings,
  stats: { files: 2, programmes: 2, modules: 4, hours: 90 },
  skipped: [],
});

const options = (lang: Lang, extra: Partial<ReportOptions> = {}): ReportOptions => ({
  lang,
  style: plain,
  width: 80,
  ...extra,
});

const text = (i: ReportInput = input(), lang: Lang = 'vi', extra: Partial<ReportOptions> = {}) =>
  joinReport(sarifReporter(i, options(lang, extra)));

const log = (i?: ReportInput, lang?: Lang, extra?: Partial<ReportOptions>) =>
  JSON.parse(text(i, lang, extra)) as Log;

const results = (l: Log): Result[] => l.runs[0]?.results ?? [];

/**
 * The OASIS SARIF 2.1.0 schema as @microsoft/jest-sarif ships it (draft-04): its `id` becomes
 * draft-07's `$id`, the only difference between the two drafts that it relies on.
 */
function sarifValidator() {
  const require = createRequire(import.meta.url);
  const path = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const { $schema, id, ...schema } = JSON.parse(readFileSync(path, 'utf8')) as {
    $schema: string;
    id: string;
  } & Record<string, unknown>;
  expect($schema).toContain('draft-04');
  // Its pattern for `language` has a stray `]`, a syntax error in a Unicode regular expression.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  // ajv-formats is CommonJS: its plugin is the default export's `default`.
  ajvFormats.default(ajv);
  return ajv.compile({ ...schema, $id: id });
}

describe('sarif reporter', () => {
  it('is valid SARIF 2.1.0 by the OASIS schema, for valid, invalid and hostile input', () => {
    const validate = sarifValidator();
    for (const l of [
      log(),
      log(input([]), 'en'),
      log(hostileInput(), 'en', { toolVersion: '1.2.3' }),
    ]) {
      expect(validate(l), JSON.stringify(validate.errors, null, 2)).toBe(true);
    }
    // The validator does reject a broken log (a result without a message).
    const broken = log();
    delete (results(broken)[0] as Partial<Result>).message;
    expect(validate(broken)).toBe(false);
  });

  it('names the schema, the version and the tool, in one run', () => {
    const l = log(undefined, 'vi', { toolVersion: '0.1.0' });
    expect(l.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(l.version).toBe('2.1.0');
    expect(l.runs).toHaveLength(1);
    expect(l.runs[0]?.tool.driver).toMatchObject({
      name: 'curriculum-dedup',
      version: '0.1.0',
      semanticVersion: '0.1.0',
    });
    expect(l.runs[0]).toMatchObject({ language: 'vi', columnKind: 'utf16CodeUnits' });
    expect(log().runs[0]?.tool.driver.version).toBeUndefined();
  });

  it('describes every catalogued rule, with help pointing to its doc page', () => {
    const rules = log().runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(allRules.map((r) => r.id));
    const overlapRule = rules.find((r) => r.id === 'module-overlap');
    expect(overlapRule).toEqual({
      id: 'module-overlap',
      name: 'ModuleOverlap',
      shortDescription: { text: 'Mô-đun trùng lặp' },
      fullDescription: {
        text: 'Hai hay nhiều mô-đun dạy cùng một nội dung (mỗi cụm một phát hiện).',
      },
      help: {
        text: expect.stringContaining('docs/rules/module-overlap.md') as unknown,
        markdown: expect.stringContaining('`docs/rules/module-overlap.md`') as unknown,
      },
      defaultConfiguration: { level: 'warning' },
    });
    const en = log(undefined, 'en').runs[0]?.tool.driver.rules ?? [];
    expect(en.find((r) => r.id === 'yaml-syntax')).toMatchObject({
      shortDescription: { text: 'YAML syntax error' },
      defaultConfiguration: { level: 'error' },
    });
    const levels = new Map(rules.map((r) => [r.id, r.defaultConfiguration?.level]));
    for (const rule of allRules)
      expect(levels.get(rule.id)).toBe(
        { error: 'error', warning: 'warning', info: 'note' }[rule.severity],
      );
  });

  it('gives each finding a located result in the reader’s language', () => {
    const l = log();
    const rules = l.runs[0]?.tool.driver.rules ?? [];
    const [first, second, third] = results(l);
    expect(first).toMatchObject({
      ruleId: 'module-overlap',
      level: 'warning',
      message: { text: render(overlap.message, 'vi') },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'programmes/so-cap.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 20 },
          },
        },
      ],
      relatedLocations: [
        {
          id: 1,
          physicalLocation: {
            artifactLocation: {
              uri: 'programmes/trung%20c%E1%BA%A5p%20%232.yaml',
              uriBaseId: '%SRCROOT%',
            },
            region: { startLine: 30, startColumn: 7 },
          },
          message: { text: 'trung-cap/lich-su: Lịch sử Đảng' },
        },
      ],
    });
    expect(second).toMatchObject({ ruleId: 'yaml-syntax', level: 'error' });
    expect(third).toMatchObject({ ruleId: 'redundant-prerequisite', level: 'note' });
    for (const r of results(l)) expect(rules[r.ruleIndex ?? -1]?.id).toBe(r.ruleId);
    expect(results(log(undefined, 'en'))[0]?.message.text).toBe(render(overlap.message, 'en'));
  });

  it('encodes file names as URI references that decode to the name', () => {
    for (const file of ['a b/c#d%e?.yaml', 'thư mục/tệp.yaml', 'x/:y.yaml', '../ngoài/a.yaml']) {
      const { uri, uriBaseId } = artifactLocation(file);
      expect(uriBaseId).toBe('%SRCROOT%');
      expect(uri).not.toMatch(/[ #?\u0080-\uffff]|:/);
      expect(uri.split('/').map(decodeURIComponent).join('/')).toBe(file);
    }
    expect(artifactLocation('dir\\tệp.yaml').uri).toBe('dir/t%E1%BB%87p.yaml');
    expect(artifactLocation('/srv/a b.yaml')).toEqual({ uri: 'file:///srv/a%20b.yaml' });
    expect(artifactLocation('C:\\x\\a.yaml')).toEqual({ uri: 'file:///C:/x/a.yaml' });
  });

  it('keeps fingerprints when lines move and findings are reordered, not when content changes', () => {
    const prints = (findings: readonly Finding[]) =>
      new Map(
        results(log(input(findings))).map((r) => [
          r.ruleId,
          r.partialFingerprints?.[fingerprintKey],
        ]),
      );
    const before = prints([overlap, syntax, note]);
    expect([...before.values()].every((p) => /^[0-9a-f]{64}$/.test(p ?? ''))).toBe(true);
    expect(new Set(before.values()).size).toBe(3);
    // Moved lines, reordered findings, reordered `about`: the same.
    const moved = prints([
      { ...note, line: 99, column: 1, about: [...(note.about ?? [])].reverse() },
      { ...overlap, line: 200, endLine: 201 },
      syntax,
    ]);
    expect(moved.get('module-overlap')).toBe(before.get('module-overlap'));
    expect(moved.get('redundant-prerequisite')).toBe(before.get('redundant-prerequisite'));
    // Language of the report: the same.
    const en = results(log(input([overlap, syntax, note]), 'en'));
    expect(en.map((r) => r.partialFingerprints?.[fingerprintKey])).toEqual([...before.values()]);
    // A module joining the cluster, another message, another file: different.
    const changed = prints([
      { ...overlap, about: [...(overlap.about ?? []), 'module:cao-cap/lich-su'] },
      {
        ...syntax,
        message: bilingual('thiếu dấu hai chấm', 'a quote is missing'),
      },
    ]);
    expect(changed.get('module-overlap')).not.toBe(before.get('module-overlap'));
    expect(changed.get('yaml-syntax')).not.toBe(before.get('yaml-syntax'));
    expect(prints([{ ...syntax, file: 'other.yaml' }]).get('yaml-syntax')).not.toBe(
      before.get('yaml-syntax'),
    );
  });

  it('doubles braces so that text is never read as a placeholder', () => {
    const braces: Finding = {
      ...syntax,
      message: bilingual('mục {0} và }{', '{0}'),
    };
    expect(results(log(input([braces])))[0]?.message.text).toBe('mục {{0}} và }}{{');
  });

  it('describes a rule the catalogue does not know, after the catalogue', () => {
    const odd: Finding = { ...syntax, rule: 'future-rule', severity: 'warning' };
    const l = log(input([odd, note]));
    const rules = l.runs[0]?.tool.driver.rules ?? [];
    expect(rules.at(-1)).toEqual({
      id: 'future-rule',
      name: 'FutureRule',
      defaultConfiguration: { level: 'warning' },
    });
    expect(results(l)[0]?.ruleIndex).toBe(rules.length - 1);
  });

  it('leaves out the region of a place before the first line', () => {
    const whole: Finding = { ...syntax, line: 0, column: 0 };
    expect(results(log(input([whole])))[0]?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'programmes/100%25%20h%E1%BB%8Fng.yaml', uriBaseId: '%SRCROOT%' },
    });
  });

  it('is deterministic, two-space JSON ending in a newline', () => {
    const once = text(hostileInput());
    expect(text(hostileInput())).toBe(once);
    // Two-space JSON, with the characters a terminal would obey written as escapes.
    expect(once).toBe(escapeUnsafeJson(JSON.stringify(JSON.parse(once), null, 2)) + '\n');
    expect(once).toContain('\\u009b2J');
    expect(once).toContain('\\u202e');
    expect(once).not.toMatch(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text(input([]))).toContain('"results": []');
  });
});
