/**
 * A spreadsheet as rows of text, whatever it was read from: each row with the sheet it is on
 * and the number the spreadsheet shows for it (the header is row 1), so that a problem can be
 * named where the officer will look for it.
 */
export interface SheetRow {
  readonly sheet: string;
  /** 1-based, as the spreadsheet shows it. */
  readonly row: number;
  /** Cell texts, trimmed; '' for an empty cell. */
  readonly cells: readonly string[];
}

export interface Sheet {
  readonly name: string;
  /** The first non-blank row is the header. Blank rows (spacers) are left out. */
  readonly rows: readonly SheetRow[];
}

/** Whether a row holds nothing but blanks: a spacer row, as Word-to-Excel tables have them. */
export function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}
