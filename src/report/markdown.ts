import type { Lang } from '../model/lang.js';
import { clustersSection } from './markdown-clusters.js';
import { type MarkdownContext, markdownContext } from './markdown-context.js';
import { driftSection } from './markdown-drift.js';
import { escapeMarkdown } from './markdown-escape.js';
import { findingsSection } from './markdown-findings.js';
import { overlapMapSection, tracksSection } from './markdown-mermaid.js';
import { exemptionsSection, pathwaysSection } from './markdown-pathways.js';
import { planSection } from './markdown-plan.js';
import { programmesSection } from './markdown-programmes.js';
import { markdownTable } from './markdown-table.js';
import {
  type ReportInput,
  type ReportOptions,
  type Reporter,
  reportTerms,
} from './report-input.js';
import { invalidSummaryRows, summaryRows } from './summary-rows.js';
import { type Text, textIn } from './text.js';

/**
 * The report a curriculum office sends to its ministry, in markdown that reads well pasted in
 * a GitHub pull request and printed: summary; study time per position pathway; findings by
 * rule; shared hours between programmes; clusters (in `<details>`); per track a Mermaid
 * diagram of its levels and programmes with the gaps marked; exemptions; provider drift. In
 * `options.lang`. Every piece of text from the data is escaped (markdown-escape.ts); long
 * lists are capped, with the count of the rest. Pure and deterministic: no date, no machine.
 */
export const markdownReporter: Reporter = (input: ReportInput, options: ReportOptions) =>
  markdownChunks(input, options.lang);

function* markdownChunks(input: ReportInput, lang: Lang): Generator<string, void, undefined> {
  const t = textIn(lang);
  const a = input.analysis;
  yield `# ${t('report.markdown.title')}\n\n`;
  if (!a) {
    yield `${t('report.markdown.invalid')}\n\n`;
    yield invalidSummary(input, lang);
    yield findingsSection(input.findings, lang);
    return;
  }
  const ctx = markdownContext(a, lang, reportTerms(input, lang), input.rules);
  const { framework } = a.catalog;
  const name =
    framework.title === framework.id ? framework.id : `${framework.title} (${framework.id})`;
  const period = t('report.markdown.period', { unit: ctx.unit, minutes: framework.periodMinutes });
  yield `**${t('report.markdown.framework')}:** ${escapeMarkdown(name)} · ${period}\n\n`;
  yield planSection(ctx);
  yield summary(input, ctx);
  yield pathwaysSection(ctx);
  yield findingsSection(input.findings, lang, ctx.terms);
  yield programmesSection(ctx);
  yield clustersSection(ctx);
  yield overlapMapSection(ctx);
  yield tracksSection(ctx);
  yield exemptionsSection(ctx);
  yield driftSection(ctx);
}

function summary(input: ReportInput, ctx: MarkdownContext): string {
  const rows = summaryRows(input, ctx, (d) => ctx.t('report.markdown.plan-total', d));
  return summaryTable(ctx.t, rows);
}

/** The summary section: a table of measures and their values. */
function summaryTable(t: Text, rows: readonly (readonly string[])[]): string {
  const head = [t('report.markdown.head.measure'), t('report.markdown.head.value')];
  return `## ${t('report.markdown.summary')}\n\n${markdownTable(head, ['left', 'right'], rows)}\n`;
}

/** What can be counted without an analysis: the files read and the valid documents in them. */
function invalidSummary(input: ReportInput, lang: Lang): string {
  return summaryTable(textIn(lang), invalidSummaryRows(input, lang));
}
