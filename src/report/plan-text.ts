import type { AnalysisResult } from '../analysis.js';
import { render } from '../messages/catalogue.js';
import { hoursNoun } from '../messages/words.js';
import { countedActions, planRows, planTotal } from './plan-rows.js';
import { type ReportInput, type ReportOptions, type Reporter, withTerms } from './report-input.js';
import { reportWidth } from './report-table.js';
import { wrapText } from './table.js';
import { textIn } from './text.js';
import { visible } from './visible.js';
import { formatValidation } from './validation-text.js';

/** Rows of the plan the console shows before its other sections; `plan` lists them all. */
export const planRowsShown = 3;

/**
 * The plan as text: its total (the sum of its rows, and said so), then each row: what to do,
 * what is kept and why, and the arithmetic of what it saves. `limit` rows at most.
 */
export function formatPlan(a: AnalysisResult, options: ReportOptions, limit = Infinity): string {
  const { style, lang } = options;
  const t = textIn(lang, options.terms);
  const width = reportWidth(options);
  const rows = planRows(a);
  const lines = [style.bold(t('plan.heading'))];
  if (rows.length === 0) return `${lines[0]}\n  ${t('plan.none')}\n\n`;
  const shown = rows.slice(0, limit);
  const total =
    a.plan.personHoursPerYear > 0 && shown.length < rows.length
      ? t('plan.total.short', {
          hours: a.plan.personHoursPerYear,
          actions: rows.length,
          counted: countedActions(a),
          shown: shown.length,
        })
      : render(planTotal(a), lang, options.terms);
  for (const piece of wrapText(total, width - 2)) lines.push(`  ${piece}`);
  const number = String(shown.length).length;
  shown.forEach((row, i) => {
    const head = `${String(i + 1).padStart(number)}. `;
    const indent = ' '.repeat(head.length + 2);
    const action = t(`plan.action.${row.action.action}`);
    const first = `${action}: ${visible(render(row.what, lang, options.terms))}`;
    wrapText(first, width - indent.length).forEach((piece, k) =>
      lines.push(
        k === 0 ? `  ${head}${piece.replace(action, style.bold(action))}` : `${indent}${piece}`,
      ),
    );
    const more = [row.keep, row.arithmetic].flatMap((m) =>
      m ? [visible(render(m, lang, options.terms))] : [],
    );
    for (const text of more)
      for (const piece of wrapText(text, width - indent.length)) lines.push(`${indent}${piece}`);
  });
  return lines.join('\n') + '\n\n';
}

/** `--format plan` and the `plan` command: the whole plan, and how its figures are counted. */
export const planReporter: Reporter = (input: ReportInput, options: ReportOptions) => {
  const a = input.analysis;
  if (!a) return [formatValidation(input, options)];
  options = withTerms(input, options);
  const t = textIn(options.lang, options.terms);
  const how = t('plan.how', {
    minutes: a.catalog.framework.periodMinutes,
    unit: hoursNoun(a.catalog.framework.periodMinutes),
  });
  const wrapped = wrapText(how, reportWidth(options) - 2).map((l) => `  ${l}`);
  return [formatPlan(a, options), `${wrapped.join('\n')}\n`];
};
