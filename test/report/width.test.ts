import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cuttable, displayWidth } from '../../src/report/width.js';

describe('displayWidth', () => {
  it('counts a Vietnamese letter as one column, precomposed or not', () => {
    // "ệ" in NFD is three code points: e, U+0323 (dot below), U+0302 (circumflex).
    expect([...'ệ'.normalize('NFD')]).toHaveLength(3);
    expect(displayWidth('ệ'.normalize('NFD'))).toBe(1);
    expect(displayWidth('Nghiệp vụ'.normalize('NFD'))).toBe(9);
    expect(displayWidth('Nghiệp vụ')).toBe(9);
  });

  it('counts CJK, Hangul and fullwidth forms as two columns', () => {
    expect(displayWidth('中文')).toBe(4);
    expect(displayWidth('日本語のテキスト')).toBe(16);
    expect(displayWidth('한국어')).toBe(6);
    expect(displayWidth('\u1100\u1161\u11a8')).toBe(2); // 각 from conjoining jamo
    expect(displayWidth('ＡＢ１')).toBe(6);
    expect(displayWidth('、。')).toBe(4);
    expect(displayWidth('𠀋')).toBe(2); // outside the BMP: one grapheme, two UTF-16 units
    // Halfwidth katakana stay narrow.
    expect(displayWidth('ｱｲ')).toBe(2);
  });

  it('counts an emoji as two columns, modifiers, joiners and flags included', () => {
    expect(displayWidth('👍')).toBe(2);
    expect(displayWidth('👍🏽')).toBe(2);
    expect(displayWidth('👨‍👩‍👧')).toBe(2);
    expect(displayWidth('🇻🇳')).toBe(2);
    expect(displayWidth('⭐')).toBe(2);
    // A text-style symbol is one column; VS16 makes it an emoji.
    expect(displayWidth('❤')).toBe(1);
    expect(displayWidth('❤️')).toBe(2);
    expect(displayWidth('1️⃣')).toBe(2);
    expect(displayWidth('★')).toBe(1);
  });

  it('gives no column to marks, joiners, format characters and colours', () => {
    expect(displayWidth('\u0301')).toBe(0);
    expect(displayWidth('a\u200bb')).toBe(2);
    expect(displayWidth('\u200d\u2060\ufeff\u00ad')).toBe(0);
    expect(displayWidth('\u001b[31mđỏ\u001b[39m')).toBe(2);
    expect(displayWidth('\u001b[1;38;5;208m中\u001b[0m')).toBe(2);
    expect(displayWidth('\u001b]8;;https://example.org\u0007link\u001b]8;;\u0007')).toBe(4);
  });

  it('measures Latin text on its fast path as the segmenter does', () => {
    // Each of these characters is one column or a combining mark. U+00AD, a format character
    // of no width, sends the same text down the segmenting path.
    const latin = fc.constantFrom(
      ...'aZ09 ~-/\t·×°€₫–—…“”‘’→≤√╭─┼█■★ÀđĐơƯưệọ', // a mix of the fast ranges
      '\u0300',
      '\u0301',
      '\u0303',
      '\u0309',
      '\u0323',
      '\u0302',
      '\u0306',
      '\u031b',
      'Ωж\u0483',
    );
    fc.assert(
      fc.property(fc.array(latin, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(displayWidth(text)).toBe(displayWidth(`\u00ad${text}`));
      }),
    );
  });
});

describe('cuttable', () => {
  it('cuts NFD text between graphemes only', () => {
    const { pieces, widths } = cuttable('Việt'.normalize('NFD'));
    expect(pieces).toEqual(['V', 'i', 'ệ'.normalize('NFD'), 't']);
    expect(widths).toEqual([1, 1, 1, 1]);
  });

  it('keeps an escape sequence whole, of no width', () => {
    expect(cuttable('\u001b[31m中a\u001b[39m')).toEqual({
      pieces: ['\u001b[31m', '中', 'a', '\u001b[39m'],
      widths: [0, 2, 1, 0],
    });
  });
});
