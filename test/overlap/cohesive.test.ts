import { describe, expect, it } from 'vitest';
import { cohesive } from '../../src/overlap/cohesive.js';

describe('cohesive: what a cluster claims holds', () => {
  const threshold = 0.3;
  /** Scores of 1 but for the pairs listed (as "i-j"), at 0.05. */
  const linkage = (copyGroup: number[], low: string[]) => ({
    copyGroup: Int32Array.from(copyGroup),
    scoreOf: (i: number, j: number) =>
      low.includes(`${Math.min(i, j)}-${Math.max(i, j)}`) ? 0.05 : 1,
    threshold,
    representativeOf: (members: readonly number[]) => members[0] ?? 0,
  });

  it('drops from a small cluster the copy that falls below another member, not the content', () => {
    // 0 and 2 are distinct contents; 1 is a reworded copy of 0, 3 a copy of 2.
    expect(cohesive([0, 1, 2, 3], [0, 2], linkage([0, 0, 2, 2], ['1-2']))).toEqual([[0, 2, 3]]);
  });

  it('keeps copies that leave together as a cluster of their own', () => {
    // 1 and 4, copies of 0, fall below both 2 and its copy 3.
    const low = ['1-2', '1-3', '2-4', '3-4'];
    expect(cohesive([0, 1, 2, 3, 4], [0, 2], linkage([0, 0, 2, 2, 0], low))).toEqual([
      [0, 2, 3],
      [1, 4],
    ]);
  });

  it('checks each member of a large cluster against every distinct content', () => {
    const members = Array.from({ length: 30 }, (_, i) => i);
    // 0 and 1 are the contents; the rest copies of 0, one of which falls below 1.
    const groups = members.map((i) => (i === 1 ? 1 : 0));
    const [kept, ...rest] = cohesive(members, [0, 1], linkage(groups, ['1-17']));
    expect(kept).toHaveLength(29);
    expect(kept).not.toContain(17);
    expect(rest).toEqual([]);
  });
});
