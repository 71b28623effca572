import type { Lang } from '../model/local-text.js';
import { compareStrings } from '../model/order.js';
import { formatPercent } from '../model/number-format.js';
import { count, noun } from '../model/words.js';
import type { Exemption, PathwayVariant } from '../savings/pathways.js';
import {
  type MarkdownContext,
  clockHours,
  num,
  programmeName,
  unitName,
} from './markdown-context.js';
import { escapeMarkdown } from './markdown-escape.js';
import { capped, markdownTable, moreLine } from './markdown-table.js';

/** At most this many national pathways; then this many provider pathways that differ. */
export const maxPathways = 50;
export const maxProviderPathways = 20;
/** At most this many rows of the exemption table. */
export const maxExemptions = 40;

const labels = {
  vi: {
    heading: 'Thời gian học theo lộ trình vị trí việc làm',
    intro: (unit: string, minutes: string) =>
      `Mỗi lộ trình là một tập chương trình tối thiểu mà người học phải hoàn thành để đạt tiêu chuẩn của vị trí việc làm. “Học lặp lại” là số ${unit} có nội dung trùng với một chương trình khác trong cùng lộ trình. Giờ học tiết kiệm mỗi năm = số người học mỗi năm × số ${unit} học lặp lại × ${minutes} phút.`,
    national: 'Lộ trình quốc gia',
    provider: 'Lộ trình của các cơ sở đào tạo',
    head: (unit: string) => [
      'Vị trí việc làm',
      'Chương trình phải học',
      `Phải học (${unit})`,
      `Học lặp lại (${unit})`,
      'Người học/năm',
      'Giờ học tiết kiệm/năm',
    ],
    providerHead: (unit: string) => [
      'Cơ sở đào tạo',
      'Vị trí việc làm',
      'Chương trình phải học',
      `Phải học (${unit})`,
      `Học lặp lại (${unit})`,
    ],
    providerCount: (variants: string, providers: string, differ: string) =>
      `Các cơ sở đào tạo có ${variants} (${providers}); ${differ} khác lộ trình quốc gia của cùng vị trí, liệt kê dưới đây.`,
    noPathway: 'Chưa có lộ trình quốc gia nào dẫn tới các vị trí: ',
  },
  en: {
    heading: 'Study time by position pathway',
    intro: (unit: string, minutes: string) =>
      `A pathway is a minimal set of programmes a learner completes to qualify for a position. "Sat twice" counts the ${unit} whose content another programme of the same pathway teaches too. Hours saved a year = learners a year × ${unit} sat twice × ${minutes} minutes.`,
    national: 'National pathways',
    provider: 'Provider pathways',
    head: (unit: string) => [
      'Position',
      'Programmes',
      `Sat (${unit})`,
      `Sat twice (${unit})`,
      'Learners/year',
      'Hours saved/year',
    ],
    providerHead: (unit: string) => [
      'Provider',
      'Position',
      'Programmes',
      `Sat (${unit})`,
      `Sat twice (${unit})`,
    ],
    providerCount: (variants: string, providers: string, differ: string) =>
      `Providers offer ${variants} (${providers}); ${differ} of them differ from the national pathways of the same position, listed below.`,
    noPathway: 'No national pathway leads to: ',
  },
} as const satisfies Record<Lang, unknown>;

const pathwayNoun = noun('lộ trình', 'pathway');
const providerNoun = noun('cơ sở', 'provider');

/**
 * Study time per position pathway: the national pathways first (position, programmes, hours
 * sat, hours sat twice, learners and hours saved a year), then the providers' pathways
 * counted, and those that differ from the national ones listed, both capped.
 */
