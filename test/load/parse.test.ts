import { render } from '../../src/messages/catalogue.js';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { parseDocument } from 'yaml';
import { locate } from '../../src/load/locate.js';
import { maxAliasCount, maxNestingDepth, parseYaml } from '../../src/load/parse.js';
import { makeSource } from '../../src/load/source.js';
import { inWords, lines } from './support.js';

const parse = (text: string) => parseYaml(makeSource('programmes/p.yaml', text));
/**
 * A long programme's pieces, at lengths 64 times shorter than the tool's (1 MiB and 16 KiB):
 * the same code on texts that parse in milliseconds.
 */
const small = { split: 1 << 14, piece: 1 << 8 };
const parseInPieces = (text: string) => parseYaml(makeSource('programmes/p.yaml', text), small);

/** `line:column message` of each finding, or the value when the text parses. */
function outcome(
  text: string,
  read: typeof parse = parse,
): { value: unknown } | { errors: string[] } {
  const result = read(text);
  return result.ok
    ? { value: result.parsed.value }
    : { errors: result.findings.map((f) => `${f.line}:${f.column} ${render(f.message, 'en')}`) };
}

function findingsOf(text: string): Finding[] {
  const result = parse(text);
  if (result.ok) throw new Error('expected findings');
  return result.findings;
}

