import type { Lang } from '../model/local-text.js';
import { compareStrings } from '../model/order.js';
import { roundHours } from '../model/hours.js';
import { noun } from '../model/words.js';
import { type MarkdownContext, num, programmeName, unitName } from './markdown-context.js';
import { capped, markdownTable, moreLine } from './markdown-table.js';

/**
 * At most this many pairs of programmes. A national archive has hundreds of programmes: a
 * matrix of them fits no page, while the pairs that share most, one a row, read the same on
 * GitHub and on paper at any size.
 */
export const maxProgrammePairs = 30;

const labels = {
  vi: {
    heading: (unit: string) => `Số ${unit} trùng lặp giữa các chương trình`,
    intro: (unit: string) =>
      `Mỗi dòng là một cặp chương trình có mô-đun trùng lặp: số cặp mô-đun trùng lặp và tổng số ${unit} trùng (số ${unit} người học cả hai chương trình không phải học lại), cặp trùng nhiều nhất trước.`,
    head: (unit: string) => ['Chương trình', 'Chương trình', 'Cặp mô-đun', `Trùng (${unit})`],
    same: '(trong cùng chương trình)',
  },
  en: {
    heading: (unit: string) => `Shared ${unit} between programmes`,
    intro: (unit: string) =>
      `Each row is a pair of programmes with overlapping modules: the overlapping module pairs and the ${unit} they share (those a learner taking both would not need to sit twice), the pairs that share most first.`,
    head: (unit: string) => ['Programme', 'Programme', 'Module pairs', `Shared (${unit})`],
    same: '(within the programme)',
  },
} as const satisfies Record<Lang, unknown>;

interface ProgrammePair {
  readonly a: string;
  readonly b: string;
  pairs: number;
  hours: number;
}

/** Reported overlaps summed by the programmes of their two modules (a ≤ b). */
export function programmePairs(ctx: MarkdownContext): ProgrammePair[] {
  const byPair = new Map<string, ProgrammePair>();
  for (const o of ctx.a.overlap.overlaps) {
    const [x, y] = [programmeOf(o.a), programmeOf(o.b)];
    const [a, b] = compareStrings(x, y) <= 0 ? [x, y] : [y, x];
    const key = `${a}\u0000${b}`;
    const entry = byPair.get(key) ?? { a, b, pairs: 0, hours: 0 };
    entry.pairs += 1;
    entry.hours += o.hoursSaved;
    byPair.set(key, entry);
  }
  return [...byPair.values()]
    .map((p) => ({ ...p, hours: roundHours(p.hours) }))
    .sort(
      (x, y) =>
        y.hours - x.hours ||
        y.pairs - x.pairs ||
        compareStrings(x.a, y.a) ||
        compareStrings(x.b, y.b),
    );
}

/** A module ref's programme: the ref is `programme/module`, and a programme id has no `/`. */
const programmeOf = (ref: string) => ref.slice(0, ref.indexOf('/'));

const pairNoun = noun('cặp chương trình', 'programme pair');

/** The programme × programme table of shared hours, long-form, the pairs that share most first. */
export function programmesSection(ctx: MarkdownContext): string {
  const pairs = programmePairs(ctx);
  if (pairs.length === 0) return '';
  const t = labels[ctx.lang];
  const unit = unitName(ctx);
  const { shown, more } = capped(pairs, maxProgrammePairs);
  let out = `## ${t.heading(unit)}\n\n${t.intro(unit)}\n\n`;
  out += markdownTable(
    t.head(unit),
    ['left', 'left', 'right', 'right'],
    shown.map((p) => [
      programmeName(ctx, p.a),
      p.a === p.b ? `_${t.same}_` : programmeName(ctx, p.b),
      num(ctx, p.pairs),
      num(ctx, p.hours),
    ]),
  );
  out += more > 0 ? `\n${moreLine(more, pairNoun, ctx.lang)}` : '';
  return out + '\n';
}
