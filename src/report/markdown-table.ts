import type { Lang } from '../model/local-text.js';
import { formatNumber } from '../model/number-format.js';
import type { Noun } from '../model/words.js';

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
export function moreLine(more: number, word: Noun, lang: Lang): string {
  if (more === 0) return '';
  const n = formatNumber(more, lang);
  return lang === 'vi'
    ? `_… và ${n} ${word.vi} khác: báo cáo JSON (\`--format json\`) có đầy đủ._\n`
    : `_… and ${n} more ${more === 1 ? word.en[0] : word.en[1]}: the JSON report (\`--format json\`) has them all._\n`;
}