const nested = (depth: number) => `deep: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;

describe('parseYaml: well-formed documents', () => {
  it('gives the plain value and keeps the source', () => {
    const text = lines('kind: programme', 'id: p', 'modules:', '  - id: m', '    hours: 1.5');
    const result = parse(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.parsed.value).toEqual({
      kind: 'programme',
      id: 'p',
      modules: [{ id: 'm', hours: 1.5 }],
    });
    expect(result.parsed.source.file).toBe('programmes/p.yaml');
    expect(result.parsed.source.text).toBe(text);
  });

  it('reads CRLF text like LF text', () => {
    expect(outcome('kind: programme\r\nid: p\r\ntopics:\r\n  - a\r\n')).toEqual({
      value: { kind: 'programme', id: 'p', topics: ['a'] },
    });
  });

  it('uses the YAML 1.2 core schema: yes/no/on/off and dates stay text', () => {
    expect(
      outcome(lines('a: yes', 'b: off', 'c: 2024-01-02', 'd: 0x10', 'e: 012', 'f: ~')),
    ).toEqual({ value: { a: 'yes', b: 'off', c: '2024-01-02', d: 16, e: 12, f: null } });
  });

  it('accepts an explicit document start and end marker around one document', () => {
    expect(outcome('---\nkind: framework\n...\n')).toEqual({ value: { kind: 'framework' } });
  });

  it('expands a few aliases', () => {
    expect(outcome(lines('a: &x [1, 2]', 'b: *x', 'c: *x'))).toEqual({
      value: { a: [1, 2], b: [1, 2], c: [1, 2] },
    });
  });

  it('does not merge `<<` keys: they stay plain keys, for the schema to reject', () => {
    expect(outcome(lines('a: &a {x: 1}', 'b:', '  <<: *a'))).toEqual({
      value: { a: { x: 1 }, b: { '<<': { x: 1 } } },
    });
  });

  it('accepts nesting up to the limit', () => {
    expect(maxNestingDepth).toBe(64);
    const result = parse(nested(maxNestingDepth));
    expect(result.ok).toBe(true);
  });

  it('allows a `constructor` key (only __proto__ is dangerous)', () => {
    expect(outcome('constructor: 1\n')).toEqual({ value: { constructor: 1 } });
  });
});

describe('parseYaml: empty documents', () => {
  it('gives null for an empty file', () => {
    expect(outcome('')).toEqual({ value: null });
  });

  it('gives null for white space and comments only', () => {
    expect(outcome('   \n\n')).toEqual({ value: null });
    expect(outcome('# just a comment\n# and another\n')).toEqual({ value: null });
    expect(outcome('---\n')).toEqual({ value: null });
  });
});

describe('parseYaml: syntax errors', () => {
  it('locates a nested mapping in a plain value at the value', () => {
    expect(outcome(lines('kind: programme', 'id: bad', 'title: a: b'))).toEqual({
      errors: ['3:8 a value that contains ": " must be put in quotes; write it as title: "a: b"'],
    });
  });

  it('locates the same error in CRLF text on the same line and column', () => {
    expect(outcome('kind: programme\r\nid: bad\r\ntitle: a: b\r\n')).toEqual({
      errors: ['3:8 a value that contains ": " must be put in quotes; write it as title: "a: b"'],
    });
  });

  it('locates a tab used as indentation', () => {
    expect(outcome(lines('kind: programme', 'modules:', '  - id: a', '\ttitle: x'))).toEqual({
      errors: ['4:1 Tabs are not allowed as indentation'],
    });
  });

  it('locates a stray closing bracket', () => {
    expect(outcome('a: [1, 2]]\n')).toEqual({
      errors: ['1:10 Unexpected flow-seq-end token in YAML stream: "]"'],
    });
  });

  it('locates a reserved character at the start of a plain value', () => {
    expect(outcome('id: x\ntitle: @home\n')).toEqual({
      errors: ['2:8 Plain value cannot start with reserved character @'],
    });
  });

  it('locates an invalid escape in a double-quoted text', () => {
    expect(outcome('a: "\\q"\n')).toEqual({ errors: ['1:5 Invalid escape sequence \\q'] });
  });

  it('reports each syntax finding as a yaml-syntax error of the file', () => {
    const [finding] = findingsOf('title: a: b\n');
    expect(finding && inWords(finding)).toEqual({
      rule: 'yaml-syntax',
      severity: 'error',
      message: {
        vi: 'giá trị có chứa ": " (dấu hai chấm rồi dấu cách) phải được đặt trong dấu ngoặc kép; hãy viết lại thành title: "a: b"',
        en: 'a value that contains ": " must be put in quotes; write it as title: "a: b"',
      },
      file: 'programmes/p.yaml',
      line: 1,
      column: 8,
    });
  });

  it('strips the line and column yaml writes into its messages', () => {
    const findings = findingsOf(lines('a: 1', 'b: [x', 'c: "'));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(render(f.message, 'en')).not.toMatch(/at line \d+, column \d+/);
      expect(render(f.message, 'en')).not.toContain('\n');
    }
  });
});

describe('parseYaml: duplicate keys', () => {
  it('reports the second occurrence of a key, by name', () => {
    const text = lines(
      'kind: programme',
      'id: dup',
      'modules:',
      '  - id: intro',
      '    title: Intro',
      '    hours: 8',
      '    title: Again',
    );
    expect(outcome(text)).toEqual({ errors: ['7:5 duplicate key "title"'] });
  });

  it('reports a duplicate top-level key', () => {
    expect(outcome(lines('kind: programme', 'id: a', 'id: b'))).toEqual({
      errors: ['3:1 duplicate key "id"'],
    });
  });

  it('reports a duplicate key in a flow mapping', () => {
    expect(outcome('a: {id: x, title: y, id: z}\n')).toEqual({
      errors: ['1:22 duplicate key "id"'],
    });
  });

  it('reports every duplicate key, not only the first', () => {
    expect(outcome(lines('a: 1', 'b: 2', 'a: 3', 'b: 4'))).toEqual({
      errors: ['3:1 duplicate key "a"', '4:1 duplicate key "b"'],
    });
  });

  it('compares keys by value, as yaml does: 1 and "1" differ, 1 and 1.0 do not', () => {
    expect(outcome(lines('1: a', '"1": b'))).toEqual({ value: { 1: 'b' } });
    expect(outcome(lines('1: a', '1.0: b'))).toEqual({ errors: ['2:1 duplicate key "1.0"'] });
    expect(outcome(lines('a:', '  x: 1', 'b:', '  x: 2'))).toEqual({
      value: { a: { x: 1 }, b: { x: 2 } },
    });
  });

  it('refuses a mapping of more than 10,000 keys, at the mapping, before composing it', () => {
    const keys = Array.from({ length: 10_001 }, (_, i) => `  k${i}: 1`);
    expect(outcome(lines('x:', ...keys))).toEqual({
      errors: ['2:3 a mapping of more than 10,000 keys; no curriculum document needs that'],
    });
    const flow = `x: {${Array.from({ length: 10_001 }, (_, i) => `k${i}: 1`).join(', ')}}\n`;
    expect(outcome(flow)).toEqual({
      errors: ['1:4 a mapping of more than 10,000 keys; no curriculum document needs that'],
    });
    const list = Array.from({ length: 10_001 }, (_, i) => `  - ${i}`);
    expect(outcome(lines('x:', ...list))).toEqual({
      value: { x: Array.from({ length: 10_001 }, (_, i) => i) },
    });
  });
});

describe('parseYaml: aliases', () => {
  it(`refuses aliases that expand to more than ${maxAliasCount} copies, at the first alias`, () => {
    const text = [
      'kind: programme',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
      '',
    ].join('\n');
    expect(outcome(text)).toEqual({
      errors: [
        `3:8 aliases expand to more than ${maxAliasCount} copies; a curriculum file never needs that`,
      ],
    });
  });

  it('refuses a billion-laughs document quickly', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const started = Date.now();
    const result = parse(levels.join('\n') + '\n');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.findings).toHaveLength(1);
      expect(render(result.findings[0]!.message, 'en')).toMatch(
        /^aliases expand to more than 100 copies/,
      );
      expect([result.findings[0]!.line, result.findings[0]!.column]).toEqual([2, 8]);
    }
  });
});

describe('parseYaml: nesting', () => {
  it(`refuses nesting deeper than ${maxNestingDepth} levels, at the first node too deep`, () => {
    // The root mapping is depth 0; the n-th `[` (column 6 + n) is depth n.
    expect(outcome(nested(maxNestingDepth + 1))).toEqual({
      errors: ['1:71 nesting deeper than 64 levels'],
    });
    expect(outcome(`kind: programme\n${nested(100)}`)).toEqual({
      errors: ['2:71 nesting deeper than 64 levels'],
    });
  });

  it('counts block mappings as levels too', () => {
    let text = 'kind: programme\n';
    for (let i = 0; i < 70; i++) text += `${'  '.repeat(i)}k${i}:\n`;
    text += `${'  '.repeat(70)}v: 1\n`;
    // k64's value, the mapping that starts with k65 on line 67, is depth 65.
    expect(outcome(text)).toEqual({ errors: ['67:131 nesting deeper than 64 levels'] });
  });
});

describe('parseYaml: reserved keys', () => {
  it('refuses a __proto__ key at the key', () => {
    expect(outcome(lines('kind: programme', '__proto__: {polluted: true}', 'id: p'))).toEqual({
      errors: ['2:1 the key "__proto__" is not allowed'],
    });
  });

  it('refuses a quoted or nested __proto__ key', () => {
    expect(outcome('"__proto__": 1\n')).toEqual({
      errors: ['1:1 the key "__proto__" is not allowed'],
    });
    expect(outcome(lines('modules:', '  - id: m', '    __proto__:', '      x: 1'))).toEqual({
      errors: ['3:5 the key "__proto__" is not allowed'],
    });
    expect(outcome('a: {__proto__: 1}\n')).toEqual({
      errors: ['1:5 the key "__proto__" is not allowed'],
    });
  });

  it('never pollutes Object.prototype', () => {
    parse('__proto__: {polluted: true}\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseYaml: tags', () => {
  it('refuses a JavaScript function tag at the tag', () => {
    expect(
      outcome(lines('kind: programme', 'id: p', 'title: !!js/function "function(){}"')),
    ).toEqual({
      errors: ['3:8 unsupported tag: tag:yaml.org,2002:js/function'],
    });
  });

  it('refuses a custom local tag', () => {
    expect(outcome('a: !custom 1\n')).toEqual({ errors: ['1:4 unsupported tag: !custom'] });
  });

  it('accepts core tags such as !!str', () => {
    expect(outcome('a: !!str 1\n')).toEqual({ value: { a: '1' } });
  });
});

describe('parseYaml: several documents', () => {
  it('refuses a second document at its ---', () => {
    expect(outcome(lines('kind: programme', 'id: p', '---', 'kind: programme', 'id: q'))).toEqual({
      errors: ['3:1 a curriculum file holds one YAML document; this one has several (---)'],
    });
  });

  it('reports several documents once', () => {
    expect(outcome(lines('a: 1', '---', 'b: 2', '---', 'c: 3'))).toEqual({
      errors: ['2:1 a curriculum file holds one YAML document; this one has several (---)'],
    });
  });
});

describe('parseYaml: never throws', () => {
  it('turns any text into a value or located findings', () => {
    // prettier-ignore
    const pieces = [
      'a', 'b', ':', ': ', '-', '- ', '[', ']', '{', '}', ',', '"', "'", '&x ', '*x', '!!', '!t ',
      '#', '\n', '\n  ', '\t', '---\n', '? ', '|', '>', '%', '@', '__proto__', '\\', '\r\n', ' ',
    ];
    const yamlish = fc.array(fc.constantFrom(...pieces), { maxLength: 40 });
    // yaml warns on stderr about collection keys (`[a]: b`); that is not what this test is about.
    const warnings = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      fc.assert(
        fc.property(yamlish, (parts) => {
          const text = parts.join('');
          const result = parse(text);
          if (result.ok) return true;
          return (
            result.findings.length > 0 &&
            result.findings.every((f) => f.line >= 1 && f.column >= 1 && f.rule === 'yaml-syntax')
          );
        }),
        { numRuns: 2000 },
      );
    } finally {
      warnings.mockRestore();
    }
  });
});

describe('parseYaml: what is refused, and how it is named', () => {
  const messages = (text: string) => {
    const result = parse(text);
    return result.ok
      ? []
      : result.findings.map((f) => `${f.line}:${f.column} ${render(f.message, 'en')}`);
  };

  it('refuses deep flow nesting at the bracket past the limit, whatever the stack size', () => {
    const deep = 'kind: programme\ndeep: ' + '['.repeat(2000) + ']'.repeat(2000) + '\n';
    expect(messages(deep)).toEqual([
      `2:${7 + maxNestingDepth} nesting deeper than ${maxNestingDepth} levels`,
    ]);
  });

  it('does not count brackets inside quotes or comments as nesting', () => {
    const text = `kind: programme\ntitle: "${'['.repeat(100)}"\n# ${'{'.repeat(100)}\nx: '${'['.repeat(100)}'\n`;
    expect(parse(text).ok).toBe(true);
  });

  it('names an unknown alias as such, not as an alias bomb', () => {
    expect(messages('kind: programme\nrequires: *nope\n')[0]).toMatch(
      /^2:11 unknown alias .*nope$/,
    );
  });

  it('quotes a duplicate key once, however it was written', () => {
    expect(messages('kind: programme\n"title": a\n"title": b\n')).toEqual([
      '3:1 duplicate key "title"',
    ]);
    expect(messages("kind: programme\n'it''s': a\n'it''s': b\n")).toEqual([
      `3:1 duplicate key "it's"`,
    ]);
  });

  it('refuses YAML 1.1 tags outside the core schema', () => {
    expect(messages('kind: programme\ntitle: !!timestamp 2001-12-14\n')).toEqual([
      '2:8 unsupported tag: tag:yaml.org,2002:timestamp',
    ]);
    expect(messages('kind: programme\nx: !!set {a}\n')[0]).toMatch(/^2:4 unsupported tag/);
  });

  it('refuses a list or mapping used as a key, without a warning on stderr', () => {
    const warnings = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    expect(messages('kind: programme\n? [a, b]\n: 1\n')).toEqual([
      '2:3 a key must be plain text, not a list or mapping',
    ]);
    expect(warnings).not.toHaveBeenCalled();
    warnings.mockRestore();
  });
});