export function pathwaysSection(ctx: MarkdownContext): string {
  const { a, lang } = ctx;
  const t = labels[lang];
  const { pathways } = a.pathways;
  if (a.catalog.positions.length === 0) return '';
  const positions = new Map(a.catalog.positions.map((p) => [p.id, p]));
  const positionName = (id: string) => escapeMarkdown(positions.get(id)?.title ?? id);
  const programmes = (v: PathwayVariant) =>
    v.programmes.map((id) => programmeName(ctx, id)).join('<br>');
  const unit = unitName(ctx);
  let out = `## ${t.heading}\n\n${t.intro(unit, num(ctx, a.catalog.framework.periodMinutes))}\n\n`;

  const national = pathways.filter((v) => v.provider === undefined);
  if (national.length > 0) {
    const { shown, more } = capped(national, maxPathways);
    const rows = shown.map((v) => [
      positionName(v.position),
      programmes(v),
      num(ctx, v.hours),
      num(ctx, v.hoursSaved),
      v.learnersPerYear === undefined ? '—' : num(ctx, v.learnersPerYear),
      v.personHoursSaved === undefined ? '—' : num(ctx, clockHours(ctx, v.personHoursSaved)),
    ]);
    out += `### ${t.national}\n\n`;
    out += markdownTable(t.head(unit), ['left', 'left', 'right', 'right', 'right', 'right'], rows);
    out += more > 0 ? `\n${moreLine(more, pathwayNoun, lang)}` : '';
    out += '\n';
  }
  const reached = new Set(national.map((v) => v.position));
  const unreached = a.catalog.positions.filter((p) => !reached.has(p.id));
  if (unreached.length > 0)
    out += `${t.noPathway}${unreached.map((p) => escapeMarkdown(p.title)).join('; ')}.\n\n`;

  const providerVariants = pathways.filter((v) => v.provider !== undefined);
  if (providerVariants.length === 0) return out;
  const nationalSets = new Set(national.map((v) => `${v.position} ${v.programmes.join(' ')}`));
  const differ = providerVariants.filter(
    (v) => !nationalSets.has(`${v.position} ${v.programmes.join(' ')}`),
  );
  const providers = new Set(providerVariants.map((v) => v.provider));
  out += `### ${t.provider}\n\n`;
  out += `${t.providerCount(count(providerVariants.length, pathwayNoun, lang), count(providers.size, providerNoun, lang), count(differ.length, pathwayNoun, lang))}\n\n`;
  if (differ.length === 0) return out;
  const { shown, more } = capped(differ, maxProviderPathways);
  out += markdownTable(
    t.providerHead(unit),
    ['left', 'left', 'left', 'right', 'right'],
    shown.map((v) => [
      escapeMarkdown(v.provider ?? ''),
      positionName(v.position),
      programmes(v),
      num(ctx, v.hours),
      num(ctx, v.hoursSaved),
    ]),
  );
  out += more > 0 ? `\n${moreLine(more, pathwayNoun, lang)}` : '';
  return out + '\n';
}

const exemptionLabels = {
  vi: {
    heading: 'Miễn học khi học liên thông',
    intro: (unit: string) =>
      `Người đã có chứng chỉ của một chương trình, khi học chương trình của bậc tiếp theo trong cùng nhánh (hoặc của bậc tương đương ở nhánh khác), đã học trước một phần nội dung: số ${unit} đó có thể được miễn.`,
    head: (unit: string) => [
      'Đã có chứng chỉ',
      'Học tiếp',
      `Chương trình học tiếp (${unit})`,
      `Có thể miễn (${unit})`,
      'Tỉ lệ',
    ],
    provider: 'Cơ sở đào tạo',
    national: 'quốc gia',
  },
  en: {
    heading: 'Exemptions between levels',
    intro: (unit: string) =>
      `A holder of one programme's certificate who goes on to the programme of the next level of the track (or of a comparable level of another track) has studied part of it already: those ${unit} could be exempted.`,
    head: (unit: string) => [
      'Certificate held',
      'Next programme',
      `Next programme (${unit})`,
      `Exempt (${unit})`,
      'Share',
    ],
    provider: 'Provider',
    national: 'national',
  },
} as const satisfies Record<Lang, unknown>;

const exemptionNoun = noun('dòng', 'row');

/**
 * Liên thông: for each certificate and the next programme its holder may take, the hours of
 * the next programme studied already. National rows first, then each provider's; the largest
 * exemptions first within each.
 */
export function exemptionsSection(ctx: MarkdownContext): string {
  const { lang } = ctx;
  const t = exemptionLabels[lang];
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
      ? [e.provider === undefined ? `_${t.national}_` : escapeMarkdown(e.provider)]
      : []),
    programmeName(ctx, e.held),
    programmeName(ctx, e.next),
    num(ctx, e.nextHours),
    num(ctx, e.exemptHours),
    // A no-break space keeps "24 %" on one line in a narrow column.
    e.nextHours > 0 ? formatPercent(e.exemptHours / e.nextHours, lang).replace(' ', '\u00a0') : '—',
  ];
  const head = [...(withProvider ? [t.provider] : []), ...t.head(unitName(ctx))];
  const align = [
    ...(withProvider ? (['left'] as const) : []),
    ...(['left', 'left', 'right', 'right', 'right'] as const),
  ];
  let out = `## ${t.heading}\n\n${t.intro(unitName(ctx))}\n\n`;
  out += markdownTable(head, align, shown.map(cells));
  out += more > 0 ? `\n${moreLine(more, exemptionNoun, lang)}` : '';
  return out + '\n';
}
