import type { NounId } from '../messages/words.js';
import type { Lang } from '../model/lang.js';
import { textIn } from './text.js';

export type Align = 'left' | 'right';

/**
 * A GitHub-flavoured markdown table. Cells are markdown already escaped (escapeMarkdown), so
 * none holds a `|` or a line break; an empty cell is written as one space.
 */
export function markdownTable(
  head: readonly string[],
  align: readonly Align[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) =>
    `| ${head.map((_, i) => cells[i] || ' ').join(' | ')} |`;
  const rule = `| ${head.map((_, i) => (align[i] === 'right' ? '---:' : '---')).join(' | ')} |`;
  return [line(head), rule, ...rows.map(line)].join('\n') + '\n';
}

/** The first `max` items of a list, and how many more there are. */
export function capped<T>(items: readonly T[], max: number): { shown: readonly T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/**
 * The line under a capped table or list: "_… và 12 lộ trình khác: báo cáo JSON có đầy đủ._",
 * "_… and 12 more pathways: the JSON report has them all._"
 */
export function moreLine(more: number, noun: NounId, lang: Lang): string {
  if (more === 0) return '';
  return textIn(lang)('report.markdown.more', { n: more, noun }) + '\n';
}
