import { render } from '../messages/catalogue.js';
import { hoursNoun } from '../messages/words.js';
import { type MarkdownContext, num } from './markdown-context.js';
import { escapeMarkdown } from './markdown-escape.js';
import { capped, markdownTable, moreLine } from './markdown-table.js';
import { planRows, planTotal } from './plan-rows.js';

/** Rows of the plan the markdown report lists; the JSON report and `plan` list them all. */
export const maxPlanRows = 25;

/**
 * The report's first section: the plan, one row per action ranked by person-hours a year,
 * each with what to do (titles), what is kept and why, the figures and their arithmetic,
 * then how the figures are counted. The total above the table is the sum of its rows.
 */
export function planSection(ctx: MarkdownContext): string {
  const { a, lang, t, unit } = ctx;
  const rows = planRows(a);
  const heading = `## ${t('plan.heading')}\n\n`;
  if (rows.length === 0) return `${heading}${t('plan.none')}\n\n`;
  const { shown, more } = capped(rows, maxPlanRows);
  const total = render(planTotal(a), lang, ctx.terms);
  const table = markdownTable(
    [
      t('plan.head.rank'),
      t('plan.head.action'),
      t('plan.head.what'),
      t('plan.head.keep'),
      t('plan.head.per-learner', { unit }),
      t('plan.head.learners'),
      t('plan.head.person-hours'),
      t('plan.head.arithmetic'),
    ],
    ['right', 'left', 'left', 'left', 'right', 'right', 'right', 'left'],
    shown.map((row, i) => [
      num(ctx, i + 1),
      t(`plan.action.${row.action.action}`),
      escapeMarkdown(render(row.what, lang, ctx.terms)),
      escapeMarkdown(render(row.reason, lang, ctx.terms)),
      num(ctx, row.action.hoursPerLearner),
      row.action.learnersPerYear > 0 ? num(ctx, row.action.learnersPerYear) : '',
      row.action.learnersPerYear > 0 ? `**${num(ctx, row.action.personHoursPerYear)}**` : '—',
      escapeMarkdown(render(row.arithmetic, lang, ctx.terms)),
    ]),
  );
  const minutes = a.catalog.framework.periodMinutes;
  const how = t('plan.how', { minutes, unit: hoursNoun(minutes) });
  return `${heading}**${total}**\n\n${table}${moreLine(more, 'noun.action', lang)}\n${escapeMarkdown(how)}\n\n`;
}
