import { driftTable } from './drift-rows.js';
import { type HtmlContext, filterAttributes, programmeLabel } from './html-context.js';
import { htmlText } from './html-escape.js';
import { htmlMore, htmlTable, nothingNote } from './html-table.js';

/**
 * Provider drift, as the markdown report gives it: what each provider's copy of a national
 * programme drops, adds, rewords and retimes, the copies that drop most first.
 */
export function htmlDriftSection(ctx: HtmlContext): string {
  const table = driftTable(ctx);
  if (table === undefined) return '';
  const { t } = ctx;
  const classes = ['', '', '', 'n', 'n', 'n', 'n'] as const;
  const html = htmlTable(
    'drift cards',
    table.head.map((h, i) => [h, classes[i] ?? ''] as const),
    table.rows.map((r) => ({
      attributes: filterAttributes(ctx, [r.drift.programme, r.drift.national]),
      cells: [
        // Its title alone: the provider has its own column.
        htmlText(ctx.programmes.get(r.drift.programme)?.title ?? r.drift.programme),
        htmlText(r.provider),
        programmeLabel(ctx, r.drift.national),
        htmlText(r.dropped),
        htmlText(r.added),
        htmlText(r.reworded),
        htmlText(r.hours),
      ],
    })),
  );
  return (
    `<section id="drift" data-group><h2>${htmlText(t('report.markdown.drift.heading'))}</h2>\n` +
    `<p>${htmlText(table.intro)}</p>\n${html}${nothingNote(t)}${htmlMore(t, table.more, 'noun.copy')}</section>\n`
  );
}
