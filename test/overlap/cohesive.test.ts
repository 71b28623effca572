import { describe, expect, it } from 'vitest';
import { clusterMembers, cohesive } from '../../src/overlap/cohesive.js';

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

describe('clusterMembers', () => {
  const threshold = 0.3;
  /** Scores of 1 between the pairs listed (as "i-j"), 0.05 between all others. */
  const linkage = (copyGroup: number[], high: string[]) => ({
    copyGroup: Int32Array.from(copyGroup),
    scoreOf: (i: number, j: number) =>
      high.includes(`${Math.min(i, j)}-${Math.max(i, j)}`) ? 1 : 0.05,
    threshold,
    representativeOf: (members: readonly number[]) => members[0] ?? 0,
  });
  const refOf = (d: number) => `m${d}`;
  const copiesOf = (groups: number[][]) => new Map(groups.map((g) => [g[0]!, g]));

  it('widens a cluster of contents to their copies, and lists a copy group of its own', () => {
    // Contents 0, 2 and 3; 1 is a copy of 0, 4 of 3. Edge 0–2; 3 and 4 pair with nothing else.
    const l = linkage([0, 0, 2, 3, 3], ['0-1', '0-2', '1-2', '3-4']);
    const edges = [{ a: 0, b: 2, score: 1 }];
    expect(clusterMembers(edges, copiesOf([[0, 1], [2], [3, 4]]), l, refOf)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
  });

  it('cuts a widened cluster where a copy falls below a content', () => {
    // 1, a copy of 0, scores below 2: it leaves, and alone it is no cluster.
    const l = linkage([0, 0, 2], ['0-1', '0-2']);
    const edges = [{ a: 0, b: 2, score: 1 }];
    expect(clusterMembers(edges, copiesOf([[0, 1], [2]]), l, refOf)).toEqual([[0, 2]]);
  });

  it('sorts the clusters by first member', () => {
    // Contents 2 and 3 are clustered first, copy group 0–1 after: sorted, 0–1 comes first.
    const l = linkage([0, 0, 2, 3], ['0-1', '2-3']);
    const edges = [{ a: 2, b: 3, score: 1 }];
    expect(clusterMembers(edges, copiesOf([[0, 1], [2], [3]]), l, refOf)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
});
