import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as ExcelJsModule from 'exceljs';

/** What the reader uses of exceljs. */
type ExcelJs = Pick<typeof ExcelJsModule, 'Workbook'>;
import type { Sheet, SheetRow } from './table.js';
import { isBlank } from './table.js';

/**
 * Every worksheet of an .xlsx workbook as rows of text, read with exceljs (loaded only here:
 * it is large, and no other command needs it). A merged cell's value is given to every cell it
 * covers, as the officer sees it: a programme's code merged down its modules' rows counts on
 * each of them. Formulas count by their last computed result; dates and rich text by their text.
 */
export async function readXlsx(data: Buffer): Promise<Sheet[]> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  // A copy as an ArrayBuffer: what the zip reader takes, and what its typings ask for.
  await workbook.xlsx.load(new Uint8Array(data).buffer);
  const sheets: Sheet[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: SheetRow[] = [];
    const width = worksheet.columnCount;
    for (let r = 1; r <= worksheet.rowCount; r++) {
      const row = worksheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        // A merged cell reads as its master's value.
        cells.push(textOf(cell.isMerged ? cell.master.value : cell.value));
      }
      if (!isBlank(cells)) rows.push({ sheet: worksheet.name, row: r, cells });
    }
    sheets.push({ name: worksheet.name, rows });
  });
  return sheets;
}

/** A cell's value as the text the officer reads in it. */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return value.richText
        .map((part: unknown) =>
          typeof part === 'object' && part !== null && 'text' in part ? String(part.text) : '',
        )
        .join('')
        .trim();
    if ('result' in value) return textOf(value.result);
    if ('text' in value) return textOf(value.text);
  }
  return '';
}

/**
 * exceljs from its own bundle beside the CLI's (scripts/bundle.mjs), so that no other command
 * compiles it; from the package when run from sources.
 */
async function loadExcelJs(): Promise<ExcelJs> {
  const bundled = new URL('./exceljs.cjs', import.meta.url);
  if (existsSync(bundled)) {
    const required: unknown = createRequire(import.meta.url)(bundled.pathname);
    if (isExcelJs(required)) return required;
  }
  return (await import('exceljs')).default;
}

function isExcelJs(value: unknown): value is ExcelJs {
  return typeof value === 'object' && value !== null && 'Workbook' in value;
}
