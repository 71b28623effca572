import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/table.js';
import { forbiddenPairs, pairKey, requiredPairs } from '../examples/vn-cadre-expectations.js';
import { projectRoot, runCli } from '../helpers/cli.js';

const example = join(projectRoot, 'examples/vn-cadre');
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cdedup-e2e-'));
  dirs.push(dir);
  return dir;
}

describe('analyze, end to end on examples/vn-cadre', () => {
  it('is the default command, speaks Vietnamese to Vietnamese data, exits 0 and fits 80 columns without colour when piped', async () => {
    const run = await runCli([example], { cwd: projectRoot });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    // The summary first, then the findings grouped by rule, clusters by their titles.
    expect(run.stdout).toMatch(/^Tóm tắt\n {2}10 chương trình, 176 chuyên đề, 4\.900 tiết\n/);
    expect(run.stdout).toMatch(/\n\nChuyên đề trùng lặp · 32 cụm \(module-overlap\)\n {2}Cụm 1 · /);
    expect(run.stdout).toContain('  … và 30 cụm nữa: xem tất cả với --details\n');
    expect(run.stdout).toMatch(
      /\n {2}examples\/vn-cadre\/framework\.yaml:\d+:\d+ {2}missing-level\n/,
    );
    expect(run.stdout).toMatch(/^Tóm tắt\n {2}10 chương trình, 176 chuyên đề, 4\.900 tiết\n/);
    // No English label on Vietnamese data.
    expect(run.stdout).not.toMatch(/Summary|Cluster \d| hours\b|Shared:|Where:| programmes,/);
    expect(run.stdout).not.toContain('\u001b['); // no colour when not a terminal
    // What an officer reads fits a screenful or two: at most 150 lines of 80 columns.
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(150);
    const report = run.stdout.slice(0, run.stdout.indexOf('\nBáo cáo đầy đủ'));
    // Only a finding's place (path:line:column and rule) may be longer than the line.
    for (const line of report.split('\n'))
      if (!/^ {2}examples\/\S+:\d+:\d+ {2}[a-z-]+$/.test(line))
        expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('fits in 150 lines in English too, and prints everything with --details', async () => {
    const en = await runCli([example, '--lang', 'en'], { cwd: projectRoot });
    expect(en.stdout).toMatch(/^Summary\n {2}10 programmes, 176 modules, 4,900 periods\n/);
    expect(en.stdout.trimEnd().split('\n').length).toBeLessThanOrEqual(150);
    expect(en.stdout).toContain('  … and 30 more clusters: --details shows them all\n');
    const all = await runCli([example, '--details'], { cwd: projectRoot });
    expect(all.status).toBe(0);
    // The summary first here too, then the study time by position and every cluster as a table.
    expect(all.stdout).toMatch(/^Tóm tắt\n/);
    expect(all.stdout).toContain(
      '\nThời gian học theo vị trí việc làm (theo chương trình chung)\n',
    );
    expect(all.stdout).toMatch(/\n\nCụm 32 · /);
    expect(all.stdout).not.toContain('--details');
    expect(all.stdout.split('\n').length).toBeGreaterThan(700);
  });

  it('colours only when asked (FORCE_COLOR) and never with NO_COLOR', async () => {
    const forced = await runCli(['analyze', example], {
      cwd: projectRoot,
      env: { FORCE_COLOR: '1' },
    });
    expect(forced.stdout).toContain('\u001b[');
    const off = await runCli(['analyze', example], {
      cwd: projectRoot,
      env: { FORCE_COLOR: '1', NO_COLOR: '1' },
    });
    expect(off.stdout).not.toContain('\u001b['); // NO_COLOR always wins
    const plain = await runCli(['analyze', example, '--no-color'], {
      cwd: projectRoot,
      env: { FORCE_COLOR: '1' },
    });
    expect(plain.stdout).not.toContain('\u001b[');
  });

  it('prints exactly the JSON report (docs/json-report.md) and nothing else with --format json', async () => {
    const run = await runCli(['analyze', example, '--format', 'json'], { cwd: projectRoot });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      version: number;
      overlaps: Array<{
        a: string;
        b: string;
        score: number;
        kind: string;
        hoursSaved: number;
        shared: string[];
      }>;
      clusters: Array<{ modules: string[]; hours: number; hoursSaved: number }>;
      findings: Array<{
        rule: string;
        severity: string;
        file: string;
        line: number;
        column: number;
      }>;
      summary: { programmes: number; modules: number; hours: number; hoursSaved: number };
    };
    expect(report.version).toBe(1);
    expect(report.summary).toMatchObject({ programmes: 10, modules: 176, hours: 4900 });
    for (const o of report.overlaps) {
      expect(o.a < o.b).toBe(true);
      expect(o.score).toBeGreaterThanOrEqual(0.3);
      expect(o.score).toBeLessThanOrEqual(1);
      expect(['duplicate', 'overlap']).toContain(o.kind);
      expect(o.shared.length).toBeGreaterThan(0);
    }
    const reported = new Set(report.overlaps.map((o) => pairKey(o.a, o.b)));
    for (const [a, b] of requiredPairs) expect(reported, `${a} ~ ${b}`).toContain(pairKey(a, b));
    for (const [a, b] of forbiddenPairs)
      expect(reported, `${a} ~ ${b}`).not.toContain(pairKey(a, b));
    expect(report.findings.filter((f) => f.rule === 'module-overlap')).toHaveLength(
      report.clusters.length,
    );
    const sum = report.clusters.reduce((s, c) => s + c.hoursSaved, 0);
    expect(report.summary.hoursSaved).toBeCloseTo(sum, 1);
  });

  it('gives byte-identical reports for the same input, whatever order the files were written in', async () => {
    const copy = await scratch();
    await cp(example, copy, { recursive: true });
    // Rewrite the files in reverse order so directory order differs from the original.
    const files = (await readdir(join(copy, 'programmes'))).sort().reverse();
    for (const f of files) {
      const text = await readFile(join(copy, 'programmes', f));
      await rm(join(copy, 'programmes', f));
      await writeFile(join(copy, 'programmes', f), text);
    }
    const first = await runCli(['analyze', '.', '--format', 'json'], { cwd: copy });
    const second = await runCli(['analyze', '.', '--format', 'json'], { cwd: copy });
    const original = await runCli(['analyze', '.', '--format', 'json'], { cwd: example });
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).toBe(original.stdout);
    const consoleA = await runCli(['analyze', '.'], { cwd: copy });
    const consoleB = await runCli(['analyze', '.'], { cwd: example });
    expect(consoleA.stdout).toBe(consoleB.stdout);
  });

  it('writes --output whole, leaves stdout empty, and never touches the input', async () => {
    const copy = await scratch();
    await cp(example, copy, { recursive: true });
    const before = await readFile(join(copy, 'programmes/chuyen-vien.yaml'));
    const run = await runCli(['analyze', '.', '--format', 'json', '--output', 'report.json'], {
      cwd: copy,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(await readFile(join(copy, 'report.json'), 'utf8'))).toMatchObject({
      version: 1,
    });
    expect(await readFile(join(copy, 'programmes/chuyen-vien.yaml'))).toEqual(before);
    expect((await readdir(copy)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports an unwritable --output as a usage error, with no partial file', async () => {
    const run = await runCli(
      ['analyze', example, '--output', join(example, 'no-such-folder', 'r.txt')],
      { cwd: projectRoot },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^curriculum-dedup: không ghi được .*r\.txt: thư mục .*no-such-folder không tồn tại \(ENOENT\)\n$/,
    );
  });
});