describe('parseYaml: errors at the place to fix', () => {
  const messages = (text: string) => {
    const result = parse(text);
    return result.ok
      ? []
      : result.findings.map((f) => `${f.line}:${f.column} ${render(f.message, 'en')}`);
  };

  it('points an unclosed quote or bracket at where it opens, not at the end of the file', () => {
    expect(messages('kind: programme\ntitle: "unclosed\nid: x\n')).toEqual([
      '2:8 this quoted text is never closed',
    ]);
    expect(messages('kind: programme\nmodules: [a, b\nid: x\n')).toEqual([
      '2:10 this "[" is never closed',
    ]);
  });

  it('reports a tab used as indentation alone, without the errors it sets off', () => {
    expect(messages('kind: programme\nhours: 12\nmodules:\n  - id: a\n\thours: 8\n')).toEqual([
      '5:1 Tabs are not allowed as indentation',
    ]);
  });

  it('says a value does not fit a core tag, rather than calling the tag unsupported', () => {
    expect(messages('kind: programme\nhours: !!int 1.5\n')).toEqual([
      '2:8 the value does not fit the tag !!int',
    ]);
  });
});

describe('parseYaml: a long programme, parsed in pieces', () => {
  const moduleText = (i: number) =>
    `  - id: m${i}\n    title: Chuyên đề ${i}\n    hours: ${(i % 7) + 1}\n    topics:\n      - Nội dung ${i}\n`;
  const long = (count: number, extra = '') =>
    `kind: programme\nid: big\ntitle: Lớn\ntrack: t\nlevel: a\nmodules:\n${Array.from({ length: count }, (_, i) => moduleText(i)).join('')}${extra}hours: 1\n`;

  it('gives the same value and the same places as parsing it whole', () => {
    const text = long(1_000);
    expect(text.length).toBeGreaterThan(small.split);
    const result = parseInPieces(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.parsed.pieces).toBeGreaterThan(100);
    expect(result.parsed.value).toEqual(parseDocument(text).toJS());
    const where = result.parsed.locations();
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    expect(locate(where, ['modules', 750, 'title'])).toMatchObject({
      line: lineOf('title: Chuyên đề 750\n'),
      column: 12,
    });
    expect(locate(where, ['hours'])).toMatchObject({
      line: text.split('\n').length - 1,
      column: 8,
    });
    const everyItem = result.parsed.locations({ everyItem: true });
    expect(locate(everyItem, ['modules', 999, 'topics', 0])).toMatchObject({
      line: lineOf('Nội dung 999'),
      column: 9,
    });
  });

  it('locates an error in a late piece where it is written', () => {
    const text = long(1_000).replace(
      'title: Chuyên đề 800\n',
      'title: Chuyên đề 800\n    title: again\n',
    );
    const line = text.slice(0, text.indexOf('    title: again')).split('\n').length;
    expect(outcome(text, parseInPieces)).toEqual({ errors: [`${line}:5 duplicate key "title"`] });
  });
});

