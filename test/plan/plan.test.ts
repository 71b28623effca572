import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { loadRepository } from '../../src/load/load-repository.js';
import type { Catalog, Position } from '../../src/model/catalog.js';
import { type ModuleSpec, makeCatalog } from '../helpers/catalog.js';
import { projectRoot } from '../helpers/cli.js';

const here = { file: 'memory.yaml', line: 1, column: 1 };
const topics = [
  'Khái niệm và vai trò của kế hoạch công tác',
  'Quy trình xây dựng kế hoạch công tác năm',
  'Xác định mục tiêu và chỉ tiêu của kế hoạch',
  'Phân bổ nguồn lực thực hiện kế hoạch',
  'Theo dõi và đánh giá việc thực hiện kế hoạch',
];
const long: ModuleSpec = {
  id: 'ke-hoach',
  title: 'Kỹ năng lập kế hoạch',
  hours: 60,
  topics: [...topics, 'Lập kế hoạch chiến lược của ngành', 'Kế hoạch tài chính trung hạn'],
};

/** Two programmes of two tracks, a position that requires both, and 1,000 learners a year. */
function pathwayOf(short: ModuleSpec): Catalog {
  const c = makeCatalog([
    { id: 'a', track: 'qlnn', level: 'chuyen-vien', modules: [long] },
    { id: 'b', track: 'lanh-dao', level: 'cap-phong', modules: [short] },
  ]);
  const position: Position = {
    id: 'truong-phong',
    title: 'Trưởng phòng',
    requires: ['qlnn/chuyen-vien', 'lanh-dao/cap-phong'],
    learnersPerYear: 1000,
    location: here,
  };
  return { ...c, positions: [position] };
}

describe('the plan', () => {
  it('credits a module all of whose topics another teaches on the pathway its whole hours', () => {
    const short = { id: 'ky-nang', title: 'Kỹ năng xây dựng kế hoạch', hours: 24, topics };
    const { plan, pathways } = analyze(pathwayOf(short), []);
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0]).toMatchObject({
      action: 'merge',
      keep: 'a/ke-hoach',
      reason: 'covers-others',
      modules: ['a/ke-hoach', 'b/ky-nang'],
      hoursPerLearner: 24,
      learnersPerYear: 1000,
      // 24 tiết × 1,000 learners × 45 minutes = 18,000 hours.
      personHoursPerYear: 18_000,
    });
    expect(pathways.pathways.map((v) => v.hoursSaved)).toEqual([24]);
    expect(plan.personHoursPerYear).toBe(18_000);
  });

  it('credits the share of the topics taught elsewhere, in whole tiết', () => {
    const reworded = [
      ...topics.slice(0, 3),
      'Ứng dụng phần mềm quản lý công việc',
      'Giao tiếp với người dân',
    ];
    const short = {
      id: 'ky-nang',
      title: 'Kỹ năng xây dựng kế hoạch',
      hours: 24,
      topics: reworded,
    };
    const [action] = analyze(pathwayOf(short), []).plan.actions;
    // 3 of its 5 topics: 0.6 × 24 = 14.4, taught as 14 tiết.
    expect(action?.hoursPerLearner).toBe(14);
    expect(action?.personHoursPerYear).toBe(10_500);
  });

  it('adds up to the pathway figures, row by row, and its total is the sum of its rows', async () => {
    const loaded = await loadRepository(['examples/vn-cadre'], { cwd: projectRoot });
    const a = analyze(loaded.catalog!, []);
    expect(a.plan.actions.length).toBeGreaterThan(5);
    a.pathways.pathways.forEach((variant) => {
      const fromRows = a.plan.actions
        .flatMap((row) => row.pathways)
        .filter(
          (p) =>
            p.position === variant.position &&
            p.provider === variant.provider &&
            p.programmes.join() === variant.programmes.join(),
        )
        .reduce((sum, p) => sum + p.hoursSaved, 0);
      expect(fromRows, `${variant.position} ${variant.programmes.join('+')}`).toBe(
        variant.hoursSaved,
      );
    });
    const sum = a.plan.actions.reduce((s, row) => s + row.personHoursPerYear, 0);
    expect(a.plan.personHoursPerYear).toBe(sum);
    expect(a.summary.plan).toEqual({ actions: a.plan.actions.length, personHoursPerYear: sum });
    for (const row of a.plan.actions) {
      expect(Number.isInteger(row.hoursPerLearner)).toBe(true);
      if (row.action === 'align') expect(row.personHoursPerYear).toBe(0);
    }
  });

  it('keeps the national original over a provider copy, and counts the copy for nothing', () => {
    const module = { id: 'x', title: 'Xây dựng Đảng', hours: 80, topics };
    const national = makeCatalog([
      { id: 'national', modules: [module] },
      { id: 'school', provider: 'truong-nghe-an', modules: [{ ...module, hours: 60 }] },
    ]);
    const a = analyze(national, []);
    const cluster = a.overlap.clusters[0];
    expect(cluster?.keep).toBe('national/x');
    expect(cluster?.hoursSaved).toBe(0);
    expect(a.overlap.overlaps[0]?.hoursSaved).toBe(0);
    expect(a.plan.actions.filter((r) => r.action === 'merge')).toEqual([]);
  });
});
