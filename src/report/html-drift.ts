import { providerName } from '../model/lookup.js';
import { count } from '../messages/words.js';
import { driftingCopies } from '../uniformity/provider-drift.js';
import { type HtmlContext, filterAttributes, programmeLabel } from './html-context.js';
import { htmlText } from './html-escape.js';
import { htmlMore, htmlTable, nothingNote } from './html-table.js';
import { maxDrift } from './markdown-drift.js';
import { capped } from './markdown-table.js';
import { moduleCount } from './text.js';

/**
 * Provider drift, as the markdown report gives it: what each provider's copy of a national
 * programme drops, adds, rewords and retimes, the copies that drop most first.
 */
export function htmlDriftSection(ctx: HtmlContext): string {
  const { a, lang, t, unit } = ctx;
  const drifting = driftingCopies(a.drift);
  if (drifting.length === 0) return '';
  const { shown, more } = capped(drifting, maxDrift);
  const modules = (n: number, hours?: number) =>
    n === 0
      ? '—'
      : moduleCount(n, lang, ctx.terms) +
        (hours === undefined ? '' : ` (${count(hours, unit, lang)})`);
  const intro = t('report.markdown.drift.intro', {
    drifting: drifting.length,
    all: a.drift.length,
    unit,
  });
  const table = htmlTable(
    'drift cards',
    [
      [t('report.markdown.drift.head.programme'), ''],
      [t('report.markdown.drift.head.provider'), ''],
      [t('report.markdown.drift.head.national'), ''],
      [t('report.markdown.drift.head.dropped'), 'n'],
      [t('report.markdown.drift.head.added'), 'n'],
      [t('report.markdown.drift.head.reworded'), 'n'],
      [t('report.markdown.drift.head.hours', { unit }), 'n'],
    ],
    shown.map((d) => ({
      attributes: filterAttributes(ctx, [d.programme, d.national]),
      cells: [
        // Its title alone: the provider has its own column.
        htmlText(ctx.programmes.get(d.programme)?.title ?? d.programme),
        htmlText(providerName(a.catalog, d.provider)),
        programmeLabel(ctx, d.national),
        htmlText(modules(d.dropped.length, d.droppedHours)),
        htmlText(modules(d.added.length, d.addedHours)),
        htmlText(modules(d.reworded.length)),
        htmlText(
          d.hoursChanged.length === 0
            ? '—'
            : `${moduleCount(d.hoursChanged.length, lang, ctx.terms)} (${d.hoursDifference > 0 ? '+' : ''}${count(d.hoursDifference, unit, lang)})`,
        ),
      ],
    })),
  );
  return (
    `<section id="drift" data-group><h2>${htmlText(t('report.markdown.drift.heading'))}</h2>\n` +
    `<p>${htmlText(intro)}</p>\n${table}${nothingNote(t)}${htmlMore(t, more, 'noun.copy')}</section>\n`
  );
}
