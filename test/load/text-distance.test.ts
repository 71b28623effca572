import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/load/text-distance.js';

describe('editDistance', () => {
  const cases: Array<[string, string, number]> = [
    ['', '', 0],
    ['title', 'title', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['hour', 'hours', 1], // insertion
    ['hours', 'hour', 1], // deletion
    ['titel', 'title', 1], // adjacent transposition
    ['lesson', 'lessen', 1], // substitution
    ['fieldwrok', 'fieldwork', 1],
    ['kitten', 'sitting', 3],
    ['ab', 'ba', 1],
    ['abcd', 'badc', 2],
    ['ca', 'abc', 3], // optimal string alignment: no edit of a transposed pair
    ['quản lý', 'quan ly', 2],
  ];
  for (const [a, b, d] of cases) {
    it(`"${a}" → "${b}" is ${d}`, () => {
      expect(editDistance(a, b)).toBe(d);
    });
  }

  it('is symmetric, zero only for equal strings, and at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        return (
          d === editDistance(b, a) &&
          (d === 0) === (a === b) &&
          d <= Math.max(a.length, b.length) &&
          d >= Math.abs(a.length - b.length)
        );
      }),
    );
  });
});

describe('closest', () => {
  it('finds a likely typo', () => {
    expect(closest('titel', ['id', 'title', 'hours'])).toBe('title');
    expect(closest('hour', ['id', 'title', 'hours'])).toBe('hours');
    expect(closest('admn', ['admin', 'pol'])).toBe('admin');
  });

  it('allows one edit per three characters, and always at least one', () => {
    expect(closest('ab', ['ac'])).toBe('ac'); // 1 edit on 2 characters
    expect(closest('ab', ['cd'])).toBeUndefined(); // 2 edits
    expect(closest('abcdef', ['abcxyf'])).toBe('abcxyf'); // 2 edits on 6 characters
    expect(closest('abcdef', ['axcxyf'])).toBeUndefined(); // 3 edits on 6 characters
  });

  it('gives nothing when no candidate is close, or there are none', () => {
    expect(closest('zzz', ['id', 'title', 'hours'])).toBeUndefined();
    expect(closest('title', [])).toBeUndefined();
  });

  it('prefers the nearest candidate, then the first in code-unit order', () => {
    expect(closest('lesson', ['lessen', 'lesson'])).toBe('lesson');
    expect(closest('cat', ['hat', 'bat', 'cut'])).toBe('bat');
    expect(closest('cat', ['cut', 'bat', 'hat'])).toBe('bat');
  });

  it('takes any iterable, such as map keys', () => {
    const m = new Map([
      ['pol/high', 1],
      ['pol/low', 2],
    ]);
    expect(closest('pol/hihg', m.keys())).toBe('pol/high');
  });
});
