/**
 * A box-drawn table for the console reporter. We measured cli-table3 at 150 ms to render the
 * 25 small tables of examples/vn-cadre (string-width and an emoji regex run per character),
 * a third of the whole run, where this renderer takes a few milliseconds. It knows what our
 * text needs: Latin and Vietnamese (combining marks take no column), wide characters (CJK,
 * emoji), ANSI colours, word wrap with hard breaks for long identifiers that never split a
 * grapheme. Widths and graphemes are width.ts's; Latin text takes its fast path there.
 */
import { cuttable, displayWidth } from './width.js';

export { displayWidth };

export interface TableLine {
  readonly text: string;
  /** Applied to each wrapped piece of the line (colours), after widths are measured. */
  readonly style?: (s: string) => string;
}
export type TableCell = string | readonly TableLine[];

export interface TableOptions {
  readonly head: readonly string[];
  /** Content width of each column, without padding and borders. */
  readonly widths: readonly number[];
  readonly align?: readonly ('left' | 'right')[];
  readonly headStyle?: (s: string) => string;
  readonly borderStyle?: (s: string) => string;
}

export function renderTable(
  rows: readonly (readonly TableCell[])[],
  options: TableOptions,
): string {
  const border = options.borderStyle ?? ((s: string) => s);
  const line = (left: string, mid: string, right: string) =>
    border(left + options.widths.map((w) => '─'.repeat(w + 2)).join(mid) + right);
  const out = [line('┌', '┬', '┐')];
  const render = (cells: readonly TableCell[], headStyle?: (s: string) => string) => {
    // The widths are the columns: a row has one cell for each.
    const columns = options.widths.map((width, c) => ({
      width,
      lines: wrapCell(cells[c] ?? '', width, headStyle),
    }));
    const height = Math.max(...columns.map((column) => column.lines.length));
    for (let r = 0; r < height; r++) {
      const parts = columns.map(({ width, lines }, c) => {
        const piece = lines[r] ?? { text: '', style: undefined };
        const pad = ' '.repeat(Math.max(0, width - displayWidth(piece.text)));
        const styled = piece.style ? piece.style(piece.text) : piece.text;
        return options.align?.[c] === 'right' ? pad + styled : styled + pad;
      });
      out.push(border('│') + parts.map((p) => ` ${p} `).join(border('│')) + border('│'));
    }
  };
  render(options.head, options.headStyle);
  rows.forEach((row) => {
    out.push(line('├', '┼', '┤'));
    render(row);
  });
  out.push(line('└', '┴', '┘'));
  return out.join('\n');
}

function wrapCell(cell: TableCell, width: number, style?: (s: string) => string): TableLine[] {
  const lines: readonly TableLine[] =
    typeof cell === 'string'
      ? cell.split('\n').map((text) => ({ text, ...(style ? { style } : {}) }))
      : cell;
  return lines.flatMap((l) =>
    wrapText(l.text, width).map((text) => ({ text, ...(l.style ? { style: l.style } : {}) })),
  );
}

/**
 * Greedy word wrap; a word longer than the width breaks after `/` or `-`, else anywhere but
 * inside a grapheme. A spaced dash stays with the word before it: a line never starts with
 * "– Lênin". Lines are at most `width` columns, but for a grapheme wider than the width,
 * which takes a line of its own.
 */
export function wrapText(text: string, width: number): string[] {
  width = Math.max(1, width);
  const out: string[] = [];
  let current = '';
  const words: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (/^\p{Pd}$/u.test(word) && words.length > 0) words[words.length - 1] += ` ${word}`;
    else words.push(word);
  }
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (displayWidth(candidate) <= width) {
      current = candidate;
      continue;
    }
    if (current) out.push(current);
    current = '';
    // Cut into graphemes once: a very long word costs its length, not length² / width.
    const { pieces, widths } = cuttable(word);
    let remaining = widths.reduce((a, b) => a + b, 0);
    let from = 0;
    while (remaining > width && from < pieces.length) {
      // The most graphemes that fit (one at least), or fewer, ending in `/` or `-`, when
      // those fill more than half the line and leave a column free.
      let [cut, used] = [from, 0];
      let [dash, dashUsed] = [-1, 0];
      while (cut < pieces.length && used + (widths[cut] ?? 0) <= width) {
        used += widths[cut] ?? 0;
        cut++;
        if (
          used > width / 2 &&
          used < width &&
          (pieces[cut - 1] === '-' || pieces[cut - 1] === '/')
        )
          [dash, dashUsed] = [cut, used];
      }
      if (dash > 0) [cut, used] = [dash, dashUsed];
      else if (cut === from) used = widths[cut++] ?? 0;
      // The space of a kept dash ("Mác –") neither ends a line nor starts one.
      out.push(pieces.slice(from, cut).join('').trimEnd());
      remaining -= used;
      from = cut;
      if (pieces[from] === ' ') [from, remaining] = [from + 1, remaining - 1];
    }
    current = pieces.slice(from).join('');
  }
  if (current || out.length === 0) out.push(current);
  return out;
}
