import { providerName } from '../model/lookup.js';
import { count } from '../messages/words.js';
import type { ProviderDrift } from '../uniformity/provider-drift.js';
import { driftingCopies } from '../uniformity/provider-drift.js';
import type { MarkdownContext } from './markdown-context.js';
import { capped } from './markdown-table.js';
import { moduleCount } from './text.js';

/** At most this many provider copies; the JSON report has them all. */
export const maxDrift = 30;

/** One provider's copy as the drift tables list it: the figures as text, the names to escape. */
export interface DriftRow {
  readonly drift: ProviderDrift;
  readonly provider: string;
  readonly dropped: string;
  readonly added: string;
  readonly reworded: string;
  readonly hours: string;
}

/**
 * The copies that differ from their national programme, those that drop most first, as the
 * markdown and HTML reports list them, with the section's introduction and headings.
 */
export function driftTable(
  ctx: MarkdownContext,
): { intro: string; head: string[]; rows: DriftRow[]; more: number } | undefined {
  const { a, lang, t, unit } = ctx;
  const drifting = driftingCopies(a.drift);
  if (drifting.length === 0) return undefined;
  const { shown, more } = capped(drifting, maxDrift);
  const modules = (n: number, hours?: number) =>
    n === 0
      ? '—'
      : moduleCount(n, lang, ctx.terms) +
        (hours === undefined ? '' : ` (${count(hours, unit, lang)})`);
  return {
    intro: t('report.markdown.drift.intro', {
      drifting: drifting.length,
      all: a.drift.length,
      unit,
    }),
    head: [
      t('report.markdown.drift.head.programme'),
      t('report.markdown.drift.head.provider'),
      t('report.markdown.drift.head.national'),
      t('report.markdown.drift.head.dropped'),
      t('report.markdown.drift.head.added'),
      t('report.markdown.drift.head.reworded'),
      t('report.markdown.drift.head.hours', { unit }),
    ],
    rows: shown.map((d) => ({
      drift: d,
      provider: providerName(a.catalog, d.provider),
      dropped: modules(d.dropped.length, d.droppedHours),
      added: modules(d.added.length, d.addedHours),
      reworded: modules(d.reworded.length),
      hours:
        d.hoursChanged.length === 0
          ? '—'
          : `${moduleCount(d.hoursChanged.length, lang, ctx.terms)} (${d.hoursDifference > 0 ? '+' : ''}${count(d.hoursDifference, unit, lang)})`,
    })),
    more,
  };
}
