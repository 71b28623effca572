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
});
