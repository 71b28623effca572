import type { Programme, Track } from '../model/catalog.js';
import { compareStrings } from '../model/order.js';
import type { HtmlContext } from './html-context.js';
import { htmlText } from './html-escape.js';
import { maxProgrammesPerLevel } from './markdown-mermaid.js';

// The drawing's measures, in SVG units (pixels at 100 %).
const columnWidth = 230;
const columnGap = 36;
const lineHeight = 15;
const maxLines = 3;
const boxPadding = 8;
const indent = 22;
const rowGap = 10;

/** One box of a column below its level: a programme, or a count of the programmes not drawn. */
interface Item {
  readonly lines: readonly string[];
  /** Solid: teaches the level; dashed: its certificate counts for it. */
  readonly dashed: boolean;
  readonly kind: 'programme' | 'more' | 'copies';
  readonly programme?: Programme;
}

/**
 * The hierarchy of one track as an SVG drawing: its levels left to right, lowest first,
 * joined by arrows; under each level the national programmes that teach it (solid line) or
 * whose certificate counts for it (dashed), then the providers' copies counted; a dashed
 * line from a programme to any other level of the track its certificate counts for; a level
 * nothing reaches framed in red. Every label is escaped; ids in the drawing are made here.
 */
export function trackDrawing(ctx: HtmlContext, track: Track, n: number): string {
  const { t } = ctx;
  const programmes = ctx.a.catalog.programmes;
  const refs = new Set(track.levels.map((l) => l.ref));
  const providesHere = (p: Programme) => refs.has(p.levelRef);
  const columns = track.levels.map((level) => {
    const provided = programmes.filter((p) => p.levelRef === level.ref);
    const satisfied = programmes.filter(
      (p) => p.levelRef !== level.ref && p.satisfies.includes(level.ref) && !providesHere(p),
    );
    const gap = ctx.gaps && provided.length === 0 && satisfied.length === 0;
    const items: Item[] = [];
    const add = (list: readonly Programme[], dashed: boolean) => {
      const national = list
        .filter((p) => p.provider === undefined)
        .sort((x, y) => compareStrings(x.id, y.id));
      for (const p of national.slice(0, maxProgrammesPerLevel))
        items.push({ lines: wrap(p.title), dashed, kind: 'programme', programme: p });
      const rest = national.length - maxProgrammesPerLevel;
      if (rest > 0)
        items.push({
          lines: wrap(t('report.markdown.tracks.more', { n: rest })),
          dashed,
          kind: 'more',
        });
      const copies = list.length - national.length;
      if (copies > 0)
        items.push({
          lines: wrap(t('report.markdown.tracks.providers', { n: copies })),
          dashed,
          kind: 'copies',
        });
    };
    add(provided, false);
    add(satisfied, true);
    const title = gap ? [...wrap(level.title), t('report.markdown.tracks.gap')] : wrap(level.title);
    return { level, gap, title, items };
  });

  const levelHeight = Math.max(...columns.map((c) => c.title.length)) * lineHeight + 2 * boxPadding;
  const top = 8;
  const firstRow = top + levelHeight + 22;
  const boxWidth = columnWidth - indent;
  const x0 = (i: number) => 8 + i * (columnWidth + columnGap);
  const parts: string[] = [];
  const boxes = new Map<string, { x: number; y: number; h: number; column: number }>();
  let bottom = firstRow;

  columns.forEach((column, i) => {
    const x = x0(i);
    const cls = column.gap ? 'gap' : 'level';
    parts.push(box(x, top, columnWidth, levelHeight, cls, column.title, true));
    let y = firstRow;
    for (const item of column.items) {
      const h = item.lines.length * lineHeight + 2 * boxPadding;
      const dash = item.dashed ? ' stroke-dasharray="5 4"' : '';
      // The spine down the column's left, then a tick to the box.
      parts.push(
        `<path d="M${x + 10} ${top + levelHeight} V${y + h / 2} H${x + indent}" class="edge"${dash}/>`,
      );
      parts.push(box(x + indent, y, boxWidth, h, item.kind, item.lines, false));
      if (item.programme) boxes.set(item.programme.id, { x: x + indent, y, h, column: i });
      y += h + rowGap;
    }
    bottom = Math.max(bottom, y);
    if (i > 0) {
      const from = x0(i - 1) + columnWidth;
      const mid = top + levelHeight / 2;
      parts.push(
        `<path d="M${from} ${mid} H${x - 4}" class="link" marker-end="url(#arrow-${n})"/>`,
      );
    }
  });
  // A programme's certificate counting for another level of the track: a dashed curve to it.
  columns.forEach((column) => {
    for (const item of column.items) {
      const p = item.programme;
      const at = p && boxes.get(p.id);
      if (!p || !at) continue;
      for (const ref of p.satisfies) {
        const target = track.levels.findIndex((l) => l.ref === ref);
        // The level of its own column is joined already, by the tick.
        if (target < 0 || target === at.column) continue;
        const tx = x0(target) + columnWidth / 2;
        const ty = top + levelHeight;
        const sx = at.x + boxWidth;
        const sy = at.y + at.h / 2;
        parts.push(
          `<path d="M${sx} ${sy} C${sx + 30} ${sy} ${tx} ${ty + 40} ${tx} ${ty + 2}" class="edge" stroke-dasharray="5 4" marker-end="url(#arrow-${n})"/>`,
        );
      }
    }
  });

  const width = x0(columns.length - 1) + columnWidth + 8;
  const height = bottom + 4;
  const label = htmlText(track.title);
  return (
    `<svg class="track" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${label}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${label}</title><defs><marker id="arrow-${n}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#59636e"/></marker></defs>` +
    parts.join('') +
    '</svg>'
  );
}

/** A rectangle with its text, line by line. */
function box(
  x: number,
  y: number,
  w: number,
  h: number,
  cls: string,
  lines: readonly string[],
  head: boolean,
): string {
  const spans = lines
    .map(
      (line, i) =>
        `<tspan x="${x + boxPadding}" y="${y + boxPadding + (i + 0.8) * lineHeight}">${htmlText(line)}</tspan>`,
    )
    .join('');
  return (
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" class="${cls}"/>` +
    `<text${head ? ` class="head${cls === 'gap' ? ' warn' : ''}"` : ''}>${spans}</text>`
  );
}

/** Widths of characters at the drawing's font size, by kind: SVG text does not wrap. */
const widthOf = (c: string) => (c === ' ' ? 3.6 : /[\p{Lu}\p{N}]/u.test(c) ? 8.6 : 6.6);
const textWidth = (text: string) => [...text].reduce((sum, c) => sum + widthOf(c), 0);

/**
 * A label cut into lines no wider than a box at spaces, at most `maxLines` of them, the last
 * ending in "…" when the label is longer. Widths are estimated by kind of character
 * (capitals are wider): "CHƯƠNG TRÌNH BỒI DƯỠNG" takes more room than its length says.
 */
export function wrap(text: string, width = columnWidth - indent - 2 * boxPadding): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.normalize('NFC').split(/\s+/).filter(Boolean)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (textWidth(next) <= width || line === '') line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  const shown = lines.slice(0, maxLines);
  return shown.length === 0
    ? ['']
    : shown.map((l, i) =>
        textWidth(l) > width || (i === maxLines - 1 && lines.length > maxLines) ? cut(l, width) : l,
      );
}

/** A line shortened to fit `width` with its ellipsis. */
function cut(line: string, width: number): string {
  let out = '';
  for (const c of line) {
    if (textWidth(out + c) + widthOf('…') > width) break;
    out += c;
  }
  return `${out.trimEnd()}…`;
}
