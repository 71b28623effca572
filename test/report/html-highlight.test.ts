import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlText } from '../../src/report/html-escape.js';
import { highlighted } from '../../src/report/html-highlight.js';

/** The text of some HTML, tags dropped and the five entities read back. */
const textOf = (html: string) =>
  html
    .replace(/<\/?mark>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('highlighted', () => {
  it('marks a phrase whatever its spelling: tone placement, i/y, case, Unicode form', () => {
    expect(highlighted('Thời kì quá độ lên CNXH', ['thời kỳ quá độ'])).toBe(
      '<mark>Thời kì quá độ</mark> lên CNXH',
    );
    expect(highlighted('QUẢN LÝ NHÀ NƯỚC', ['quản lí nhà nước'])).toBe(
      '<mark>QUẢN LÝ NHÀ NƯỚC</mark>',
    );
    const nfd = 'hòa bình'.normalize('NFD');
    expect(highlighted(nfd, ['hoà bình'])).toBe(`<mark>${nfd}</mark>`);
  });

  it('marks whole words only, and every occurrence', () => {
    expect(highlighted('dân chủ, dân chủ hóa', ['dân chủ'])).toBe(
      '<mark>dân chủ</mark>, <mark>dân chủ</mark> hóa',
    );
    expect(highlighted('nhân dân', ['dân chủ'])).toBe('nhân dân');
    expect(highlighted('quan hệ', ['quan'])).toBe('<mark>quan</mark> hệ');
    expect(highlighted('quản lý', ['quan'])).toBe('quản lý');
  });

  it('joins overlapping phrases into one mark', () => {
    expect(highlighted('a b c d', ['a b c', 'b c d'])).toBe('<mark>a b c</mark><mark> d</mark>');
  });

  it('escapes what is not marked and what is', () => {
    expect(highlighted('<b>x</b> & "y"', ['x'])).toBe(
      '&lt;b&gt;<mark>x</mark>&lt;/b&gt; &amp; &quot;y&quot;',
    );
  });

  it('only adds marks: the text read back is the escaped text (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 4 }), (text, phrases) => {
        const out = highlighted(text, phrases);
        expect(out).not.toMatch(/<(?!\/?mark>)/);
        expect(textOf(out)).toBe(textOf(htmlText(text)));
      }),
    );
  });
});
