import { providerName } from '../model/lookup.js';
import { compareStrings } from '../model/order.js';
import { formatPercent } from '../messages/number-format.js';
import type { Exemption, PathwayVariant } from '../savings/pathways.js';
import { type MarkdownContext, num, programmeName } from './markdown-context.js';
import { escapeMarkdown } from './markdown-escape.js';
import { capped, markdownTable, moreLine } from './markdown-table.js';
import { studyTime } from './pathway-rows.js';

/** At most this many national pathways; then this many provider pathways that differ. */
export const maxPathways = 50;
export const maxProviderPathways = 20;
/** At most this many rows of the exemption table. */
export const maxExemptions = 40;

/**
 * Study time per position pathway: the national pathways first (position, programmes, hours
 * sat, hours sat twice, learners and hours saved a year), then the providers' pathways
 * counted, and those that differ from the national ones listed, both capped.
 */
export function pathwaysSection(ctx: MarkdownContext): string {
  const { a, lang, t, unit } = ctx;
  const time = studyTime(a);
  if (time === undefined) return '';
  const positions = new Map(a.catalog.positions.map((p) => [p.id, p]));
  const positionName = (id: string) => escapeMarkdown(positions.get(id)?.title ?? id);
  const programmes = (v: PathwayVariant) =>
    v.programmes.map((id) => programmeName(ctx, id)).join('<br>');
  const intro = t('report.markdown.pathways.intro', {
    unit,
    minutes: a.catalog.framework.periodMinutes,
  });
  let out = `## ${t('report.markdown.pathways.heading')}\n\n${intro}\n\n`;

  if (time.national.length > 0) {
    const { shown, more } = capped(time.national, maxPathways);
    const rows = shown.map(({ variant: v, learners, savedHours }) => [
      positionName(v.position),
      programmes(v),
      num(ctx, v.hours),
      num(ctx, v.hoursSaved),
      learners === undefined ? '—' : num(ctx, learners),
      savedHours === undefined ? '—' : num(ctx, savedHours),
    ]);
    out += `### ${t('report.markdown.pathways.national')}\n\n`;
    out += markdownTable(
      [
        t('report.markdown.pathways.head.position'),
        t('report.markdown.pathways.head.programmes'),
        t('report.markdown.pathways.head.sat', { unit }),
        t('report.markdown.pathways.head.twice', { unit }),
        t('report.markdown.pathways.head.learners'),
        t('report.markdown.pathways.head.saved'),
      ],
      ['left', 'left', 'right', 'right', 'right', 'right'],
      rows,
    );
    out += more > 0 ? `\n${moreLine(more, 'noun.pathway', lang)}` : '';
    out += '\n';
  }
  if (time.unreached.length > 0)
    out += `${t('report.markdown.pathways.unreached')}${time.unreached.map((p) => escapeMarkdown(p.title)).join('; ')}.\n\n`;

  if (time.providerVariants.length === 0) return out;
  out += `### ${t('report.markdown.pathways.provider')}\n\n`;
  const counts = t('report.markdown.pathways.provider-count', {
    variants: time.providerVariants.length,
    providers: time.providers,
    differ: time.differ.length,
  });
  out += `${counts}\n\n`;
  if (time.differ.length === 0) return out;
  const { shown, more } = capped(time.differ, maxProviderPathways);
  out += markdownTable(
    [
      t('report.markdown.pathways.head.provider'),
      t('report.markdown.pathways.head.position'),
      t('report.markdown.pathways.head.programmes'),
      t('report.markdown.pathways.head.sat', { unit }),
      t('report.markdown.pathways.head.twice', { unit }),
    ],
    ['left', 'left', 'left', 'right', 'right'],
    shown.map((v) => [
      escapeMarkdown(v.provider === undefined ? '' : providerName(ctx.a.catalog, v.provider)),
      positionName(v.position),
      programmes(v),
      num(ctx, v.hours),
      num(ctx, v.hoursSaved),
    ]),
  );
  out += more > 0 ? `\n${moreLine(more, 'noun.pathway', lang)}` : '';
  return out + '\n';
}

/**
 * Liên thông: for each certificate and the next programme its holder may take, the hours of
 * the next programme studied already. National rows first, then each provider's; the largest
 * exemptions first within each.
 */
export function exemptionsSection(ctx: MarkdownContext): string {
  const { lang, t, unit } = ctx;
  const rows = [...ctx.a.pathways.exemptions].sort(
    (x, y) =>
      compareStrings(x.provider ?? '', y.provider ?? '') ||
      y.exemptHours - x.exemptHours ||
      compareStrings(x.held, y.held) ||
      compareStrings(x.next, y.next),
  );
  if (rows.length === 0) return '';
  const withProvider = rows.some((e) => e.provider !== undefined);
  const { shown, more } = capped(rows, maxExemptions);
  const cells = (e: Exemption) => [
    ...(withProvider
      ? [
          e.provider === undefined
            ? `_${t('report.markdown.exemptions.national')}_`
            : escapeMarkdown(providerName(ctx.a.catalog, e.provider)),
        ]
      : []),
    programmeName(ctx, e.held),
    programmeName(ctx, e.next),
    num(ctx, e.nextHours),
    num(ctx, e.exemptHours),
    // A no-break space keeps "24 %" on one line in a narrow column.
    e.nextHours > 0 ? formatPercent(e.exemptHours / e.nextHours, lang).replace(' ', '\u00a0') : '—',
  ];
  const head = [
    ...(withProvider ? [t('report.markdown.exemptions.head.provider')] : []),
    t('report.markdown.exemptions.head.held'),
    t('report.markdown.exemptions.head.next'),
    t('report.markdown.exemptions.head.next-hours', { unit }),
    t('report.markdown.exemptions.head.exempt', { unit }),
    t('report.markdown.exemptions.head.share'),
  ];
  const align = [
    ...(withProvider ? (['left'] as const) : []),
    ...(['left', 'left', 'right', 'right', 'right'] as const),
  ];
  let out = `## ${t('report.markdown.exemptions.heading')}\n\n`;
  out += `${t('report.markdown.exemptions.intro', { unit })}\n\n`;
  out += markdownTable(head, align, shown.map(cells));
  out += more > 0 ? `\n${moreLine(more, 'noun.row', lang)}` : '';
  return out + '\n';
}
