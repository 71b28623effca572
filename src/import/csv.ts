import type { Sheet, SheetRow } from './table.js';
import { isBlank } from './table.js';

/**
 * A CSV file (RFC 4180: quoted fields may hold the delimiter, line breaks and doubled quotes)
 * as one sheet, named after the file. UTF-8, with or without a byte order mark; the delimiter
 * is a comma or a semicolon (as Excel writes CSV where the decimal separator is a comma, in
 * Vietnamese settings), whichever the header line holds more of outside quotes.
 */
export function readCsv(text: string, name: string): Sheet {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = delimiterOf(body);
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  // Records, as a spreadsheet numbers its rows: a quoted line break stays within its row.
  let row = 1;
  const endRow = () => {
    cells.push(cell);
    if (!isBlank(cells)) rows.push({ sheet: name, row, cells: cells.map((c) => c.trim()) });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      endRow();
      row++;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return { name, rows };
}

function delimiterOf(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}
