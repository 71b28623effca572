import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, renderTable, wrapText } from '../../src/report/table.js';

describe('renderTable', () => {
  it('draws every line at the same width, whatever the text', () => {
    const table = renderTable(
      [
        [
          [
            { text: 'trung-cap-llct-hc/duy-vat-bien-chung-lich-su' },
            { text: 'Chủ nghĩa duy vật biện chứng và chủ nghĩa duy vật lịch sử' },
          ],
          'llct / trung-cap',
          '90',
          '0.45',
        ],
        ['a', 'b'.normalize('NFD'), '1', '—'],
      ],
      {
        head: ['Module', 'Track / level', 'Hours', 'Score'],
        widths: [30, 16, 5, 5],
        align: ['left', 'left', 'right', 'right'],
      },
    );
    const widths = new Set(table.split('\n').map(displayWidth));
    expect(widths).toEqual(new Set([30 + 16 + 5 + 5 + 4 * 2 + 5]));
    expect(table).toContain('│    90 │  0.45 │');
  });

  it('keeps colours out of the width', () => {
    const red = (s: string) => `\u001b[31m${s}\u001b[39m`;
    const table = renderTable([[[{ text: 'xx', style: red }]]], { head: ['H'], widths: [4] });
    expect(table.split('\n')[3]).toBe(`│ ${red('xx')}   │`);
  });

  it('lines up wide characters and NFD text', () => {
    const table = renderTable(
      [
        ['中华人民共和国宪法', '👍🏽'],
        ['Việt Nam'.normalize('NFD'), '한'],
      ],
      { head: ['Tên', 'OK'], widths: [6, 2] },
    );
    expect(new Set(table.split('\n').map(displayWidth))).toEqual(new Set([6 + 2 + 2 * 2 + 3]));
    expect(table.split('\n').slice(3, 6)).toEqual([
      '│ 中华人 │ 👍🏽 │',
      '│ 民共和 │    │',
      '│ 国宪法 │    │',
    ]);
    expect(table.normalize('NFC')).toContain('│ Việt   │ 한 │');
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries and breaks long identifiers after a dash or slash', () => {
    expect(wrapText('Chủ nghĩa xã hội khoa học', 12)).toEqual(['Chủ nghĩa xã', 'hội khoa học']);
    expect(wrapText('cao-cap-llct/chu-nghia-xa-hoi', 14)).toEqual([
      'cao-cap-llct/',
      'chu-nghia-xa-',
      'hoi',
    ]);
  });
  it('keeps a spaced dash with the word before it', () => {
    // Without the rule the first line would be "Kinh tế chính trị Mác" and the second "– Lênin".
    expect(wrapText('Kinh tế chính trị Mác – Lênin', 22)).toEqual([
      'Kinh tế chính trị',
      'Mác – Lênin',
    ]);
    expect(wrapText('Mác – Lênin', 5)).toEqual(['Mác –', 'Lênin']);
  });
  it('counts Vietnamese letters, precomposed or not, as one column', () => {
    expect(displayWidth('Quản lý')).toBe(7);
    expect(displayWidth('Quản lý'.normalize('NFD'))).toBe(7);
  });

  it('never splits a letter from its marks when it breaks a long NFD word', () => {
    // "ệ" is e + U+0323 + U+0302 in NFD. Cut by code points, "Việt" at 3 columns gave "Vie"
    // and a line starting with the two lone marks, and the identifier below broke as
    // "nghiệ" / "p-vụ-": NFD now wraps as NFC does.
    const nfd = (s: string) => s.normalize('NFD');
    expect(wrapText(nfd('Việt'), 3)).toEqual([nfd('Việ'), 't']);
    const nfc = 'boi-duong-nghiệp-vụ-quản-lý-nhà-nước';
    const id = nfd(nfc);
    const lines = wrapText(id, 7);
    expect(lines.map((l) => l.normalize('NFC'))).toEqual(wrapText(nfc, 7));
    expect(wrapText(nfc, 7)).toEqual([
      'boi-',
      'duong-',
      'nghiệp-',
      'vụ-quản',
      '-lý-',
      'nhà-',
      'nước',
    ]);
    for (const line of lines) {
      expect(line).not.toMatch(/^\p{M}/u);
      expect(displayWidth(line)).toBeLessThanOrEqual(7);
    }
    expect(lines.join('')).toBe(id);
  });

  it('breaks CJK text by columns, not by characters', () => {
    expect(wrapText('中华人民共和国宪法', 6)).toEqual(['中华人', '民共和', '国宪法']);
    expect(wrapText('中华人民共和国宪法', 5)).toEqual(['中华', '人民', '共和', '国宪', '法']);
    expect(wrapText('Luật 中华人民', 7)).toEqual(['Luật', '中华人', '民']);
    expect(wrapText('👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', 4)).toEqual(['👨‍👩‍👧👨‍👩‍👧', '👨‍👩‍👧']);
  });

  it('gives a grapheme wider than the width a line of its own, and never loops', () => {
    expect(wrapText('a中b', 1)).toEqual(['a', '中', 'b']);
    expect(wrapText('abc', 0)).toEqual(['a', 'b', 'c']);
  });

  it('ends no line and starts none with the space of a kept dash', () => {
    expect(wrapText('Mác –', 4)).toEqual(['Mác', '–']);
    expect(wrapText('abcd –', 4)).toEqual(['abcd', '–']);
  });

  /**
   * What the wrapper guarantees, for any text and any width of 2 columns or more (every
   * grapheme fits): each line is at most `width` columns, is not empty and neither starts nor
   * ends with whitespace (one line, empty, when the text has no word); the lines, each joined
   * to the next by one space or by nothing (where a word was broken), give back the text with
   * its whitespace runs made single spaces and trimmed; and a word is broken only between
   * graphemes.
   */
  describe('invariants', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const piece = fc.oneof(
      fc.constantFrom(
        ' ',
        '  ',
        '\t',
        '\n',
        ' – ',
        '-',
        '/',
        'a',
        'Z',
        'quản',
        nfd('nghiệp'),
        nfd('ệ'),
        nfd('Đặng'),
        '\u0301',
        '中',
        '华人',
        '한국',
        'Ａ',
        'ｱ',
        '👍',
        '👍🏽',
        '👨‍👩‍👧',
        '🇻🇳',
        '❤️',
        '1️⃣',
        '\u200b',
        '\u200d',
        '\u00ad',
      ),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
      fc.string({ unit: 'binary', maxLength: 2 }),
    );
    const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
    const colours = fc.constantFrom('\u001b[31m', '\u001b[39m', '\u001b[1;4m');
    const coloured = fc
      .array(fc.oneof(piece, colours), { maxLength: 30 })
      .map((pieces) => pieces.join(''));
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

    /** The offsets in `normalized` where one line ends and the next begins without a space. */
    function reassemble(lines: string[], normalized: string): number[] {
      const cuts: number[] = [];
      let at = 0;
      lines.forEach((line, i) => {
        expect(normalized.startsWith(line, at)).toBe(true);
        at += line.length;
        if (i === lines.length - 1) return;
        if (normalized[at] === ' ') at++;
        else cuts.push(at);
      });
      expect(at).toBe(normalized.length);
      return cuts;
    }

    const check = (input: string, width: number) => {
      const lines = wrapText(input, width);
      const words = input.split(/\s+/).filter(Boolean);
      if (words.length === 0) {
        expect(lines).toEqual(['']);
        return [];
      }
      for (const line of lines) {
        expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(line).not.toBe('');
        expect(line).not.toMatch(/^\s|\s$/);
      }
      return reassemble(lines, words.join(' '));
    };

    it('fits every line in the width and gives back the text', () => {
      fc.assert(
        fc.property(coloured, fc.integer({ min: 2, max: 30 }), (input, width) => {
          check(input, width);
        }),
        { numRuns: 500 },
      );
    });

    it('breaks a word between graphemes only', () => {
      fc.assert(
        fc.property(text, fc.integer({ min: 2, max: 12 }), (input, width) => {
          const normalized = input.split(/\s+/).filter(Boolean).join(' ');
          const cuts = check(input, width);
          const boundaries = new Set([...segmenter.segment(normalized)].map((s) => s.index));
          for (const cut of cuts) expect(boundaries.has(cut)).toBe(true);
        }),
        { numRuns: 500 },
      );
    });
  });
});
