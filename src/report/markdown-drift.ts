import type { Lang } from '../model/local-text.js';
import { driftingCopies } from '../uniformity/provider-drift.js';
import { count, nouns } from '../model/words.js';
import { type MarkdownContext, num, programmeName, unitName } from './markdown-context.js';
import { escapeMarkdown } from './markdown-escape.js';
import { capped, markdownTable, moreLine } from './markdown-table.js';

/** At most this many provider copies; the JSON report has them all. */
export const maxDrift = 30;

const labels = {
  vi: {
    heading: 'Khác biệt giữa chương trình của cơ sở đào tạo và chương trình quốc gia',
    intro: (shown: string, all: string, unit: string) =>
      `${shown} trong số ${all} chương trình của cơ sở đào tạo sao từ chương trình quốc gia có khác biệt: mô-đun bỏ đi, thêm vào, viết lại nội dung hoặc đổi số ${unit}. Bản sao bỏ nhiều nhất đứng trước.`,
    head: (unit: string) => [
      'Chương trình của cơ sở',
      'Cơ sở đào tạo',
      'Sao từ',
      'Bỏ đi',
      'Thêm vào',
      'Viết lại',
      `Đổi số ${unit}`,
    ],
  },
  en: {
    heading: "Providers' copies that differ from the national programme",
    intro: (shown: string, all: string, unit: string) =>
      `${shown} of ${all} provider programmes copied from a national one differ from it: modules dropped, added or reworded, or their ${unit} changed. The copies that drop most first.`,
    head: (unit: string) => [
      'Provider programme',
      'Provider',
      'Copies',
      'Dropped',
      'Added',
      'Reworded',
      `Changed ${unit}`,
    ],
  },
} as const satisfies Record<Lang, unknown>;

/** Provider drift: what each provider's copy of a national programme drops, adds and changes. */
export function driftSection(ctx: MarkdownContext): string {
  const { a, lang } = ctx;
  const t = labels[lang];
  const drifting = driftingCopies(a.drift);
  if (drifting.length === 0) return '';
  const { shown, more } = capped(drifting, maxDrift);
  const modules = (n: number, hours?: number) =>
    n === 0
      ? '—'
      : count(n, nouns.module, lang) +
        (hours === undefined ? '' : ` (${count(hours, ctx.unit, lang)})`);
  let out = `## ${t.heading}\n\n${t.intro(num(ctx, drifting.length), num(ctx, a.drift.length), unitName(ctx))}\n\n`;
  out += markdownTable(
    t.head(unitName(ctx)),
    ['left', 'left', 'left', 'right', 'right', 'right', 'right'],
    shown.map((d) => [
      programmeName(ctx, d.programme),
      escapeMarkdown(d.provider),
      programmeName(ctx, d.national),
      modules(d.dropped.length, d.droppedHours),
      modules(d.added.length, d.addedHours),
      modules(d.reworded.length),
      d.hoursChanged.length === 0
        ? '—'
        : `${count(d.hoursChanged.length, nouns.module, lang)} (${d.hoursDifference > 0 ? '+' : ''}${count(d.hoursDifference, ctx.unit, lang)})`,
    ]),
  );
  out += more > 0 ? `\n${moreLine(more, nouns.copy, lang)}` : '';
  return out + '\n';
}
