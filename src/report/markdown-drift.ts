import { providerName } from '../model/lookup.js';
import { driftingCopies } from '../uniformity/provider-drift.js';
import { count } from '../messages/words.js';
import { type MarkdownContext, programmeName } from './markdown-context.js';
import { moduleCount } from './text.js';
import { escapeMarkdown } from './markdown-escape.js';
import { capped, markdownTable, moreLine } from './markdown-table.js';

/** At most this many provider copies; the JSON report has them all. */
export const maxDrift = 30;

/** Provider drift: what each provider's copy of a national programme drops, adds and changes. */
export function driftSection(ctx: MarkdownContext): string {
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
  let out = `## ${t('report.markdown.drift.heading')}\n\n${intro}\n\n`;
  out += markdownTable(
    [
      t('report.markdown.drift.head.programme'),
      t('report.markdown.drift.head.provider'),
      t('report.markdown.drift.head.national'),
      t('report.markdown.drift.head.dropped'),
      t('report.markdown.drift.head.added'),
      t('report.markdown.drift.head.reworded'),
      t('report.markdown.drift.head.hours', { unit }),
    ],
    ['left', 'left', 'left', 'right', 'right', 'right', 'right'],
    shown.map((d) => [
      programmeName(ctx, d.programme),
      escapeMarkdown(providerName(a.catalog, d.provider)),
      programmeName(ctx, d.national),
      modules(d.dropped.length, d.droppedHours),
      modules(d.added.length, d.addedHours),
      modules(d.reworded.length),
      d.hoursChanged.length === 0
        ? '—'
        : `${moduleCount(d.hoursChanged.length, lang, ctx.terms)} (${d.hoursDifference > 0 ? '+' : ''}${count(d.hoursDifference, unit, lang)})`,
    ]),
  );
  out += more > 0 ? `\n${moreLine(more, 'noun.copy', lang)}` : '';
  return out + '\n';
}
