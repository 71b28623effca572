import type { Finding } from '../findings/finding.js';
import { render } from '../messages/catalogue.js';
import type { Terms } from '../messages/types.js';
import type { NounId } from '../messages/words.js';
import type { Lang } from '../model/lang.js';
import { providerName } from '../model/lookup.js';
import { loadDocx } from './docx-library.js';
import {
  type Block,
  type Cell,
  Layout,
  type Para,
  documentStyles,
  pageMargin,
  pageSize,
  ruleLine,
  textWidth,
} from './docx-layout.js';
import { packDocument } from './docx-package.js';
import { type MarkdownContext, markdownContext, num } from './markdown-context.js';
import {
  type FindingGroup,
  findingGroups,
  maxFindingsPerRule,
  maxRelated,
  placeText,
  ruleText,
  severityLabel,
} from './markdown-findings.js';
import { maxPathways, maxProviderPathways } from './markdown-pathways.js';
import { maxPlanRows } from './markdown-plan.js';
import { capped } from './markdown-table.js';
import { studyTime } from './pathway-rows.js';
import { planRows, planTotal } from './plan-rows.js';
import { type DocumentReporter, type ReportInput, reportTerms } from './report-input.js';
import { type SummaryRow, invalidSummaryRows, summaryRows } from './summary-rows.js';
import { type Text, textIn } from './text.js';

/** At most this many places related to a finding are listed under it. */

/**
 * The report a curriculum office sends upward, as a Word document in the administrative
 * format of Nghị định 30/2020/NĐ-CP (docx-layout.ts): the heading of the page (issuing body,
 * national title, number, place and date, left as blanks), "BÁO CÁO" and its subject, then
 * the summary, the plan, study time by position and the findings by rule, each table with
 * column titles and the titles of what it names; the recipients and the signature last, as
 * blanks. The figures are the markdown report's, from the same rows (summary-rows.ts,
 * plan-rows.ts, pathway-rows.ts, findingGroups). The same input gives the same bytes
 * (docx-package.ts).
 */
export const docxReporter: DocumentReporter = async (input, options) => {
  const d = await loadDocx();
  const { lang } = options;
  const terms = options.terms ?? reportTerms(input, lang);
  const t = textIn(lang, terms);
  const layout = new Layout(d);
  const blocks = [
    ...heading(layout, t, lang),
    ...contents(layout, input, lang, terms),
    ...signature(layout, t),
  ];
  const pageNumber = new d.Paragraph({
    alignment: d.AlignmentType.CENTER,
    children: [new d.TextRun({ children: [d.PageNumber.CURRENT] })],
  });
  const language = lang === 'vi' ? 'vi-VN' : 'en-GB';
  const document = new d.Document({
    styles: documentStyles(language),
    sections: [
      {
        // The decree numbers pages from the second, centred in the top margin.
        properties: {
          titlePage: true,
          page: { size: pageSize, margin: { ...pageMargin, header: 567, footer: 567 } },
        },
        headers: {
          default: new d.Header({ children: [pageNumber] }),
          first: new d.Header({ children: [] }),
        },
        children: blocks,
      },
    ],
  });
  return packDocument(d, document, { title: t('report.markdown.title'), language });
};

/** The left column of the page's heading, and the right: the national title's. */
const headingWidths = [3402, textWidth - 3402] as const;

/**
 * The heading of the page: the issuing body (left) beside the national title and motto
 * (right), the number beside the place and date; then the document's kind and subject.
 */
function heading(layout: Layout, t: Text, lang: Lang): Block[] {
  // The national title heads a document of a Vietnamese agency: a report in Vietnamese. One in
  // English, a working copy for other readers, keeps the page without it.
  const right: Para[] =
    lang === 'vi'
      ? [
          { text: t('report.docx.nation'), bold: true, size: 24, align: 'center' },
          { text: t('report.docx.motto'), bold: true, underline: true, align: 'center' },
        ]
      : [];
  const agency = t('report.docx.agency');
  return [
    layout.frame(headingWidths, [
      [
        [
          { text: agency, size: 26, align: 'center' },
          { text: agency, size: 26, bold: true, align: 'center' },
          ruleLine,
          { text: t('report.docx.number'), size: 26, align: 'center' },
        ],
        [
          ...right,
          { text: '', after: 0 },
          { text: t('report.docx.place-date'), italics: true, align: 'center' },
        ],
      ],
    ]),
    layout.paragraph({ text: '', after: 240 }),
    layout.paragraph({ text: t('report.docx.kind'), bold: true, align: 'center' }),
    layout.paragraph({ text: t('report.docx.subject'), bold: true, align: 'center' }),
    layout.rule(textWidth / 4, textWidth),
  ];
}

