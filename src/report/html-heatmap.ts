import { compareStrings } from '../model/order.js';
import { driftingCopies } from '../uniformity/provider-drift.js';
import { type HtmlContext, programmeLabel } from './html-context.js';
import { htmlText } from './html-escape.js';
import { num } from './markdown-context.js';
import { programmePairs } from './markdown-programmes.js';

/** At most this many programmes a side: a wider matrix fits neither a screen nor A4. */
export const maxHeatProgrammes = 24;

/**
 * The programme × programme picture of the periods repeated: a cell holds the hours the
 * reported pairs of the two programmes' modules repeat (the diagonal: within one programme),
 * shaded by how many; providers' copies of a national programme left out. The programmes
 * that repeat most are drawn, in the order of the framework (track, then level), so that the
 * matrix reads along the hierarchy.
 */
export function htmlHeatmapSection(ctx: HtmlContext): string {
  // A provider's copy repeats what its national programme repeats: drawn, a national archive's
  // copies filled the picture with the same row. The drift section shows how each differs.
  const copies = ctx.copyOf;
  const pairs = programmePairs(ctx).filter((p) => !copies.has(p.a) && !copies.has(p.b));
  if (pairs.length === 0) return '';
  const { t, unit } = ctx;
  const totals = new Map<string, number>();
  for (const p of pairs) {
    totals.set(p.a, (totals.get(p.a) ?? 0) + p.hours);
    if (p.b !== p.a) totals.set(p.b, (totals.get(p.b) ?? 0) + p.hours);
  }
  const chosen = [...totals.entries()]
    .sort((x, y) => y[1] - x[1] || compareStrings(x[0], y[0]))
    .slice(0, maxHeatProgrammes)
    .map(([id]) => id)
    .sort(frameworkOrder(ctx));
  const hours = new Map<string, number>();
  for (const p of pairs) {
    hours.set(`${p.a}\u0000${p.b}`, p.hours);
    hours.set(`${p.b}\u0000${p.a}`, p.hours);
  }
  let max = 0;
  for (const h of hours.values()) max = Math.max(max, h);
  const labels = chosen.map((id) => programmeLabel(ctx, id));
  const head = chosen
    .map((_, j) => `<th class="n" scope="col" title="${labels[j]}">${num(ctx, j + 1)}</th>`)
    .join('');
  const rows = chosen.map((a, i) => {
    const cells = chosen.map((b, j) => {
      const h = Math.round(hours.get(`${a}\u0000${b}`) ?? 0);
      const tip = htmlText(
        t('report.html.heatmap.cell', {
          a: ctx.programmes.get(a)?.title ?? a,
          b: ctx.programmes.get(b)?.title ?? b,
          hours: h,
          unit,
        }),
      );
      const self = i === j ? ' self' : '';
      if (h === 0) return `<td class="n${self}" title="${tip}"></td>`;
      return `<td class="n${self}" title="${tip}" style="${shade(h / max)}">${num(ctx, h)}</td>`;
    });
    const label = `${num(ctx, i + 1)}. ${labels[i] ?? ''}`;
    return `<tr><th class="row" scope="row" title="${label}">${label}</th>${cells.join('')}</tr>`;
  });
  const intro = t('report.html.heatmap.intro', {
    unit,
    shown: chosen.length,
    all: totals.size,
    copies: copies.size,
    drifting: driftingCopies(ctx.a.drift).length,
  });
  return (
    `<section id="heatmap"><h2>${htmlText(t('report.html.heatmap.heading', { unit }))}</h2>\n` +
    `<p>${htmlText(intro)}</p>\n<div class="scroll"><table class="heat"><thead><tr>` +
    `<th scope="col">${htmlText(t('report.html.heatmap.programme'))}</th>${head}</tr></thead>` +
    `<tbody>\n${rows.join('\n')}\n</tbody></table></div></section>\n`
  );
}

/** A cell's colour: from pale to deep red as its share of the largest grows. */
function shade(share: number): string {
  const alpha = 0.12 + 0.83 * Math.sqrt(share);
  const ink = alpha > 0.55 ? '#ffffff' : '#1f2328';
  return `background:rgba(180,35,24,${alpha.toFixed(2)});color:${ink}`;
}

/** National programmes before providers' copies; by track, level, title, id. */
function frameworkOrder(ctx: HtmlContext): (x: string, y: string) => number {
  const { catalog } = ctx.a;
  const trackIndex = new Map(catalog.tracks.map((track, i) => [track.id, i]));
  const levelIndex = new Map(
    catalog.tracks.flatMap((track) => track.levels.map((level, i) => [level.ref, i] as const)),
  );
  const key = (id: string) => {
    const p = ctx.programmes.get(id);
    return {
      copy: Number(p?.provider !== undefined),
      track: trackIndex.get(p?.track ?? '') ?? Number.MAX_SAFE_INTEGER,
      level: levelIndex.get(p?.levelRef ?? '') ?? Number.MAX_SAFE_INTEGER,
      title: p?.title ?? id,
    };
  };
  return (x, y) => {
    const [a, b] = [key(x), key(y)];
    return (
      a.copy - b.copy ||
      a.track - b.track ||
      a.level - b.level ||
      compareStrings(a.title, b.title) ||
      compareStrings(x, y)
    );
  };
}
