import type { NounId } from '../messages/words.js';
import { htmlText } from './html-escape.js';
import type { Text } from './text.js';

/** A column: its heading (plain text) and its class (`n` for numbers, right-aligned). */
export type HtmlColumn = readonly [heading: string, className: '' | 'n'];

/** A row: its cells (HTML, escaped by the caller) and the attributes of its `<tr>`. */
export interface HtmlRow {
  readonly cells: readonly string[];
  readonly attributes?: string;
}

/** A table in a scrolling frame (a narrow screen scrolls it, never the page). */
export function htmlTable(
  className: string,
  columns: readonly HtmlColumn[],
  rows: readonly HtmlRow[],
): string {
  const cls = (c: string) => (c === '' ? '' : ` class="${c}"`);
  const head = columns.map(([h, c]) => `<th${cls(c)} scope="col">${htmlText(h)}</th>`).join('');
  const body = rows
    .map((row) => {
      // The heading again, for a narrow screen, where each row is a card (html-page.ts).
      const cells = row.cells.map((cell, i) => {
        const [heading = '', c = ''] = columns[i] ?? [];
        return `<td${cls(c)} data-label="${htmlText(heading)}">${cell}</td>`;
      });
      return `<tr${row.attributes ? ` ${row.attributes}` : ''}>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<div class="scroll"><table class="${className}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>\n`;
}

/** The line under a capped list: how many more, and where they all are. */
export function htmlMore(t: Text, more: number, noun: NounId): string {
  return more > 0 ? `<p class="muted">${htmlText(t('report.more', { n: more, noun }))}</p>\n` : '';
}

/** Shown by the script when the filters hide every item of a section. */
export function nothingNote(t: Text): string {
  return `<p class="nothing" hidden>${htmlText(t('report.html.filter.nothing'))}</p>\n`;
}
