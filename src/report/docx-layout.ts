import type { FileChild, IStylesOptions, Paragraph, Table, TableCell } from 'docx';
import type { Docx } from './docx-library.js';
import { visible } from './visible.js';

/*
 * The page of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4, Times New
 * Roman, body text 13–14 pt, margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
 * Lengths are in twips (1/20 pt; 1 mm = 56.69 twips), sizes in half-points, as Word's are.
 */

/** A4, 210 × 297 mm. */
export const pageSize = { width: 11906, height: 16838 } as const;
/** Top and bottom 20 mm, left 30 mm, right 15 mm: the narrowest margins allowed. */
export const pageMargin = { top: 1134, bottom: 1134, left: 1701, right: 850 } as const;
/** What the margins leave for text: 165 mm. */
export const textWidth = pageSize.width - pageMargin.left - pageMargin.right;
export const font = 'Times New Roman';
/** Body text 14 pt; tables 13 pt, the smallest the decree allows for text. */
export const bodySize = 28;
export const tableSize = 26;
/** The first line of a paragraph indented 1 cm; 6 pt between paragraphs, 3 pt to a table. */
const firstLine = 567;
const after = 120;
const around = 60;

/** Text from the catalogue and the data as Word shows it: controls and bidi marks visible. */
export function docText(text: string): string {
  // XML 1.0 allows neither a lone surrogate nor U+FFFE and U+FFFF: shown as escapes too.
  return visible(text).replace(
    /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

/** The document's styles: Times New Roman everywhere, black headings of the body's size. */
export function documentStyles(language: string): IStylesOptions {
  const heading = (id: string, name: string) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font, size: bodySize, bold: true, color: '000000' },
    paragraph: { spacing: { before: 240, after }, keepNext: true },
  });
  return {
    default: {
      document: {
        run: { font, size: bodySize, language: { value: language } },
        // 1.15 lines: the decree allows single to 1.5.
        paragraph: { spacing: { line: 276 } },
      },
    },
    paragraphStyles: [heading('Heading1', 'heading 1'), heading('Heading2', 'heading 2')],
  };
}

/** How a piece of text is set. */
export interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly underline?: boolean;
  /** Half-points. */
  readonly size?: number;
}

/** One paragraph's text and setting. */
export interface Para extends RunStyle {
  readonly text: string;
  readonly align?: 'left' | 'center' | 'right' | 'both';
  /** A body paragraph: justified, its first line indented, 6 pt after. */
  readonly body?: boolean;
  /** Space after, in twips, when not a body paragraph. */
  readonly after?: number;
  readonly heading?: 1 | 2;
  /** Line spacing in 240ths of a line, where not the document's 1.15 (tables: single). */
  readonly line?: number;
  readonly keepNext?: boolean;
  /** In a `frame`: a short rule under the line above, a third of the cell wide. */
  readonly rule?: boolean;
}

/** Paragraphs, tables and rules made with the `docx` package. */
export class Layout {
  constructor(readonly d: Docx) {}

  paragraph(p: Para): Paragraph {
    const { d } = this;
    const align = {
      left: d.AlignmentType.LEFT,
      center: d.AlignmentType.CENTER,
      right: d.AlignmentType.RIGHT,
      both: d.AlignmentType.JUSTIFIED,
    }[p.align ?? (p.body ? 'both' : 'left')];
    return new d.Paragraph({
      alignment: align,
      ...(p.heading
        ? { heading: p.heading === 1 ? d.HeadingLevel.HEADING_1 : d.HeadingLevel.HEADING_2 }
        : {}),
      ...(p.body ? { indent: { firstLine } } : {}),
      spacing: {
        ...(p.body ? { before: around } : {}),
        after: p.after ?? (p.body ? around : 0),
        ...(p.line ? { line: p.line } : {}),
      },
      ...(p.keepNext ? { keepNext: true } : {}),
      children: p.text === '' ? [] : [this.run(p.text, p)],
    });
  }

