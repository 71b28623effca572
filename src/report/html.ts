import type { Lang } from '../model/lang.js';
import type { Terms } from '../messages/types.js';
import { isRuleId, ruleTitle } from '../rules/index.js';
import { render } from '../messages/catalogue.js';
import { compareStrings } from '../model/order.js';
import { providerName } from '../model/lookup.js';
import { type HtmlContext, htmlContext, programmeLabel } from './html-context.js';
import { htmlText } from './html-escape.js';
import { htmlDriftSection } from './html-drift.js';
import { htmlFindingsSection } from './html-findings.js';
import { htmlHeatmapSection } from './html-heatmap.js';
import { htmlOverlapsSection } from './html-overlaps.js';
import { contentSecurityPolicy, htmlScript, htmlStyle } from './html-page.js';
import { htmlPlanSection } from './html-plan.js';
import { htmlHierarchySection } from './html-pathways.js';
import { htmlTable } from './html-table.js';
import {
  type ReportInput,
  type ReportOptions,
  type Reporter,
  reportTerms,
} from './report-input.js';
import { type SummaryRow, invalidSummaryRows, summaryRows } from './summary-rows.js';
import { type Text, textIn } from './text.js';

/**
 * The report as one self-contained web page a director opens from an e-mail or a shared
 * folder, offline: the plan first, a summary, a programme × programme heat map of the periods
 * repeated, the hierarchy of levels and the pathways drawn, each overlap with its two modules
 * side by side and their shared phrases highlighted, the findings by rule, and how each
 * provider's copy of a national programme differs from it; a search box
 * and filters by rule, programme and provider. Style, script and drawings are inline, and
 * the page's policy forbids every request (html-page.ts). All text from the data is escaped
 * (html-escape.ts); the words are the catalogue's. Pure and deterministic.
 */
export const htmlReporter: Reporter = (input: ReportInput, options: ReportOptions) =>
  htmlChunks(input, options.lang);

function* htmlChunks(input: ReportInput, lang: Lang): Generator<string, void, undefined> {
  const terms = reportTerms(input, lang);
  const t = textIn(lang, terms);
  const a = input.analysis;
  const title = t('report.markdown.title');
  yield '<!doctype html>\n';
  yield `<html lang="${lang}"><head><meta charset="utf-8">\n`;
  yield '<meta name="viewport" content="width=device-width, initial-scale=1">\n';
  yield `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">\n`;
  yield `<meta name="generator" content="curriculum-dedup">\n<title>${htmlText(title)}</title>\n`;
  yield `<style>${htmlStyle}</style></head>\n<body>\n`;
  if (!a) {
    yield `<header><h1>${htmlText(title)}</h1><p>${htmlText(t('report.html.invalid'))}</p>\n`;
    yield `${summaryTable(t, invalidSummaryRows(input, lang))}</header>\n`;
    yield controls(t, undefined, input, lang, terms);
    yield `<main>${htmlFindingsSection(input.findings, lang, terms, undefined)}</main>\n`;
  } else {
    const ctx = htmlContext(a, lang, terms, input.rules);
    const { framework } = a.catalog;
    const name =
      framework.title === framework.id ? framework.id : `${framework.title} (${framework.id})`;
    const period = t('report.markdown.period', {
      unit: ctx.unit,
      minutes: framework.periodMinutes,
    });
    const sections: [id: string, html: string][] = [
      ['plan', htmlPlanSection(ctx)],
      ['summary', summary(input, ctx)],
      ['heatmap', htmlHeatmapSection(ctx)],
      ['hierarchy', htmlHierarchySection(ctx)],
      ['overlaps', htmlOverlapsSection(ctx)],
      ['findings', htmlFindingsSection(input.findings, lang, terms, ctx)],
      ['drift', htmlDriftSection(ctx)],
    ];
    yield `<header><h1>${htmlText(title)}</h1>\n`;
    yield `<p class="framework">${htmlText(`${t('report.markdown.framework')}: ${name} · ${period}`)}</p>\n`;
    yield `${contents(t, sections)}</header>\n`;
    yield controls(t, ctx, input, lang, terms);
    yield '<main>\n';
    for (const [, html] of sections) yield html;
    yield '</main>\n';
  }
  yield `<script>${htmlScript}</script>\n</body></html>\n`;
}

