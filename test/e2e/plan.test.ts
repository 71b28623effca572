import { describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../helpers/cli.js';

interface PlanRow {
  action: string;
  modules?: string[];
  programmes?: string[];
  keep: string;
  reason: string;
  hoursPerLearner: number;
  pathways: { position: string; provider?: string; programmes: string[]; hoursSaved: number }[];
  learnersPerYear: number;
  personHoursPerYear: number;
  arithmetic: string;
}

interface Report {
  plan: PlanRow[];
  pathways: { position: string; provider?: string; programmes: string[]; hoursSaved: number }[];
  summary: { plan: { actions: number; personHoursPerYear: number } };
}

const run = (...args: string[]) => runCli(args, { cwd: projectRoot });

describe('curriculum-dedup plan', () => {
  it('prints the plan in Vietnamese: its total first, each row with its arithmetic', async () => {
    const { status, stdout } = await run('plan', 'examples/vn-cadre');
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Đề xuất xử lý nội dung trùng lặp');
    expect(stdout.replace(/\n +/g, ' ')).toMatch(
      /^Đề xuất xử lý nội dung trùng lặp Tổng thời gian học tiết kiệm được cho học viên: [\d.]+ giờ \(60 phút\) mỗi năm, tính từ \d+ đề xuất dưới đây; \d+ đề xuất còn lại không được tính/,
    );
    expect(stdout).toContain('  1. Hợp nhất: giữ “Kỹ năng lập kế hoạch”');
    expect(stdout).toContain('6 tiết × 1.200 học viên/năm × 45 phút ÷ 60 = 5.400 giờ');
    // Titles, never refs, in what a director reads.
    expect(stdout).not.toMatch(/lanh-dao-cap-phong\/|truong-chinh-tri-/);
  });

  it('gives the rows as JSON: their figures add up, per pathway and in all', async () => {
    const { status, stdout } = await run('plan', 'examples/vn-cadre', '--format', 'json');
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as Report;
    const rows = report.plan;
    expect(rows.length).toBe(report.summary.plan.actions);
    expect(rows.reduce((s, r) => s + r.personHoursPerYear, 0)).toBe(
      report.summary.plan.personHoursPerYear,
    );
    // Ranked by person-hours a year.
    for (let i = 1; i < rows.length; i++)
      expect(rows[i - 1]!.personHoursPerYear).toBeGreaterThanOrEqual(rows[i]!.personHoursPerYear);
    const key = (p: { position: string; provider?: string; programmes: string[] }) =>
      `${p.position}|${p.provider ?? ''}|${p.programmes.join('+')}`;
    for (const pathway of report.pathways) {
      const fromRows = rows
        .flatMap((r) => r.pathways)
        .filter((p) => key(p) === key(pathway))
        .reduce((s, p) => s + p.hoursSaved, 0);
      expect(fromRows, key(pathway)).toBe(pathway.hoursSaved);
    }
    const [first] = rows;
    expect(first).toMatchObject({
      action: 'merge',
      keep: 'lanh-dao-cap-phong/ky-nang-lap-ke-hoach',
      reason: 'covers-others',
      hoursPerLearner: 6,
      personHoursPerYear: 5400,
      arithmetic: '6 tiết × 1.200 học viên/năm × 45 phút ÷ 60 = 5.400 giờ',
    });
    for (const row of rows) {
      expect(['merge', 'exempt', 'retire', 'align']).toContain(row.action);
      expect(Number.isInteger(row.hoursPerLearner)).toBe(true);
      if (row.action === 'align') expect(row.personHoursPerYear).toBe(0);
    }
  });

  it('speaks English when asked, and keeps the same figures', async () => {
    const { stdout } = await run('plan', 'examples/vn-cadre', '--lang', 'en');
    expect(stdout.split('\n')[0]).toBe('The plan: what to merge, exempt, retire and align');
    expect(stdout).toContain('6 periods × 1,200 learners a year × 45 min ÷ 60 = 5,400 hours');
  });
});
