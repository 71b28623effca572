import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNational } from '../../bench/national-generate.js';
import { runCli } from '../helpers/cli.js';

/**
 * A national archive (the national programmes of examples/vn-cadre and 60 provincial copies,
 * respelled and reworded, as `npm run bench:national` makes them): a large cluster joins the
 * copy groups of several levels, and every member it claims overlaps its representative.
 */
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cdedup-national-'));
  generateNational(60, dir, 7);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Report {
  overlaps: { a: string; b: string; score: number }[];
  clusters: { modules: string[]; representative: string; cohesion: { min: number } }[];
  summary: { thresholds: { overlap: number } };
}

describe('clusters of a national archive', () => {
  it('claim only members that overlap the representative', async () => {
    const run = await runCli(['analyze', '.', '--format', 'json', '--fail-on', 'none'], {
      cwd: dir,
    });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    const threshold = report.summary.thresholds.overlap;
    const pairs = new Set(report.overlaps.map((o) => `${o.a}|${o.b}`));
    const large = report.clusters.filter((c) => c.modules.length > 20);
    expect(large.length).toBeGreaterThan(0);
    for (const c of report.clusters) expect(c.cohesion.min).toBeGreaterThanOrEqual(threshold);
    for (const c of large)
      for (const m of c.modules) {
        if (m === c.representative) continue;
        const [x, y] = m < c.representative ? [m, c.representative] : [c.representative, m];
        expect(pairs.has(`${x}|${y}`)).toBe(true);
      }
  });
});

describe('the plan of a national archive', () => {
  it("saves what the national programmes alone save: providers' copies add nothing", async () => {
    const plan = async (...paths: string[]) => {
      const run = await runCli(['plan', ...paths, '--format', 'json', '--fail-on', 'none'], {
        cwd: dir,
      });
      expect(run.status).toBe(0);
      return (JSON.parse(run.stdout) as { summary: { plan: { personHoursPerYear: number } } })
        .summary.plan.personHoursPerYear;
    };
    const national = await plan('framework.yaml', 'programmes');
    expect(national).toBeGreaterThan(0);
    expect(await plan('.')).toBe(national);
  });
});