describe('parseYaml: the slips curriculum authors make, said how to fix them', () => {
  /** `line:column` and the message in both languages of each finding. */
  const said = (text: string, read: typeof parse = parse) => {
    const result = read(text);
    return result.ok
      ? []
      : result.findings.map((f) => ({
          at: `${f.line}:${f.column}`,
          vi: render(f.message, 'vi'),
          en: render(f.message, 'en'),
        }));
  };

  const programme = (...moduleLines: string[]) =>
    lines(
      'kind: programme', //                                          1
      'id: boi-duong-cvc', //                                        2
      'title: Bồi dưỡng ngạch chuyên viên chính', //                 3
      'track: qlnn', //                                              4
      'level: chuyen-vien-chinh', //                                 5
      'hours: 52', //                                                6
      'modules:', //                                                 7
      '  - id: quan-ly-nha-nuoc', //                                 8
      '    title: Quản lý nhà nước về kinh tế', //                   9
      '    hours: 40', //                                            10
      ...moduleLines,
    );

  it('says a title holding ": " must be quoted, at the title, with the line to write', () => {
    const text = programme(
      '  - id: bao-cao-tinh-hinh',
      '    title: Báo cáo chuyên đề: Tình hình kinh tế - xã hội của tỉnh',
      '    hours: 12',
      '    activity: report',
    );
    expect(said(text)).toEqual([
      {
        at: '12:12',
        vi: 'giá trị có chứa ": " (dấu hai chấm rồi dấu cách) phải được đặt trong dấu ngoặc kép; hãy viết lại thành title: "Báo cáo chuyên đề: Tình hình kinh tế - xã hội của tỉnh"',
        en: 'a value that contains ": " must be put in quotes; write it as title: "Báo cáo chuyên đề: Tình hình kinh tế - xã hội của tỉnh"',
      },
    ]);
  });

  it('says it once for a value with several colons, and shortens a long one', () => {
    const long = 'Chuyên đề: ' + 'quản lý nhà nước về đất đai '.repeat(5);
    const [first, ...others] = said(
      lines('kind: programme', 'id: p', `title: ${long}`, 'source: "Học viện: HCMA": 2024'),
    );
    expect(first).toMatchObject({ at: '3:8' });
    expect(first?.en).toMatch(/write it as title: "Chuyên đề: quản lý nhà nước về đất đai .* …"$/);
    // A value holding double quotes is shown in single quotes, as written.
    expect(others).toEqual([
      expect.objectContaining({
        at: '4:9',
        en: expect.stringContaining(`source: '"Học viện: HCMA": 2024'`) as string,
      }),
    ]);
  });

  it('names a topics key indented one space more than its siblings, not the line above', () => {
    const text = programme(
      '     topics:', //                                            11
      '      - quản lý nhà nước về kinh tế thị trường',
      '  - id: ky-nang',
      '    title: Kỹ năng lãnh đạo',
      '    hours: 12',
    );
    expect(said(text)).toEqual([
      {
        at: '11:6',
        vi: 'dòng 11: thụt lề 5 dấu cách, các khóa cùng cấp thụt 4; hãy thụt "topics:" đúng 4 dấu cách',
        en: 'line 11: indented 5 spaces, its sibling keys 4; indent "topics:" by 4 spaces',
      },
    ]);
  });

  it('names a topics key indented one space less than its siblings', () => {
    const text = programme('   topics:', '      - quản lý nhà nước về kinh tế thị trường');
    expect(said(text)).toEqual([
      {
        at: '11:4',
        vi: 'dòng 11: thụt lề 3 dấu cách, các khóa cùng cấp thụt 4; hãy thụt "topics:" đúng 4 dấu cách',
        en: 'line 11: indented 3 spaces, its sibling keys 4; indent "topics:" by 4 spaces',
      },
    ]);
  });

  it('names a key after a list indented between the levels, and a top-level key indented', () => {
    const afterList = programme(
      '    topics:',
      '      - kinh tế thị trường',
      '     outcomes:', //                                          13
      '      - Vận dụng',
    );
    expect(said(afterList).map((s) => `${s.at} ${s.en}`)).toEqual([
      '13:6 line 13: indented 5 spaces, its sibling keys 4; indent "outcomes:" by 4 spaces',
    ]);
    expect(said(lines('kind: framework', 'id: vn', ' title: Khung')).map((s) => s.vi)).toEqual([
      'dòng 3: thụt lề 1 dấu cách, các khóa cùng cấp không thụt lề; hãy bỏ thụt lề trước "title:"',
    ]);
  });

  it('names a list item indented one space off its siblings', () => {
    const text = lines(
      'kind: framework',
      'id: vn-cadre',
      'title: Khung',
      'tracks:',
      '  - id: llct',
      '    title: Lý luận chính trị',
      '    levels:',
      '      - id: so-cap',
      '        title: Sơ cấp',
      '       - id: trung-cap',
    );
    expect(said(text).map((s) => `${s.at} ${s.vi}`)).toEqual([
      '10:8 dòng 10: thụt lề 7 dấu cách, các mục cùng cấp của danh sách thụt 6; hãy thụt "- " đúng 6 dấu cách',
    ]);
  });

  it('reports a forgotten "- " before a module as one error, not six', () => {
    const text = programme(
      '    topics:',
      '      - kinh tế thị trường',
      '  id: ky-nang', //                                           13
      '  title: Kỹ năng lãnh đạo, quản lý',
      '  hours: 12',
      '  topics:',
      '    - lãnh đạo',
      '  - id: thuc-te',
      '    title: Nghiên cứu thực tế',
      '    hours: 0.5',
      '    activity: fieldwork',
    );
    expect(said(text)).toEqual([
      {
        at: '13:3',
        vi: 'dòng 13: có lẽ thiếu "- " ở đầu một mục mới của danh sách; hãy viết "  - id: ky-nang"',
        en: 'line 13: a "- " is probably missing, to start a new list item; write "  - id: ky-nang"',
      },
    ]);
  });

  it('reports a forgotten "- " written at the keys column, or in a list at column 0, once', () => {
    const atKeys = programme('    id: ky-nang', '    title: Kỹ năng', '    hours: 12');
    expect(said(atKeys).map((s) => `${s.at} ${s.en}`)).toEqual([
      '11:5 line 11: a "- " is probably missing, to start a new list item; write "  - id: ky-nang"',
    ]);
    const flush = lines(
      'kind: programme',
      'id: p',
      'modules:',
      '- id: a',
      '  title: A',
      '  hours: 8',
      'id: b',
      'title: B',
      'hours: 4',
      '- id: c',
      '  title: C',
      '  hours: 1',
    );
    expect(said(flush).map((s) => `${s.at} ${s.en}`)).toEqual([
      '7:1 line 7: a "- " is probably missing, to start a new list item; write "- id: b"',
    ]);
  });

  it('names the first item of a list when it alone is out of line', () => {
    const text = programme(
      '    topics:',
      '       - kinh tế thị trường', //                              12
      '      - hội nhập quốc tế',
      '      - quản lý tài chính công',
    );
    expect(said(text).map((s) => `${s.at} ${s.en}`)).toEqual([
      '12:8 line 12: indented 7 spaces, its sibling list items 6; indent "- " by 6 spaces',
    ]);
  });

  it('names a module whose "- " is one space off, not the keys under it', () => {
    const text = programme(' - id: ky-nang', '    title: Kỹ năng', '    hours: 12');
    expect(said(text).map((s) => `${s.at} ${s.vi}`)).toEqual([
      '11:2 dòng 11: thụt lề 1 dấu cách, các mục cùng cấp của danh sách thụt 2; hãy thụt "- " đúng 2 dấu cách',
    ]);
  });

  it('finds a "- " missing before a topic, and before the first module', () => {
    const topics = programme(
      '    topics:',
      '      - kinh tế thị trường',
      '      hội nhập quốc tế', //                                  13
      '      - quản lý tài chính công',
    );
    expect(said(topics).map((s) => `${s.at} ${s.en}`)).toEqual([
      '13:7 line 13: a "- " is probably missing, to start a new list item; write "      - hội nhập quốc tế"',
    ]);
    const first = lines(
      'kind: programme',
      'id: p',
      'modules:',
      '    id: a',
      '    title: A',
      '    hours: 8',
      '  - id: b',
      '    title: B',
      '    hours: 4',
    );
    expect(said(first).map((s) => `${s.at} ${s.en}`)).toEqual([
      '4:5 line 4: a "- " is probably missing, to start a new list item; write "  - id: a"',
    ]);
  });

  it('names the first key of the file indented, not every token after it', () => {
    expect(said(lines(' kind: programme', 'id: p', 'title: T', 'modules: []'))).toEqual([
      {
        at: '1:2',
        vi: 'dòng 1: thụt lề 1 dấu cách, các khóa cùng cấp không thụt lề; hãy bỏ thụt lề trước "kind:"',
        en: 'line 1: indented 1 space, its sibling keys are not indented; remove the indentation before "kind:"',
      },
    ]);
  });

  it('looks past a comment the parser puts the error on, and into no block of text', () => {
    const commented = programme('    # điều kiện tiên quyết', '     requires: [a]');
    expect(said(commented).map((s) => `${s.at} ${s.en}`)).toEqual([
      '12:6 line 12: indented 5 spaces, its sibling keys 4; indent "requires:" by 4 spaces',
    ]);
    // A line of a folded text is text, even with a colon: no key to re-indent is named.
    const folded = lines(
      'kind: programme',
      'source: >-',
      '   Bản sao minh họa của chương trình,',
      '  lưu giữ: viết lại chính tả cũ',
      'id: p',
    );
    expect(said(folded).map((s) => s.at)).toEqual(['4:1']);
    expect(said(folded).map((s) => s.en)).not.toContainEqual(
      expect.stringMatching(/indented|probably missing/),
    );
  });

  it('keeps a real duplicate key a duplicate key', () => {
    const text = programme('    hours: 42');
    expect(said(text)).toEqual([
      { at: '11:5', vi: 'khóa "hours" bị lặp lại', en: 'duplicate key "hours"' },
    ]);
  });

  it('says the same in a long programme parsed in pieces, naming the line in the file', () => {
    const modules = Array.from(
      { length: 400 },
      (_, i) =>
        `  - id: m${i}\n    title: Chuyên đề ${i} về quản lý hành chính nhà nước\n    hours: 2\n    topics:\n      - Nội dung ${i} của chuyên đề bồi dưỡng\n`,
    ).join('');
    const text =
      `kind: programme\nid: big\ntitle: Lớn\ntrack: t\nlevel: a\nmodules:\n${modules}`.replace(
        '    hours: 2\n    topics:\n      - Nội dung 300 ',
        '    hours: 2\n     topics:\n      - Nội dung 300 ',
      );
    expect(text.length).toBeGreaterThan(small.split);
    const line = text.slice(0, text.indexOf('     topics:')).split('\n').length;
    expect(said(text, parseInPieces).map((s) => `${s.at} ${s.en}`)).toEqual([
      `${line}:6 line ${line}: indented 5 spaces, its sibling keys 4; indent "topics:" by 4 spaces`,
    ]);
  });

  it('locates an error outside the module list of a long programme on its line', () => {
    const modules = Array.from(
      { length: 400 },
      (_, i) =>
        `  - id: m${i}\n    title: Chuyên đề ${i} về quản lý hành chính nhà nước\n    hours: 2\n`,
    ).join('');
    const text = `kind: programme\nid: big\ntitle: Báo cáo: lớn\nmodules:\n${modules}hours: 1\n`;
    expect(text.length).toBeGreaterThan(small.split);
    expect(said(text, parseInPieces).map((s) => s.at)).toEqual(['3:8']);
  });

  it('says every other parser error in Vietnamese too', () => {
    expect(said('a: [1, 2]]\n')).toEqual([
      {
        at: '1:10',
        vi: 'ký hiệu "]" không đúng chỗ',
        en: 'Unexpected flow-seq-end token in YAML stream: "]"',
      },
    ]);
    expect(said('kind: programme\ntitle: "chưa đóng\nid: x\n')[0]?.vi).toBe(
      'dấu " mở đầu văn bản ở đây nhưng không có dấu đóng',
    );
    expect(said(lines('kind: programme', 'modules:', '  - id: a', '\ttitle: x'))[0]?.vi).toBe(
      'không thụt lề bằng phím Tab; hãy dùng dấu cách',
    );
  });
});
