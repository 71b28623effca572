import type { Module } from '../model/catalog.js';
import { providerName } from '../model/lookup.js';
import { compareStrings } from '../model/order.js';
import { formatFixed } from '../messages/number-format.js';
import type { Overlap } from '../overlap/types.js';
import { capped } from './markdown-table.js';
import { levelTitle, num } from './markdown-context.js';
import { type HtmlContext, filterAttributes, programmeLabel } from './html-context.js';
import { htmlText } from './html-escape.js';
import { highlighted } from './html-highlight.js';
import { htmlMore, nothingNote } from './html-table.js';

/** At most this many pairs side by side; the JSON report has them all. */
export const maxHtmlOverlaps = 200;

/** The rules an overlap belongs to, for the rule filter: its kind of repetition by scope. */
const rulesOfScope: Readonly<Record<Overlap['scope'], readonly string[]>> = {
  'within-programme': ['module-overlap'],
  'same-level': ['module-overlap'],
  'cross-level': ['module-overlap', 'cross-level-repeat'],
  'comparable-levels': ['module-overlap', 'cross-track-overlap'],
  'cross-track': ['module-overlap', 'cross-track-overlap'],
};

/**
 * Each reported overlap with its two modules side by side (programme, level, provider,
 * periods; title, description and topics) and the phrases they share highlighted in both,
 * the pairs that repeat most first.
 */
export function htmlOverlapsSection(ctx: HtmlContext): string {
  const { a, lang, t, unit } = ctx;
  const overlaps = [...a.overlap.overlaps].sort(
    (x, y) =>
      y.hoursSaved - x.hoursSaved ||
      y.score - x.score ||
      compareStrings(x.a, y.a) ||
      compareStrings(x.b, y.b),
  );
  if (overlaps.length === 0) return '';
  const { shown, more } = capped(overlaps, maxHtmlOverlaps);
  // Programmes that are one national programme's: no learner takes two of them.
  const original = (p: string) => ctx.copyOf.get(p) ?? p;
  const copies = (x: string, y: string) => x !== y && original(x) === original(y);
  let out = `<section id="overlaps" data-group><h2>${htmlText(t('report.html.overlaps.heading'))}</h2>\n`;
  out += `<p>${htmlText(t('report.html.overlaps.intro', { shown: shown.length, all: overlaps.length, unit }))}</p>\n`;
  for (const o of shown) {
    const [ma, mb] = [a.catalog.moduleByRef.get(o.a), a.catalog.moduleByRef.get(o.b)];
    if (!ma || !mb) continue;
    const head = t('report.html.overlaps.pair', {
      kind: t('report.overlap.kind', { kind: o.kind }),
      scope: t('report.overlap.scope', { scope: o.scope }),
      score: formatFixed(o.score, lang),
      hours: o.hoursSaved,
      unit,
      copies: copies(ma.programme, mb.programme),
    });
    const shared =
      o.shared.length > 0
        ? `<p class="shared"><strong>${htmlText(t('report.html.overlaps.shared'))}:</strong> ${o.shared.map((s) => `<mark>${htmlText(s)}</mark>`).join(', ')}</p>`
        : '';
    out += `<article class="pair" ${filterAttributes(ctx, [ma.programme, mb.programme], rulesOfScope[o.scope])}>`;
    out += `<p>${htmlText(head)}</p><div class="sides">${side(ctx, ma, o.shared)}${side(ctx, mb, o.shared)}</div>${shared}</article>\n`;
  }
  return out + nothingNote(ctx.t) + htmlMore(ctx.t, more, 'noun.pair') + '</section>\n';
}

/** One module of a pair: where it is taught, then its text with the shared phrases marked. */
function side(ctx: HtmlContext, m: Module, shared: readonly string[]): string {
  const { t, unit } = ctx;
  const p = ctx.programmes.get(m.programme);
  const facts: [string, string][] = [
    [t('report.html.filter.programme'), programmeLabel(ctx, m.programme)],
    [t('report.html.module.level'), htmlText(levelTitle(ctx, p?.levelRef ?? ''))],
  ];
  if (p?.provider !== undefined)
    facts.push([
      t('report.html.module.provider'),
      htmlText(providerName(ctx.a.catalog, p.provider)),
    ]);
  facts.push([t('report.markdown.cluster.head.hours', { unit }), num(ctx, m.hours)]);
  const dl = facts.map(([k, v]) => `<dt>${htmlText(k)}</dt><dd>${v}</dd>`).join('');
  const description = m.description ? `<p>${highlighted(m.description, shared)}</p>` : '';
  const topics =
    m.topics.length > 0
      ? `<ul>${m.topics.map((topic) => `<li>${highlighted(topic, shared)}</li>`).join('')}</ul>`
      : '';
  return `<div class="side"><h4>${highlighted(m.title, shared)}</h4><dl>${dl}</dl>${description}${topics}</div>`;
}