  run(text: string, style: RunStyle) {
    return new this.d.TextRun({
      text: docText(text),
      ...(style.bold ? { bold: true } : {}),
      ...(style.italics ? { italics: true } : {}),
      ...(style.underline ? { underline: { type: this.d.UnderlineType.SINGLE } } : {}),
      ...(style.size ? { size: style.size } : {}),
    });
  }

  /** A body paragraph of the report. */
  body(text: string, style: RunStyle = {}): Paragraph {
    return this.paragraph({ text, body: true, ...style });
  }

  /** A short centred line under a heading, `width` twips long, of a cell or page `within`. */
  rule(width: number, within: number): Paragraph {
    const { d } = this;
    const side = Math.max(0, Math.round((within - width) / 2));
    return new d.Paragraph({
      indent: { left: side, right: side },
      border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      spacing: { after: 120, line: 120, lineRule: d.LineRuleType.EXACT },
      run: { size: 4 },
      children: [],
    });
  }

  /**
   * A table of the report: a header row of column titles, repeated on every page, bold and
   * centred; then the rows, each cell one or more paragraphs, numbers on the right.
   */
  table(columns: readonly Column[], rows: readonly (readonly Cell[])[]): Table {
    const { d } = this;
    const header = new d.TableRow({
      tableHeader: true,
      cantSplit: true,
      children: columns.map((c) =>
        this.cell(c, [c.title], { bold: true, align: 'center', size: tableSize, line: 240 }),
      ),
    });
    const body = rows.map(
      (row) =>
        new d.TableRow({
          children: columns.map((c, i) =>
            this.cell(c, lines(row[i] ?? ''), {
              align: c.align ?? 'left',
              size: tableSize,
              line: 240,
            }),
          ),
        }),
    );
    return new d.Table({
      width: { size: sum(columns.map((c) => c.width)), type: d.WidthType.DXA },
      columnWidths: columns.map((c) => c.width),
      layout: d.TableLayoutType.FIXED,
      rows: [header, ...body],
    });
  }

  /** Two columns side by side without borders: the heading of the page, the signature. */
  frame(widths: readonly number[], rows: readonly (readonly (readonly Para[])[])[]): Table {
    const { d } = this;
    const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const borders = {
      top: none,
      bottom: none,
      left: none,
      right: none,
      insideHorizontal: none,
      insideVertical: none,
    };
    return new d.Table({
      width: { size: sum(widths), type: d.WidthType.DXA },
      columnWidths: [...widths],
      layout: d.TableLayoutType.FIXED,
      borders,
      rows: rows.map(
        (row) =>
          new d.TableRow({
            children: widths.map(
              (width, i) =>
                new d.TableCell({
                  width: { size: width, type: d.WidthType.DXA },
                  margins: { left: 0, right: 0, top: 0, bottom: 0 },
                  borders,
                  children: (row[i] ?? []).map((p) =>
                    p.rule ? this.rule(width / 3, width) : this.paragraph(p),
                  ),
                }),
            ),
          }),
      ),
    });
  }

  private cell(column: Column, text: readonly string[], p: Omit<Para, 'text'>): TableCell {
    const { d } = this;
    return new d.TableCell({
      width: { size: column.width, type: d.WidthType.DXA },
      margins: { left: 70, right: 70, top: 30, bottom: 30 },
      children: text.map((t) => this.paragraph({ ...p, text: t })),
    });
  }
}

/** A column of a table: its title, its width in twips, how its cells align. */
export interface Column {
  readonly title: string;
  readonly width: number;
  readonly align?: 'left' | 'right' | 'center';
}

/** A cell's text: one paragraph, or several. */
export type Cell = string | readonly string[];

/** In a `frame`: a short rule under the line above it. */
export const ruleLine: Para = { text: '', rule: true };

const lines = (cell: Cell): readonly string[] => (typeof cell === 'string' ? [cell] : cell);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** What a document's body holds: paragraphs and tables. */
export type Block = FileChild;