/** The body of the report: what the analysis found, or, without one, the findings alone. */
function contents(layout: Layout, input: ReportInput, lang: Lang, terms: Terms): Block[] {
  const t = textIn(lang, terms);
  const a = input.analysis;
  const section = (n: number, title: string) =>
    layout.paragraph({ text: t('report.docx.section', { n, title }), heading: 1 });
  if (!a)
    return [
      layout.body(t('report.docx.invalid'), { bold: true }),
      section(1, t('report.markdown.summary')),
      summaryTable(layout, t, invalidSummaryRows(input, lang)),
      section(2, t('report.markdown.findings.heading')),
      ...findings(layout, input.findings, 2, lang, terms),
    ];
  const ctx = markdownContext(a, lang, terms, input.rules);
  const { framework } = a.catalog;
  const name = framework.title === framework.id ? framework.id : framework.title;
  const period = t('report.markdown.period', { unit: ctx.unit, minutes: framework.periodMinutes });
  const time = pathways(layout, ctx);
  // As a báo cáo reads: the overall results, the evidence, then the proposals, last.
  const sections: [string, Block[]][] = [
    [
      t('report.docx.summary'),
      [
        summaryTable(
          layout,
          t,
          summaryRows(input, ctx, (d) => t('report.plan-total', d)),
        ),
      ],
    ],
  ];
  if (time.length > 0) sections.push([t('report.markdown.pathways.heading'), time]);
  const findingsSection = sections.length + 1;
  sections.push([
    t('report.markdown.findings.heading'),
    findings(layout, input.findings, findingsSection, lang, terms),
  ]);
  sections.push([t('plan.heading'), plan(layout, ctx)]);
  const blocks: Block[] = [
    layout.body(t('report.docx.opening')),
    layout.body(t('report.docx.framework', { name, period })),
  ];
  sections.forEach(([title, content], i) => blocks.push(section(i + 1, title), ...content));
  blocks.push(layout.body(t('report.docx.closing')));
  return blocks;
}

function summaryTable(layout: Layout, t: Text, rows: readonly SummaryRow[]): Block {
  return layout.table(
    [
      { title: t('report.markdown.head.measure'), width: 5655 },
      { title: t('report.markdown.head.value'), width: textWidth - 5655, align: 'right' },
    ],
    rows,
  );
}

/** The line under a capped table: how many rows it leaves to the JSON report. */
function more(layout: Layout, t: Text, n: number, noun: NounId): Block[] {
  return n > 0 ? [layout.body(t('report.more', { n, noun }), { italics: true })] : [];
}

/** The plan: its total, then one row an action, as the markdown report's, and how it counts. */
function plan(layout: Layout, ctx: MarkdownContext): Block[] {
  const { a, lang, t, unit } = ctx;
  const rows = planRows(a);
  if (rows.length === 0) return [layout.body(t('plan.none'))];
  const { shown, more: rest } = capped(rows, maxPlanRows);
  const total = render(planTotal(a), lang, ctx.terms);
  const say = (m: Parameters<typeof render>[0]) => render(m, lang, ctx.terms);
  const table = layout.table(
    [
      { title: t('plan.head.rank'), width: 567, align: 'center' },
      { title: t('plan.head.action'), width: 1250 },
      { title: t('plan.head.what'), width: 3250 },
      { title: t('plan.head.keep'), width: 1414 },
      { title: t('plan.head.person-hours'), width: 1400, align: 'right' },
      { title: t('plan.head.arithmetic'), width: textWidth - 7881 },
    ],
    shown.map((row, i): Cell[] => [
      num(ctx, i + 1),
      t(`plan.action.${row.action.action}`),
      say(row.what),
      say(row.reason),
      row.action.learnersPerYear > 0 ? num(ctx, row.action.personHoursPerYear) : '—',
      say(row.arithmetic),
    ]),
  );
  const minutes = a.catalog.framework.periodMinutes;
  return [
    layout.body(total, { bold: true }),
    table,
    ...more(layout, t, rest, 'noun.action'),
    layout.body(t('plan.how', { minutes, unit })),
  ];
}

