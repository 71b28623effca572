import { describe, expect, it } from 'vitest';
import { visible, visibleLines } from '../../src/report/visible.js';

describe('visible', () => {
  it('escapes controls, separators and every format character, keeping tab and letters', () => {
    expect(visible('a\u001b[31mb\tc')).toBe('a\\u001b[31mb\tc');
    expect(visible('x\u2028y\u2029z')).toBe('x\\u2028y\\u2029z');
    expect(visible('Qu\u200bản l\u00adý\u2060 \u061c\u202e\ufeff')).toBe(
      'Qu\\u200bản l\\u00adý\\u2060 \\u061c\\u202e\\ufeff',
    );
    expect(visible('tag\u{e0041}')).toBe('tag\\u{e0041}');
    expect(visible('Kinh tế chính trị Mác – Lênin')).toBe('Kinh tế chính trị Mác – Lênin');
  });

  it('keeps line feeds in text of several lines', () => {
    expect(visibleLines('a\u200b\nb\r')).toBe('a\\u200b\nb\\u000d');
  });
});
