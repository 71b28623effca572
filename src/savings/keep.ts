import type { Module } from '../model/catalog.js';
import { compareStrings } from '../model/order.js';
import type { Covered } from './hours.js';

/**
 * The module to keep when overlapping modules are merged (★ in the reports): the national
 * original first (a provider's copy is never kept over the programme it copies), then the one
 * that teaches most of the others' content, then the longest, then the first by ref.
 */
export function moduleToKeep<M extends Pick<Module, 'ref' | 'hours' | 'programme'>>(
  members: readonly M[],
  covered: Covered,
  isNational: (module: M) => boolean,
): M | undefined {
  const ranked = members.map((m) => ({
    m,
    national: isNational(m),
    teaches: teaches(m, members, covered),
  }));
  ranked.sort(
    (x, y) =>
      Number(y.national) - Number(x.national) ||
      y.teaches - x.teaches ||
      y.m.hours - x.m.hours ||
      compareStrings(x.m.ref, y.m.ref),
  );
  return ranked[0]?.m;
}

/** Why `moduleToKeep` chose its module, for a reader: the first rule that set it apart. */
export type KeepReason = 'national-original' | 'covers-others' | 'longest' | 'first';

export function keepReason<M extends Pick<Module, 'ref' | 'hours' | 'programme'>>(
  kept: M,
  members: readonly M[],
  covered: Covered,
  isNational: (module: M) => boolean,
): KeepReason {
  const rivals = members.filter((m) => m !== kept && isNational(m) === isNational(kept));
  if (rivals.length === 0) return members.length > 1 ? 'national-original' : 'first';
  const mine = teaches(kept, members, covered);
  const asGood = rivals.filter((m) => teaches(m, members, covered) >= mine);
  if (asGood.length === 0) return 'covers-others';
  return asGood.every((m) => m.hours < kept.hours) ? 'longest' : 'first';
}

/** How much of the other members' content `m` teaches: the sum of their shares it covers. */
function teaches<M extends Pick<Module, 'ref'>>(
  m: M,
  members: readonly M[],
  covered: Covered,
): number {
  return members.reduce((sum, other) => (other === m ? sum : sum + covered(other.ref, m.ref)), 0);
}
