import { message, render } from '../../src/messages/catalogue.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBaselineData } from '../../src/gate/baseline-data.js';
import { catalogContent, fingerprintFindings } from '../../src/gate/fingerprint.js';
import {
  type Baseline,
  applyBaseline,
  makeBaseline,
  pruneBaseline,
  changedMessage,
  serializeBaseline,
  staleMessage,
} from '../../src/gate/baseline.js';
import type { Finding } from '../../src/findings/finding.js';
import { finding } from '../helpers/findings.js';
import type { Catalog } from '../../src/model/catalog.js';
import { type ModuleSpec, makeCatalog } from '../helpers/catalog.js';

const economics: ModuleSpec = {
  id: 'kinh-te',
  title: 'Kinh tế chính trị Mác – Lênin',
  hours: 40,
  topics: ['Hàng hoá và thị trường', 'Giá trị thặng dư'],
  outcomes: ['Hiểu quy luật giá trị'],
};

function catalog(
  changes: { topics?: string[]; title?: string; hours?: number; outcomes?: string[] } = {},
): Catalog {
  return makeCatalog([
    { id: 'so-cap', level: 'so-cap', modules: [{ ...economics, hours: 12 }] },
    { id: 'trung-cap', level: 'trung-cap', modules: [{ ...economics, ...changes }] },
    { id: 'cao-cap', level: 'cao-cap', modules: [{ ...economics, hours: 60 }] },
  ]);
}

function overlap(modules: string[], line = 8, note = ''): Finding {
  return finding(
    'module-overlap',
    { file: `programmes/${modules[0]?.split('/')[0] ?? 'x'}.yaml`, line, column: 5 },
    message('common.verbatim', { text: `${modules.length} modules teach the same content${note}` }),
    [],
    modules.map((m) => `module:${m}`),
  );
}

function missingLevel(level: string, line = 3): Finding {
  return finding(
    'missing-level',
    { file: 'framework.yaml', line, column: 7 },
    message('common.verbatim', { text: `no programme provides ${level}` }),
    [],
    [`level:${level}`],
  );
}

function schemaError(file: string, line: number, en: string): Finding {
  return finding('schema', { file, line, column: 3 }, message('common.verbatim', { text: en }));
}

const pair = ['so-cap/kinh-te', 'trung-cap/kinh-te'];
const trio = ['cao-cap/kinh-te', 'so-cap/kinh-te', 'trung-cap/kinh-te'];

