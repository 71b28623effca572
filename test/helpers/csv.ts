import { expect } from 'vitest';

/** RFC 4180 read back: rows of fields (quoted fields may hold commas, quotes and line ends). */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv.charAt(i);
    const next = csv.charAt(i + 1);
    if (quoted) {
      if (c === '"' && next === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && next === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(quoted, 'an unclosed quote').toBe(false);
  expect(cell === '' && row.length === 0, 'the last row ends with CRLF').toBe(true);
  return rows;
}