/** Study time by position: the national pathways, the positions none reaches, providers'. */
function pathways(layout: Layout, ctx: MarkdownContext): Block[] {
  const { a, t, unit } = ctx;
  const time = studyTime(a);
  if (time === undefined) return [];
  const positions = new Map(a.catalog.positions.map((p) => [p.id, p.title]));
  const programmes = (ids: readonly string[]) =>
    ids.map((id) => ctx.programmes.get(id)?.title ?? id);
  const blocks: Block[] = [
    layout.body(
      t('report.markdown.pathways.intro', { unit, minutes: a.catalog.framework.periodMinutes }),
    ),
  ];
  if (time.national.length > 0) {
    const { shown, more: rest } = capped(time.national, maxPathways);
    blocks.push(
      layout.table(
        [
          { title: t('report.markdown.pathways.head.position'), width: 1850 },
          { title: t('report.markdown.pathways.head.programmes'), width: 2900 },
          { title: t('report.markdown.pathways.head.sat', { unit }), width: 1000, align: 'right' },
          {
            title: t('report.markdown.pathways.head.twice', { unit }),
            width: 1085,
            align: 'right',
          },
          { title: t('report.markdown.pathways.head.learners'), width: 1200, align: 'right' },
          { title: t('report.markdown.pathways.head.saved'), width: 1320, align: 'right' },
        ],
        shown.map(({ variant: v, learners, savedHours }) => [
          positions.get(v.position) ?? v.position,
          programmes(v.programmes),
          num(ctx, v.hours),
          num(ctx, v.hoursSaved),
          learners === undefined ? '—' : num(ctx, learners),
          savedHours === undefined ? '—' : num(ctx, savedHours),
        ]),
      ),
      ...more(layout, t, rest, 'noun.pathway'),
    );
  }
  if (time.unreached.length > 0)
    blocks.push(
      layout.body(
        `${t('report.markdown.pathways.unreached')}${time.unreached.map((p) => p.title).join('; ')}.`,
      ),
    );
  if (time.providerVariants.length === 0) return blocks;
  blocks.push(
    layout.body(
      t('report.markdown.pathways.provider-count', {
        variants: time.providerVariants.length,
        providers: time.providers,
        differ: time.differ.length,
      }),
    ),
  );
  if (time.differ.length === 0) return blocks;
  const { shown, more: rest } = capped(time.differ, maxProviderPathways);
  blocks.push(
    layout.table(
      [
        { title: t('report.markdown.pathways.head.provider'), width: 1900 },
        { title: t('report.markdown.pathways.head.position'), width: 1900 },
        { title: t('report.markdown.pathways.head.programmes'), width: 3205 },
        { title: t('report.markdown.pathways.head.sat', { unit }), width: 1150, align: 'right' },
        { title: t('report.markdown.pathways.head.twice', { unit }), width: 1200, align: 'right' },
      ],
      shown.map((v) => [
        v.provider === undefined ? '' : providerName(a.catalog, v.provider),
        positions.get(v.position) ?? v.position,
        programmes(v.programmes),
        num(ctx, v.hours),
        num(ctx, v.hoursSaved),
      ]),
    ),
    ...more(layout, t, rest, 'noun.pathway'),
  );
  return blocks;
}

/**
 * The findings by rule, in the markdown report's order: for each rule its title, severity,
 * count and summary, then a table of its first findings, each with the places it relates to.
 */
function findings(
  layout: Layout,
  list: readonly Finding[],
  section: number,
  lang: Lang,
  terms: Terms,
): Block[] {
  const t = textIn(lang, terms);
  if (list.length === 0) return [layout.body(t('report.markdown.findings.none'))];
  return findingGroups(list).flatMap((group, i) =>
    ruleGroup(layout, group, { section, n: i + 1, lang, terms }),
  );
}

function ruleGroup(
  layout: Layout,
  { id, list, severity }: FindingGroup,
  at: { section: number; n: number; lang: Lang; terms: Terms },
): Block[] {
  const { lang, terms } = at;
  const t = textIn(lang, terms);
  const say = (m: Parameters<typeof render>[0]) => render(m, lang, terms);
  const rule = ruleText(id, lang, terms);
  const { shown, more: rest } = capped(list, maxFindingsPerRule);
  const rows = shown.map((f, i): Cell[] => {
    const related = capped(f.related ?? [], maxRelated);
    return [
      num({ lang }, i + 1),
      [
        say(f.message),
        ...related.shown.map((r) => `– ${say(r.message)} (${placeText(r)})`),
        ...(related.more > 0
          ? [t('report.markdown.findings.more-places', { n: related.more })]
          : []),
      ],
      placeText(f),
    ];
  });
  return [
    layout.paragraph({
      text: t('report.docx.rule', { section: at.section, n: at.n, title: rule.title, rule: id }),
      heading: 2,
    }),
    layout.body(
      t('report.docx.rule-line', {
        severity: severityLabel(severity, lang),
        n: list.length,
        summary: rule.summary ?? '',
      }),
    ),
    layout.table(
      [
        { title: t('plan.head.rank'), width: 567, align: 'center' },
        { title: t('report.docx.findings.head.finding'), width: 5988 },
        { title: t('report.docx.findings.head.place'), width: textWidth - 6555 },
      ],
      rows,
    ),
    ...more(layout, t, rest, 'noun.finding'),
  ];
}

/** Who receives the report (left) and who signs it (right), as blanks to fill in. */
function signature(layout: Layout, t: Text): Block[] {
  const half = Math.round(textWidth / 2);
  return [
    layout.paragraph({ text: '', after: 240 }),
    layout.frame(
      [half, textWidth - half],
      [
        [
          [
            { text: t('report.docx.recipients'), bold: true, italics: true, size: 24 },
            { text: t('report.docx.recipient'), size: 22 },
            { text: t('report.docx.archive'), size: 22 },
          ],
          [
            { text: t('report.docx.signer'), bold: true, align: 'center' },
            { text: t('report.docx.signature'), italics: true, size: 26, align: 'center' },
            { text: '', after: 1200 },
            { text: t('report.docx.signer-name'), bold: true, align: 'center' },
          ],
        ],
      ],
    ),
  ];
}