describe('fingerprints', () => {
  const content = catalogContent(catalog());
  const prints = (findings: Finding[]) =>
    fingerprintFindings(findings, content).map((f) => f.fingerprint);

  it('survive reordering: of the findings and of the about keys', () => {
    const a = overlap(pair);
    const b = missingLevel('t/trung-cap');
    const reversed = { ...a, about: [...(a.about ?? [])].reverse() };
    expect(prints([a, b])).toEqual(prints([b, reversed]).reverse());
  });

  it('survive moved lines, columns and a reworded message', () => {
    const [before] = prints([overlap(pair, 8)]);
    const moved = { ...overlap(pair, 120, '; merging saves ~12 periods'), column: 9 };
    expect(prints([moved])).toEqual([before]);
  });

  it('change when a module named changes what it teaches: its topics, title or outcomes', () => {
    const [before] = prints([overlap(pair)]);
    for (const changes of [
      { topics: ['Hàng hoá và thị trường', 'Tích luỹ tư bản'] },
      { title: 'Kinh tế chính trị' },
      { outcomes: ['Vận dụng quy luật giá trị'] },
    ]) {
      const after = fingerprintFindings([overlap(pair)], catalogContent(catalog(changes)));
      expect(after[0]?.fingerprint, JSON.stringify(changes)).not.toBe(before);
    }
  });

  it('stay when only the hours of a module named change (24 to 20 tiết, as a review asks)', () => {
    const [before] = prints([overlap(pair)]);
    const shorter = fingerprintFindings([overlap(pair)], catalogContent(catalog({ hours: 20 })));
    expect(shorter[0]?.fingerprint).toBe(before);
    // Nor does a programme's, whose modules' hours change.
    expect(catalogContent(catalog({ hours: 20 }))('programme:trung-cap')).toBe(
      content('programme:trung-cap'),
    );
  });

  it('give the print of versions that hashed hours as `earlier`, when it differs', () => {
    const withHours = catalogContent(catalog(), { hours: true });
    const [made] = fingerprintFindings([overlap(pair)], content, { earlier: withHours });
    // What an earlier version wrote: the same scheme, with the hours in the content.
    const [old] = fingerprintFindings([overlap(pair)], withHours);
    expect(made?.earlier).toBe(old?.fingerprint);
    expect(made?.earlier).not.toBe(made?.fingerprint);
    // A finding about a level names no hours: no earlier print.
    const [level] = fingerprintFindings([missingLevel('t/bac-4')], content, { earlier: withHours });
    expect(level?.earlier).toBeUndefined();
  });

  it('ignore what does not change content: topic order, white space, capitals, Unicode form', () => {
    const [before] = prints([overlap(pair)]);
    const same = catalogContent(
      catalog({
        topics: ['  GIÁ TRỊ   thặng dư', 'Hàng hoá và thị trường'.normalize('NFD')],
        title: 'Kinh tế chính trị\n Mác – Lênin',
      }),
    );
    expect(fingerprintFindings([overlap(pair)], same)[0]?.fingerprint).toBe(before);
  });

  it('change when the rule or the set of entities changes: a new cluster member is new', () => {
    const [two, three] = prints([overlap(pair), overlap(trio)]);
    expect(three).not.toBe(two);
    const otherRule = { ...overlap(pair), rule: 'cross-level-repeat' };
    expect(prints([otherRule])[0]).not.toBe(two);
  });

  it('without `about`: rule, file and English message; the line may move', () => {
    const a = schemaError(
      'programmes/x.yaml',
      4,
      'modules[0] is missing required property "hours"',
    );
    const [before] = prints([a]);
    expect(prints([{ ...a, line: 40 }])).toEqual([before]);
    expect(prints([{ ...a, file: 'programmes/y.yaml' }])[0]).not.toBe(before);
    expect(prints([{ ...a, message: message('common.verbatim', { text: 'other' }) }])[0]).not.toBe(
      before,
    );
    // The file as the baseline names it: relative to the baseline's folder, say.
    const named = fingerprintFindings([{ ...a, file: 'repo/programmes/x.yaml' }], content, {
      file: (f) => f.replace(/^repo\//, ''),
    });
    expect(named[0]?.fingerprint).toBe(before);
  });

  it('name entities the catalogue does not know by their key', () => {
    const ghost = overlap(['nowhere/a', 'nowhere/b']);
    const [p] = prints([ghost]);
    expect(p).toMatch(/^[0-9a-f]{64}$/);
    expect(prints([overlap(['nowhere/a', 'nowhere/c'])])[0]).not.toBe(p);
  });
});

describe('catalogContent', () => {
  it('gives content for modules, programmes, levels, tracks and positions, and nothing else', () => {
    const c = catalog();
    const content = catalogContent(c);
    expect(content('module:so-cap/kinh-te')).toContain('kinh tế chính trị mác – lênin');
    expect(content('programme:so-cap')).toContain('so-cap/kinh-te');
    expect(content('level:t/so-cap')).toBeDefined();
    expect(content('track:t')).toContain('t/trung-cap');
    expect(content('module:so-cap/none')).toBeUndefined();
    expect(content('position:none')).toBeUndefined();
    expect(content('what:ever')).toBeUndefined();
    expect(content('no-colon')).toBeUndefined();
  });

  it("changes a programme's content when one of its modules changes what it teaches", () => {
    const changed = catalogContent(catalog({ topics: ['Tích luỹ tư bản'] }));
    expect(changed('programme:trung-cap')).not.toBe(
      catalogContent(catalog())('programme:trung-cap'),
    );
    expect(changed('programme:so-cap')).toBe(catalogContent(catalog())('programme:so-cap'));
  });

  it('leaves hours out, unless asked for them as earlier versions hashed them', () => {
    expect(catalogContent(catalog({ hours: 41 }))('module:trung-cap/kinh-te')).toBe(
      catalogContent(catalog())('module:trung-cap/kinh-te'),
    );
    const withHours = (hours: number) =>
      catalogContent(catalog({ hours }), { hours: true })('module:trung-cap/kinh-te');
    expect(withHours(41)).not.toBe(withHours(40));
  });
});

describe('the baseline', () => {
  const content = catalogContent(catalog());
  const today = [overlap(pair), missingLevel('t/bac-4'), schemaError('a.yaml', 2, 'bad')];

  it('accepts what it recorded, however the findings move', () => {
    const baseline = makeBaseline(today, content);
    const moved = [...today].reverse().map((f) => ({ ...f, line: f.line + 10 }));
    const result = applyBaseline(moved, baseline, content);
    expect(result.kept).toEqual([]);
    expect(result.suppressed).toEqual(moved);
    expect(result.stale).toEqual([]);
  });

  it('keeps new findings, in their order, and reports the entries no longer found', () => {
    const baseline = makeBaseline(today, content);
    const fresh = [
      missingLevel('t/bac-5', 9),
      overlap(trio),
      missingLevel('t/bac-4'),
      missingLevel('t/bac-6', 1),
    ];
    const result = applyBaseline(fresh, baseline, content);
    expect(result.kept.map((f) => f.about)).toEqual([
      ['level:t/bac-5'],
      trio.map((m) => `module:${m}`),
      ['level:t/bac-6'],
    ]);
    expect(result.suppressed).toEqual([missingLevel('t/bac-4')]);
    // The pair became a trio: the pair's entry is stale, as is the schema error, fixed.
    expect(result.stale.map((e) => [e.rule, e.about ?? e.file, e.count])).toEqual([
      ['module-overlap', pair.map((m) => `module:${m}`), 1],
      ['schema', 'a.yaml', 1],
    ]);
  });

  it('a changed module reopens its finding, and its entry is changed, not stale', () => {
    const baseline = makeBaseline([overlap(pair)], content);
    const changed = catalogContent(catalog({ topics: ['Chủ nghĩa tư bản độc quyền'] }));
    const today = [overlap(pair)];
    const result = applyBaseline(today, baseline, changed);
    expect(result.kept).toEqual(today);
    expect(result.changedFindings).toEqual(today);
    // Same rule, same modules, other content: changed (accept it again with
    // --update-baseline); nothing is gone, so nothing is for --prune-baseline.
    expect(result.changed.map((e) => [e.rule, e.about, e.count])).toEqual([
      ['module-overlap', pair.map((m) => `module:${m}`), 1],
    ]);
    expect(result.stale).toEqual([]);
    expect(pruneBaseline(baseline, result.stale)).toEqual(baseline);
  });

  it('an accepted finding stays accepted when only the hours of its modules change', () => {
    const baseline = makeBaseline([overlap(pair)], content);
    const result = applyBaseline([overlap(pair)], baseline, catalogContent(catalog({ hours: 36 })));
    expect(result).toEqual({
      kept: [],
      suppressed: [overlap(pair)],
      stale: [],
      changed: [],
      changedFindings: [],
    });
  });

  it('matches a baseline an earlier version wrote, hours hashed, where nothing else changed', () => {
    const withHours = (c: Catalog) => catalogContent(c, { hours: true });
    const today = [overlap(pair), missingLevel('t/bac-4')];
    const old = makeBaseline(today, withHours(catalog()));
    const same = applyBaseline(today, old, content, { earlier: withHours(catalog()) });
    expect(same.kept).toEqual([]);
    expect(same.stale).toEqual([]);
    // Its hours changed since: that old entry cannot tell, and reports the finding changed.
    const shorter = catalog({ hours: 36 });
    const moved = applyBaseline(today, old, catalogContent(shorter), {
      earlier: withHours(shorter),
    });
    expect(moved.kept).toEqual([overlap(pair)]);
    expect(moved.changed.map((e) => e.rule)).toEqual(['module-overlap']);
  });

  it('a finding gone is stale; one whose entities changed (a cluster grew) is gone and new', () => {
    const baseline = makeBaseline([overlap(pair), missingLevel('t/bac-4')], content);
    const result = applyBaseline([overlap(trio)], baseline, content);
    expect(result.kept).toEqual([overlap(trio)]);
    expect(result.changedFindings).toEqual([]);
    expect(result.changed).toEqual([]);
    expect(result.stale.map((e) => e.rule)).toEqual(['missing-level', 'module-overlap']);
  });

  it('counts findings with one fingerprint separately', () => {
    const twice = [missingLevel('t/bac-4', 3), missingLevel('t/bac-4', 30)];
    const baseline = makeBaseline(twice, content);
    expect(baseline.entries).toHaveLength(1);
    expect(baseline.entries[0]?.count).toBe(2);

    const thrice = [...twice, missingLevel('t/bac-4', 300)];
    const more = applyBaseline(thrice, baseline, content);
    expect(more.suppressed.map((f) => f.line)).toEqual([3, 30]);
    expect(more.kept.map((f) => f.line)).toEqual([300]);
    expect(more.stale).toEqual([]);

    const fewer = applyBaseline([missingLevel('t/bac-4')], baseline, content);
    expect(fewer.kept).toEqual([]);
    expect(fewer.stale).toEqual([{ ...baseline.entries[0], count: 1 }]);
  });

  it('prunes stale entries and lowers counts, and nothing else', () => {
    const twice = [missingLevel('t/bac-4', 3), missingLevel('t/bac-4', 30)];
    const baseline = makeBaseline([...twice, ...today], content);
    const now = [missingLevel('t/bac-4'), overlap(pair)];
    const { stale } = applyBaseline(now, baseline, content);
    const pruned = pruneBaseline(baseline, stale);
    expect(pruned.entries.map((e) => [e.rule, e.count])).toEqual([
      ['missing-level', 1],
      ['module-overlap', 1],
    ]);
    const again = applyBaseline(now, pruned, content);
    expect(again).toEqual({
      kept: [],
      suppressed: now,
      stale: [],
      changed: [],
      changedFindings: [],
    });
    expect(pruneBaseline(pruned, [])).toEqual(pruned);
  });

  it('adds up the counts of an entry written twice (a hand merge)', () => {
    const [entry] = makeBaseline([missingLevel('t/bac-4')], content).entries;
    if (entry === undefined) throw new Error('no entry');
    const merged: Baseline = { version: 1, entries: [entry, entry] };
    const result = applyBaseline(
      [missingLevel('t/bac-4'), missingLevel('t/bac-4')],
      merged,
      content,
    );
    expect(result.kept).toEqual([]);
    expect(serializeBaseline(merged)).toBe(
      serializeBaseline({ version: 1, entries: [{ ...entry, count: 2 }] }),
    );
  });

  it('tells a reader about a stale entry in Vietnamese and English', () => {
    const [entry] = makeBaseline([overlap(pair), overlap(pair)], content).entries;
    if (entry === undefined) throw new Error('no entry');
    const stale = staleMessage(entry);
    expect(stale).toEqual({
      id: 'gate.baseline.stale',
      data: {
        rule: 'module-overlap',
        what: 'module:so-cap/kinh-te, module:trung-cap/kinh-te',
        count: 2,
      },
    });
    expect(render(stale, 'vi')).toBe(
      'Mục trong tệp baseline không còn xuất hiện: module-overlap (module:so-cap/kinh-te, ' +
        'module:trung-cap/kinh-te), ghi nhận 2 lần; chạy lại với --prune-baseline để xóa mục này.',
    );
    expect(render(stale, 'en')).toBe(
      'Baseline entry no longer found: module-overlap (module:so-cap/kinh-te, ' +
        'module:trung-cap/kinh-te), recorded 2 times; run again with --prune-baseline to remove it.',
    );
  });

  it('tells a reader about a changed entry, with --update-baseline and not --prune-baseline', () => {
    const [entry] = makeBaseline([overlap(pair)], content).entries;
    if (entry === undefined) throw new Error('no entry');
    const changed = changedMessage(entry);
    expect(changed.id).toBe('gate.baseline.changed');
    for (const lang of ['vi', 'en'] as const) {
      expect(render(changed, lang)).toContain('--update-baseline');
      expect(render(changed, lang)).not.toContain('--prune-baseline');
    }
    expect(render(changed, 'vi')).toBe(
      'Phát hiện ghi trong baseline nay đã khác: module-overlap (module:so-cap/kinh-te, ' +
        'module:trung-cap/kinh-te), ghi nhận 1 lần, vẫn còn xuất hiện nhưng nội dung liên quan ' +
        'đã thay đổi; hãy xem lại, rồi chạy lại với --update-baseline để chấp nhận nội dung mới.',
    );
  });
});

describe('serializeBaseline', () => {
  const content = catalogContent(catalog());

  it('writes sorted, diff-friendly JSON: by rule, then what the entry is about', () => {
    const text = serializeBaseline(
      makeBaseline(
        [
          schemaError('b.yaml', 1, 'x'),
          overlap(pair),
          missingLevel('t/bac-5'),
          missingLevel('t/bac-4'),
          schemaError('a.yaml', 1, 'y'),
        ],
        content,
      ),
    );
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(text) as { version: number; entries: Record<string, unknown>[] };
    expect(parsed.version).toBe(1);
    expect(parsed.entries.map((e) => [e.rule, e.about ?? e.file])).toEqual([
      ['missing-level', ['level:t/bac-4']],
      ['missing-level', ['level:t/bac-5']],
      ['module-overlap', ['module:so-cap/kinh-te', 'module:trung-cap/kinh-te']],
      ['schema', 'a.yaml'],
      ['schema', 'b.yaml'],
    ]);
    for (const e of parsed.entries)
      expect(Object.keys(e)).toEqual(
        e.about
          ? ['rule', 'about', 'message', 'count', 'fingerprint']
          : ['rule', 'file', 'message', 'count', 'fingerprint'],
      );
    // One about key per line: a new cluster member is a one-line change of its entry.
    expect(text).toContain(
      '"about": [\n        "module:so-cap/kinh-te",\n        "module:trung-cap/kinh-te"\n      ]',
    );
  });

  it('reads back what it wrote, and writes it again byte for byte', () => {
    const baseline = makeBaseline([overlap(pair), schemaError('a.yaml', 1, 'y')], content);
    const text = serializeBaseline(baseline);
    const read = readBaselineData(JSON.parse(text));
    expect(read).toEqual({ ok: true, baseline });
    if (read.ok) expect(serializeBaseline(read.baseline)).toBe(text);
  });

  it('escapes characters that would hide or reorder text in a diff, and keeps Vietnamese readable', () => {
    const hostile = schemaError('a.yaml', 1, 'Tiêu đề \u202eevil\u202c\u200b\u2028 =cmd|"x"');
    const text = serializeBaseline(makeBaseline([hostile], content));
    expect(text).toContain('Tiêu đề \\u202eevil\\u202c\\u200b\\u2028 =cmd|\\"x\\"');
    expect(text).not.toMatch(/[\u202e\u202c\u200b\u2028]/);
    const read = readBaselineData(JSON.parse(text));
    expect(read.ok && read.baseline.entries[0]?.message).toBe(render(hostile.message, 'en'));
  });

  it('gives the same file for any order of the same findings (property)', () => {
    const rules = ['module-overlap', 'missing-level', 'schema'] as const;
    const keys = [
      'module:so-cap/kinh-te',
      'module:trung-cap/kinh-te',
      'module:cao-cap/kinh-te',
      'level:t/so-cap',
      'position:x',
    ];
    const arbitraryFinding = fc.record({
      rule: fc.constantFrom(...rules),
      about: fc.option(fc.subarray(keys, { minLength: 1 }), { nil: undefined }),
      file: fc.constantFrom('a.yaml', 'b.yaml'),
      line: fc.integer({ min: 1, max: 50 }),
      message: fc.constantFrom('one', 'two', 'ba'),
    });
    fc.assert(
      fc.property(
        fc
          .array(arbitraryFinding, { maxLength: 12 })
          .chain((specs) =>
            fc.tuple(fc.constant(specs), fc.shuffledSubarray(specs, { minLength: specs.length })),
          ),
        ([specs, shuffled]) => {
          const toFinding = (s: (typeof specs)[number]): Finding =>
            finding(
              s.rule,
              { file: s.file, line: s.line, column: 1 },
              message('common.verbatim', { text: s.message }),
              [],
              s.about,
            );
          const a = serializeBaseline(makeBaseline(specs.map(toFinding), content));
          const b = serializeBaseline(makeBaseline(shuffled.map(toFinding), content));
          expect(b).toBe(a);
          expect(
            applyBaseline(
              shuffled.map(toFinding),
              makeBaseline(specs.map(toFinding), content),
              content,
            ).kept,
          ).toEqual([]);
        },
      ),
    );
  });
});

describe('readBaselineData', () => {
  const entry = {
    rule: 'missing-level',
    about: ['level:t/x'],
    message: 'no programme provides t/x',
    count: 1,
    fingerprint: 'a'.repeat(64),
  };

  it('accepts a well-formed baseline', () => {
    expect(readBaselineData({ version: 1, entries: [entry] })).toEqual({
      ok: true,
      baseline: { version: 1, entries: [entry] },
    });
  });

  it('reports every problem at its path, in both languages', () => {
    const result = readBaselineData({
      version: 1,
      extra: true,
      entries: [
        { ...entry, count: 0 },
        { ...entry, fingerprint: 'xyz', cuont: 2 },
        { ...entry, file: 'a.yaml' },
        'text',
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.key ?? false, render(p.message, 'en')])).toEqual([
      [['extra'], true, 'unknown property "extra"'],
      [['entries', 0, 'count'], false, 'entries[0].count must be a whole number of at least 1'],
      [['entries', 1, 'cuont'], true, 'unknown property "cuont" in entries[1]'],
      [
        ['entries', 1, 'fingerprint'],
        false,
        'entries[1].fingerprint must be 64 hexadecimal digits (sha256)',
      ],
      [['entries', 2], false, 'entries[2] must have exactly one of `about` and `file`'],
      [['entries', 3], false, 'entries[3] must be an object'],
    ]);
    for (const p of result.problems)
      expect(render(p.message, 'vi')).not.toBe(render(p.message, 'en'));
  });

  it('says when a newer tool wrote the file, and refuses what is not a baseline', () => {
    const newer = readBaselineData({ version: 2, entries: [] });
    expect(!newer.ok && newer.problems[0]!.message).toEqual({
      id: 'gate.baseline.newer-version',
      data: { version: 2 },
    });
    expect(!newer.ok && render(newer.problems[0]!.message, 'en')).toMatch(/newer curriculum-dedup/);
    const list = readBaselineData([entry]);
    expect(!list.ok && list.problems[0]?.path).toEqual([]);
    const noEntries = readBaselineData({ version: 1 });
    expect(!noEntries.ok && noEntries.problems[0]?.path).toEqual(['entries']);
  });
});

describe('fingerprints of findings about a file', () => {
  const at = { file: 'programmes/a.yaml', line: 4, column: 3 };
  const required = (key: string) =>
    finding('schema', at, message('load.schema.required', { path: 'modules[0]', key }));
  const print = (f: Finding) => fingerprintFindings([f], () => undefined)[0]?.fingerprint;

  it('hang on the message id and data, not on the words', () => {
    // The same message in words that differ (English, Vietnamese) but the same id and data.
    const f = required('hours');
    expect(render(f.message, 'en')).not.toBe(render(f.message, 'vi'));
    expect(print(f)).toBe(print({ ...f, line: 9 }));
    expect(print(f)).not.toBe(print(required('title')));
    // The same English words from another message are another finding.
    const sameWords = message('common.verbatim', { text: render(f.message, 'en') });
    expect(print({ ...f, message: sameWords })).not.toBe(print(f));
    // Data compared whatever the order of its keys.
    const reordered = {
      ...f,
      message: { id: f.message.id, data: { key: 'hours', path: 'modules[0]' } },
    };
    expect(print(reordered)).toBe(print(f));
  });

  it('still match a baseline an earlier version recorded by the English message', () => {
    const f = required('hours');
    const earlier = fingerprintFindings([f], () => undefined)[0]?.earlier ?? '';
    const recorded: Baseline = {
      version: 1,
      entries: [
        {
          rule: 'schema',
          file: at.file,
          message: render(f.message, 'en'),
          count: 1,
          fingerprint: earlier,
        },
      ],
    };
    const result = applyBaseline([f], recorded, () => undefined);
    expect(result.suppressed).toEqual([f]);
    expect(result.stale).toEqual([]);
  });
});
