import { describe, expect, it } from 'vitest';
import { analyzeOverlaps } from '../../src/overlap/analyze-overlaps.js';
import { overlapSavings } from '../../src/savings/overlap-savings.js';
import { makeCatalog } from '../helpers/catalog.js';

describe('overlapSavings', () => {
  it('repeats the share of the shorter module the other teaches, per pair and per cluster', () => {
    const m = (hours: number) => ({
      id: 'x',
      title: 'Kinh tế chính trị Mác - Lênin',
      hours,
      topics: ['Học thuyết giá trị thặng dư'],
    });
    const catalog = makeCatalog([
      { id: 'a', modules: [m(40)] },
      { id: 'b', modules: [m(30)] },
      { id: 'c', modules: [m(20)] },
    ]);
    const result = overlapSavings(catalog, analyzeOverlaps(catalog));
    expect(result.overlaps.find((o) => o.a === 'a/x' && o.b === 'c/x')?.hoursSaved).toBe(20);
    expect(result.clusters[0]?.hours).toBe(90);
    expect(result.clusters[0]?.hoursSaved).toBe(50); // a (40 h) is kept; b and c are taught inside it
  });

  it('lists the clusters that repeat most first, and adds them up', () => {
    const m = (id: string, title: string, hours: number) => ({ id, title, hours, topics: [title] });
    const programme = (id: string) => ({
      id,
      modules: [
        m('x', 'Kinh tế chính trị Mác - Lênin', 10),
        m('y', 'Lịch sử Đảng Cộng sản Việt Nam', 60),
      ],
    });
    const catalog = makeCatalog([programme('a'), programme('b')]);
    const result = overlapSavings(catalog, analyzeOverlaps(catalog));
    expect(result.clusters.map((c) => c.modules)).toEqual([
      ['a/y', 'b/y'],
      ['a/x', 'b/x'],
    ]);
    expect(result.hoursSaved).toBe(70);
  });
});
