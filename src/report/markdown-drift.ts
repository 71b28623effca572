import { driftTable } from './drift-rows.js';
import { type MarkdownContext, programmeName } from './markdown-context.js';
import { escapeMarkdown } from './markdown-escape.js';
import { markdownTable, moreLine } from './markdown-table.js';

/** Provider drift: what each provider's copy of a national programme drops, adds and changes. */
export function driftSection(ctx: MarkdownContext): string {
  const table = driftTable(ctx);
  if (table === undefined) return '';
  let out = `## ${ctx.t('report.markdown.drift.heading')}\n\n${table.intro}\n\n`;
  out += markdownTable(
    table.head,
    ['left', 'left', 'left', 'right', 'right', 'right', 'right'],
    table.rows.map((r) => [
      programmeName(ctx, r.drift.programme),
      escapeMarkdown(r.provider),
      programmeName(ctx, r.drift.national),
      r.dropped,
      r.added,
      r.reworded,
      r.hours,
    ]),
  );
  out += table.more > 0 ? `\n${moreLine(table.more, 'noun.copy', ctx.lang)}` : '';
  return out + '\n';
}
