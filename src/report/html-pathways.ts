import { compareStrings } from '../model/order.js';
import { capped } from './markdown-table.js';
import { type HtmlContext, programmeLabel } from './html-context.js';
import { htmlText } from './html-escape.js';
import { htmlMore } from './html-table.js';
import { trackDrawing } from './html-hierarchy.js';
import { maxPathways } from './markdown-pathways.js';
import { studyTime } from './pathway-rows.js';

/**
 * The hierarchy as drawings, one a track (html-hierarchy.ts), then each position's national
 * pathway as a chain of its programmes in the order they are studied, each with its periods
 * and those it repeats from an earlier one; the figures are the markdown report's.
 */
export function htmlHierarchySection(ctx: HtmlContext): string {
  const { a, t } = ctx;
  if (a.catalog.tracks.length === 0) return '';
  const intro =
    t('report.html.hierarchy.intro') + (ctx.gaps ? ` ${t('report.html.hierarchy.gaps')}` : '');
  let out = `<section id="hierarchy"><h2>${htmlText(t('report.html.hierarchy.heading'))}</h2>\n`;
  out += `<p>${htmlText(intro)}</p>\n`;
  a.catalog.tracks.forEach((track, i) => {
    const programmes = a.catalog.programmes.filter((p) => p.track === track.id).length;
    const counts = t('report.markdown.tracks.counts', { levels: track.levels.length, programmes });
    out += `<h3>${htmlText(track.title)}</h3>\n<p class="muted">${htmlText(counts)}</p>\n`;
    out += `<div class="scroll">${trackDrawing(ctx, track, i)}</div>\n`;
  });
  return out + pathways(ctx) + '</section>\n';
}

function pathways(ctx: HtmlContext): string {
  const { a, t, unit } = ctx;
  const time = studyTime(a);
  if (time === undefined || time.national.length === 0) return '';
  const positions = new Map(a.catalog.positions.map((p) => [p.id, p]));
  const rank = studyOrder(ctx);
  const { shown, more } = capped(time.national, maxPathways);
  let out = `<h3>${htmlText(t('report.html.pathways.heading'))}</h3>\n`;
  out += `<p>${htmlText(t('report.html.pathways.intro', { unit }))}</p>\n`;
  for (const { variant: v, learners, savedHours } of shown) {
    const repeated = new Map<string, number>();
    for (const c of v.credits) {
      const programme = a.catalog.moduleByRef.get(c.module)?.programme ?? '';
      repeated.set(programme, (repeated.get(programme) ?? 0) + c.hours);
    }
    const chips = [...v.programmes].sort(rank).map((id) => {
      const hours = ctx.programmes.get(id)?.hours ?? 0;
      const twice = repeated.get(id) ?? 0;
      const again =
        twice > 0
          ? ` · <span class="repeat">${htmlText(t('report.html.pathways.repeated', { hours: twice, unit }))}</span>`
          : '';
      return `<div class="chip">${programmeLabel(ctx, id)}<small>${htmlText(t('report.html.module.hours', { hours, unit }))}${again}</small></div>`;
    });
    const figures = t('report.html.pathways.figures', {
      sat: v.hours,
      twice: v.hoursSaved,
      unit,
      learners: learners ?? 0,
      saved: savedHours ?? 0,
    });
    const title = positions.get(v.position)?.title ?? v.position;
    // A position's other pathways: its learners are counted on the shortest one only.
    const alternative =
      (v.learnersPerYear ?? 0) > 0 && learners === undefined
        ? ` <small class="muted">${htmlText(t('report.html.pathways.alternative'))}</small>`
        : '';
    out += `<div class="pathway"><strong>${htmlText(title)}</strong>${alternative}`;
    // "+", not an arrow: a pathway is a set, in level order, not a sequence across tracks.
    out += `<div class="chain">${chips.join('<span class="plus" aria-hidden="true">+</span>')}</div>`;
    out += `<small class="muted">${htmlText(figures)}</small></div>\n`;
  }
  out += htmlMore(ctx.t, more, 'noun.pathway');
  if (time.unreached.length > 0)
    out += `<p>${htmlText(t('report.markdown.pathways.unreached') + time.unreached.map((p) => p.title).join('; '))}.</p>\n`;
  return out;
}

/** Programmes in the order a learner takes them: by level rank, then track, then title. */
function studyOrder(ctx: HtmlContext): (x: string, y: string) => number {
  const levels = ctx.a.catalog.levels;
  const key = (id: string) => {
    const p = ctx.programmes.get(id);
    return {
      rank: levels.get(p?.levelRef ?? '')?.rank ?? 0,
      track: p?.track ?? '',
      title: p?.title ?? id,
    };
  };
  return (x, y) => {
    const [a, b] = [key(x), key(y)];
    return a.rank - b.rank || compareStrings(a.track, b.track) || compareStrings(a.title, b.title);
  };
}
