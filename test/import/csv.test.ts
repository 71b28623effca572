import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/import/csv.js';

describe('readCsv', () => {
  it('reads commas or semicolons, a byte order mark, quotes and CRLF', () => {
    const sheet = readCsv('\uFEFFa;b;c\r\n1;"x; y";"say ""hi"""\r\n', 'ds.csv');
    expect(sheet.rows).toEqual([
      { sheet: 'ds.csv', row: 1, cells: ['a', 'b', 'c'] },
      { sheet: 'ds.csv', row: 2, cells: ['1', 'x; y', 'say "hi"'] },
    ]);
    expect(readCsv('a,b\n1,2', 'x').rows[1]?.cells).toEqual(['1', '2']);
  });

  it('numbers rows as a spreadsheet does: a quoted line break is one row, blank rows count', () => {
    const sheet = readCsv('h1,h2\n"two\nlines",x\n,\n\nlast,y\n', 's');
    expect(sheet.rows.map((r) => [r.row, r.cells[0]])).toEqual([
      [1, 'h1'],
      [2, 'two\nlines'],
      [5, 'last'],
    ]);
  });
});
