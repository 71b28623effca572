import { render } from '../messages/catalogue.js';
import { hoursNoun } from '../messages/words.js';
import { type HtmlContext, filterAttributes } from './html-context.js';
import { htmlText } from './html-escape.js';
import { htmlMore, htmlTable, nothingNote } from './html-table.js';
import { capped } from './markdown-table.js';
import { num } from './markdown-context.js';
import { planRows, planTotal } from './plan-rows.js';

/** Rows of the plan the page lists: a national archive's plan has thousands. */
export const maxHtmlPlanRows = 500;

/**
 * The plan, first: its total (the sum of its rows), then one row per action ranked by
 * person-hours a year, each with what to do (titles), what is kept and why, the figures and
 * their arithmetic; then how the figures are counted. The same rows as every other report.
 */
export function htmlPlanSection(ctx: HtmlContext): string {
  const { a, lang, t, unit } = ctx;
  const rows = planRows(a);
  const heading = `<section id="plan" data-group><h2>${htmlText(t('plan.heading'))}</h2>\n`;
  if (rows.length === 0) return `${heading}<p>${htmlText(t('plan.none'))}</p></section>\n`;
  const { shown, more } = capped(rows, maxHtmlPlanRows);
  const total = render(planTotal(a), lang, ctx.terms);
  const table = htmlTable(
    'plan cards',
    [
      [t('plan.head.rank'), 'n'],
      [t('plan.head.action'), ''],
      [t('plan.head.what'), ''],
      [t('plan.head.keep'), ''],
      [t('plan.head.per-learner', { unit }), 'n'],
      [t('plan.head.learners'), 'n'],
      [t('plan.head.person-hours'), 'n'],
      [t('plan.head.arithmetic'), ''],
    ],
    shown.map((row, i) => ({
      attributes: filterAttributes(ctx, row.action.programmes),
      cells: [
        num(ctx, i + 1),
        htmlText(t(`plan.action.${row.action.action}`)),
        htmlText(render(row.what, lang, ctx.terms)),
        htmlText(render(row.reason, lang, ctx.terms)),
        num(ctx, row.action.hoursPerLearner),
        row.action.learnersPerYear > 0 ? num(ctx, row.action.learnersPerYear) : '',
        row.action.learnersPerYear > 0
          ? `<strong>${num(ctx, row.action.personHoursPerYear)}</strong>`
          : '—',
        htmlText(render(row.arithmetic, lang, ctx.terms)),
      ],
    })),
  );
  const minutes = a.catalog.framework.periodMinutes;
  const how = t('plan.how', { minutes, unit: hoursNoun(minutes) });
  return (
    `${heading}<p class="total">${htmlText(total)}</p>\n${table}${nothingNote(ctx.t)}` +
    `${htmlMore(ctx.t, more, 'noun.action')}<p class="muted">${htmlText(how)}</p></section>\n`
  );
}
