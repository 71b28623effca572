import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../helpers/cli.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** examples/minimal with a broken file under broken/, and optionally a config. */
async function repository(config?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cdedup-validate-'));
  dirs.push(dir);
  await cp(join(projectRoot, 'examples/minimal'), dir, { recursive: true });
  await mkdir(join(dir, 'broken'));
  await writeFile(join(dir, 'broken/x.yaml'), 'kind: programme\nid: x\n  bad: [\n');
  if (config !== undefined) await writeFile(join(dir, 'curriculum-dedup.config.yaml'), config);
  return dir;
}

describe('validate is analyze stopped after loading', () => {
  it('reads the config file: what it ignores, validate ignores too', async () => {
    const dir = await repository('ignore: ["broken/**"]\n');
    const validate = await runCli(['validate'], { cwd: dir });
    const analyze = await runCli(['analyze'], { cwd: dir });
    expect(validate.stderr).toBe('');
    expect(validate.stdout).not.toContain('broken/x.yaml');
    expect(validate.status).toBe(0);
    expect(analyze.status).toBe(0);
  });

  it('without the config, names the broken file and exits 2, as analyze does', async () => {
    const dir = await repository();
    const validate = await runCli(['validate'], { cwd: dir });
    const analyze = await runCli(['analyze'], { cwd: dir });
    expect(validate.stdout).toMatch(/^broken\/x\.yaml:3:\d+ {2}yaml-syntax {2}/m);
    expect(validate.status).toBe(2);
    expect(analyze.status).toBe(2);
  });

  it('takes its language from the config', async () => {
    const dir = await repository('lang: vi\n');
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.stdout).toMatch(/1 lỗi/);
  });

  it('writes its result to a file, in the format its extension names, and nothing to stdout', async () => {
    const dir = await repository('ignore: ["broken/**"]\n');
    const json = await runCli(['validate', '-o', 'out.json'], { cwd: dir });
    expect(json.status).toBe(0);
    expect(json.stdout).toBe('');
    const report = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')) as {
      findings: unknown[];
      summary: { modules: number };
    };
    expect(report.findings).toEqual([]);
    expect(report.summary.modules).toBe(10);
    const text = await runCli(['validate', '-o', 'out.txt'], { cwd: dir });
    expect(text.stdout).toBe('');
    expect(await readFile(join(dir, 'out.txt'), 'utf8')).toMatch(/^✔ 3 files, 2 programmes/);
  });

  it('leaves the baseline and the reports of the config to analyze', async () => {
    const dir = await repository(
      'ignore: ["broken/**"]\nbaseline: missing-baseline.json\nformat: markdown\noutput: report.md\n',
    );
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^✔ 3 files/);
    expect(existsSync(join(dir, 'report.md'))).toBe(false);
  });

  it('refuses to write a format only analyze writes, and writes nothing', async () => {
    const dir = await repository('ignore: ["broken/**"]\n');
    const run = await runCli(['validate', '-o', 'report.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/validate writes text \(console\) or JSON, not markdown/);
    expect(existsSync(join(dir, 'report.md'))).toBe(false);
  });
});
