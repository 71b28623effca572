import { compareStrings } from '../model/order.js';
import { roundHours } from '../model/hours.js';
import { type MarkdownContext, num, programmeName } from './markdown-context.js';
import { capped, markdownTable, moreLine } from './markdown-table.js';

/**
 * At most this many pairs of programmes. A national archive has hundreds of programmes: a
 * matrix of them fits no page, while the pairs that share most, one a row, read the same on
 * GitHub and on paper at any size.
 */
export const maxProgrammePairs = 30;

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

/** The programme × programme table of shared hours, long-form, the pairs that share most first. */
export function programmesSection(ctx: MarkdownContext): string {
  const pairs = programmePairs(ctx);
  if (pairs.length === 0) return '';
  const { t, unit } = ctx;
  const { shown, more } = capped(pairs, maxProgrammePairs);
  const heading = t('report.markdown.programmes.heading', { unit });
  let out = `## ${heading}\n\n${t('report.markdown.programmes.intro', { unit })}\n\n`;
  out += markdownTable(
    [
      t('report.markdown.programmes.head.programme'),
      t('report.markdown.programmes.head.programme'),
      t('report.markdown.programmes.head.pairs'),
      t('report.markdown.programmes.head.shared', { unit }),
    ],
    ['left', 'left', 'right', 'right'],
    shown.map((p) => [
      programmeName(ctx, p.a),
      p.a === p.b ? `_${t('report.markdown.programmes.same')}_` : programmeName(ctx, p.b),
      num(ctx, p.pairs),
      num(ctx, p.hours),
    ]),
  );
  out += more > 0 ? `\n${moreLine(more, 'noun.programme-pair', ctx.lang)}` : '';
  return out + '\n';
}