/** The table of contents: each section's heading, linked. */
function contents(t: Text, sections: readonly (readonly [string, string])[]): string {
  const items = sections
    .filter(([, html]) => html !== '')
    .map(([id, html]) => {
      const heading = /<h2>(.*?)<\/h2>/s.exec(html)?.[1] ?? id;
      return `<li><a href="#${id}">${heading}</a></li>`;
    });
  return `<nav class="toc"><strong>${htmlText(t('report.html.contents'))}</strong><ol>${items.join('')}</ol></nav>\n`;
}

/**
 * The search box and the filters, hidden until the script shows them (a page read without
 * scripts shows everything, and no control that does nothing). The programme and provider
 * filters offer those something on the page concerns; the sections are written first.
 */
function controls(
  t: Text,
  ctx: HtmlContext | undefined,
  input: ReportInput,
  lang: Lang,
  terms: Terms,
): string {
  const option = (value: string, label: string) =>
    `<option value="${htmlText(value)}">${label}</option>`;
  const all = option('', htmlText(t('report.html.filter.all')));
  const rules = [...new Set(input.findings.map((f) => f.rule))];
  if (ctx && ctx.a.overlap.overlaps.length > 0) rules.push('module-overlap');
  const ruleOptions = [...new Set(rules)]
    .sort(compareStrings)
    .map((id) => option(id, htmlText(isRuleId(id) ? render(ruleTitle(id), lang, terms) : id)));
  const select = (id: string, label: string, options: readonly string[]) =>
    `<label>${htmlText(label)}<select id="${id}">${all}${options.join('')}</select></label>`;
  let out = '<div class="controls" id="controls" hidden><div class="controls-inner">';
  out += `<label class="search">${htmlText(t('report.html.search'))}<input id="q" type="search" placeholder="${htmlText(t('report.html.search.hint'))}" autocomplete="off"></label>`;
  out += select('f-rule', t('report.html.filter.rule'), ruleOptions);
  if (ctx) {
    out += select(
      'f-programme',
      t('report.html.filter.programme'),
      ctx.programmeOrder.flatMap((id, i) =>
        ctx.named.programmes.has(i) ? [option(String(i), programmeLabel(ctx, id))] : [],
      ),
    );
    const providers = ctx.providerOrder.flatMap((id, i) =>
      ctx.named.providers.has(String(i))
        ? [option(String(i), htmlText(providerName(ctx.a.catalog, id)))]
        : [],
    );
    if (providers.length > 0)
      out += select('f-provider', t('report.html.filter.provider'), [
        option('n', htmlText(t('report.html.filter.national'))),
        ...providers,
      ]);
  }
  out += `<p class="applies">${htmlText(t('report.html.filter.applies'))}</p></div></div>\n`;
  return out;
}

function summary(input: ReportInput, ctx: HtmlContext): string {
  const { t } = ctx;
  const rows = summaryRows(input, ctx, (d) => t('report.plan-total', d));
  return `<section id="summary"><h2>${htmlText(t('report.html.summary'))}</h2>\n${summaryTable(t, rows)}</section>\n`;
}

function summaryTable(t: Text, rows: readonly SummaryRow[]): string {
  return htmlTable(
    'summary',
    [
      [t('report.markdown.head.measure'), ''],
      // Left: a value may carry a sentence (pairs not listed).
      [t('report.markdown.head.value'), ''],
    ],
    rows.map(([measure, value]) => ({ cells: [htmlText(measure), htmlText(value)] })),
  );
}
