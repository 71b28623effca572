import type { Module } from '../model/catalog.js';
import { compareStrings } from '../model/order.js';

/** The share of one module's content another teaches, by ref (`OverlapResult.covered`). */
export type Covered = (inner: string, outer: string) => number;

/**
 * Whole tiết a learner who takes both modules sits twice: the share of the shorter module that
 * the longer one teaches, times the shorter one's hours (docs/savings.md). A module all of
 * whose topics the other teaches repeats its whole hours. Whole tiết, because a timetable has
 * no fractions of one; the ref breaks a tie in hours, so the figure does not depend on order.
 */
export function repeatedHours(
  a: Pick<Module, 'ref' | 'hours'>,
  b: Pick<Module, 'ref' | 'hours'>,
  covered: Covered,
): number {
  const aShorter = a.hours < b.hours || (a.hours === b.hours && compareStrings(a.ref, b.ref) <= 0);
  const [shorter, longer] = aShorter ? [a, b] : [b, a];
  return Math.round(covered(shorter.ref, longer.ref) * shorter.hours);
}
