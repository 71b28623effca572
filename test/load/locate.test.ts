import { describe, expect, it } from 'vitest';
import { formatPath, locate, pointerToPath } from '../../src/load/locate.js';
import type { DataPath, LocationIndex } from '../../src/load/locate.js';
import { makeSource } from '../../src/load/source.js';
import { parseYaml } from '../../src/load/parse.js';
import { indexed, lines } from './support.js';

const programme = lines(
  'kind: programme', //                         1
  'id: p', //                                   2
  'title: Tiểu luận', //                        3
  'satisfies: [llct/so-cap, qlnn/chuyen-vien]', // 4
  'modules:', //                                5
  '  - id: intro', //                           6
  '    title: Introduction', //                 7
  '    hours: 8', //                            8
  '  - id: exam', //                            9
  '    title: Final test', //                   10
  '    hours: 4', //                            11
  '    requires: [intro]', //                   12
);

const where = (index: LocationIndex, path: DataPath, key = false) => {
  const l = locate(index, path, { key });
  return `${l.line}:${l.column}-${l.endLine}:${l.endColumn}`;
};

describe('locate: paths that exist', () => {
  const { where: index } = indexed(programme, 'programmes/p.yaml');

  it('finds a scalar value from its first to its last character', () => {
    expect(locate(index, ['id'])).toEqual({
      file: 'programmes/p.yaml',
      line: 2,
      column: 5,
      endLine: 2,
      endColumn: 6,
    });
    expect(where(index, ['title'])).toBe('3:8-3:17');
  });

  it('follows list indexes into block and flow lists', () => {
    expect(where(index, ['modules', 1, 'hours'])).toBe('11:12-11:13');
    expect(where(index, ['modules', 1, 'requires', 0])).toBe('12:16-12:21');
    expect(where(index, ['satisfies', 1])).toBe('4:26-4:42');
  });

  it('finds a list item at its first key and a flow list at its bracket', () => {
    expect(where(index, ['modules', 1]).split('-')[0]).toBe('9:5');
    expect(where(index, ['satisfies']).split('-')[0]).toBe('4:12');
    expect(where(index, ['modules']).split('-')[0]).toBe('6:3');
  });

  it('finds the document at its first node', () => {
    expect(where(index, []).split('-')[0]).toBe('1:1');
    const { where: commented } = indexed('# a comment\n\nkind: programme\n');
    expect(where(commented, []).split('-')[0]).toBe('3:1');
  });
});

describe('locate: paths that do not exist', () => {
  const { where: index } = indexed(programme);

  it('falls back to the nearest enclosing node that exists', () => {
    expect(where(index, ['modules', 0, 'description']).split('-')[0]).toBe('6:5');
    expect(where(index, ['modules', 1, 'requires', 5]).split('-')[0]).toBe('12:15');
    expect(where(index, ['modules', 7, 'hours']).split('-')[0]).toBe('6:3');
    expect(where(index, ['nothing', 'here']).split('-')[0]).toBe('1:1');
  });

  it('gives 1:1 for a document with nothing in it', () => {
    const result = parseYaml(makeSource('empty.yaml', ''));
    if (!result.ok) throw new Error('an empty file parses');
    expect(locate(result.parsed.locations(), ['kind'])).toEqual({
      file: 'empty.yaml',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
    });
  });
});

describe('locate: key positions', () => {
  const { where: index } = indexed(programme);

  it('with key: true, finds a map entry at its key, spanning the key', () => {
    expect(where(index, ['modules', 0, 'hours'], true)).toBe('8:5-8:10');
    expect(where(index, ['satisfies'], true)).toBe('4:1-4:10');
  });

  it('with key: true, finds a list item (no key) at its value', () => {
    expect(where(index, ['modules', 1, 'requires', 0], true)).toBe('12:16-12:21');
  });

  it('with key: true and a missing key, falls back like a value', () => {
    expect(where(index, ['modules', 0, 'hour'], true).split('-')[0]).toBe('6:5');
  });
});

describe('locate: line ends', () => {
  it('counts lines and columns the same in CRLF text', () => {
    const { where: index } = indexed(programme.replace(/\n/g, '\r\n'));
    expect(where(index, ['modules', 1, 'hours'])).toBe('11:12-11:13');
    expect(where(index, ['modules', 0, 'hours'], true)).toBe('8:5-8:10');
  });
});

describe('pointerToPath', () => {
  it('reads the empty pointer as the document', () => {
    expect(pointerToPath('')).toEqual([]);
  });

  it('splits a pointer into names and list indexes', () => {
    expect(pointerToPath('/modules/0/hours')).toEqual(['modules', 0, 'hours']);
    expect(pointerToPath('/tracks/12/levels/3')).toEqual(['tracks', 12, 'levels', 3]);
  });

  it('unescapes ~1 to / and ~0 to ~, in that order', () => {
    expect(pointerToPath('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
    expect(pointerToPath('/~01')).toEqual(['~1']);
  });

  it('keeps segments that are not canonical integers as names', () => {
    expect(pointerToPath('/01/-1/1e3/0')).toEqual(['01', '-1', '1e3', 0]);
    expect(pointerToPath('/')).toEqual(['']);
  });
});

describe('formatPath', () => {
  it('writes names with dots and indexes in brackets', () => {
    expect(formatPath(['modules', 3, 'hours'])).toBe('modules[3].hours');
    expect(formatPath(['tracks', 0, 'levels', 2])).toBe('tracks[0].levels[2]');
    expect(formatPath(['comparable', 1, 0])).toBe('comparable[1][0]');
  });

  it('writes the document as the empty string', () => {
    expect(formatPath([])).toBe('');
  });

  it('starts with an index when the path does', () => {
    expect(formatPath([0, 'id'])).toBe('[0].id');
  });
});
