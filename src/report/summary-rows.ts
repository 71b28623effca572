import type { Lang } from '../model/lang.js';
import { count } from '../messages/words.js';
import { maxListedPerEnd } from '../savings/listed.js';
import { type MarkdownContext, num } from './markdown-context.js';
import { countedActions } from './plan-rows.js';
import { severityCounts } from './markdown-findings.js';
import { type ReportInput, dataUnit } from './report-input.js';
import { textIn } from './text.js';

/** A measure of the summary and its value, as every document report lists them. */
export type SummaryRow = readonly [measure: string, value: string];

/** The plan's total, as each format marks it: bold figures in markdown, plain in Word. */
export type PlanTotal = (d: { clock: number; actions: number; counted: number }) => string;

/**
 * The summary of an analysed repository: programmes, modules, hours, clusters, pairs, hours
 * taught twice, the plan's learners' hours a year and the findings by severity. Every figure
 * is the analysis's own; the markdown and Word reports list these rows alike.
 */
export function summaryRows(
  input: ReportInput,
  ctx: MarkdownContext,
  planTotal: PlanTotal,
): SummaryRow[] {
  const { a, lang, t, unit } = ctx;
  const s = a.summary;
  const hours = (n: number) => count(n, unit, lang);
  const compared = s.compared < s.modules ? t('report.markdown.compared', { n: s.compared }) : '';
  const notListed =
    s.overlapsNotListed > 0
      ? t('report.markdown.not-listed', { n: s.overlapsNotListed, perEnd: maxListedPerEnd })
      : '';
  return [
    [t('report.markdown.programmes'), num(ctx, s.programmes)],
    [t('report.markdown.modules'), num(ctx, s.modules) + compared],
    [t('report.markdown.hours'), hours(s.hours)],
    [t('report.markdown.clusters'), num(ctx, s.clusters)],
    [t('report.markdown.overlaps'), num(ctx, s.overlaps) + notListed],
    [t('report.markdown.duplicated'), hours(s.duplicatedHours)],
    [
      t('report.markdown.person-hours'),
      planTotal({
        clock: s.plan.personHoursPerYear,
        actions: s.plan.actions,
        counted: countedActions(a),
      }),
    ],
    [t('report.markdown.findings'), severityCounts(input.findings, lang)],
  ];
}

/** What can be counted without an analysis: the files read and the valid documents in them. */
export function invalidSummaryRows(input: ReportInput, lang: Lang): SummaryRow[] {
  const t = textIn(lang);
  const { stats } = input;
  const n = (x: number) => num({ lang }, x);
  const skipped =
    input.skipped.length > 0 ? t('report.markdown.skipped', { n: input.skipped.length }) : '';
  return [
    [t('report.markdown.files'), n(stats.files) + skipped],
    [t('report.markdown.programmes'), n(stats.programmes)],
    [t('report.markdown.modules'), n(stats.modules)],
    [t('report.markdown.hours'), count(stats.hours, dataUnit(input), lang)],
    [t('report.markdown.findings'), severityCounts(input.findings, lang)],
  ];
}
