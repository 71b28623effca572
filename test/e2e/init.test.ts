import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeAfterTestFile } from '../helpers/temp-dirs.js';
import { runCli } from '../helpers/cli.js';

async function emptyFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cdedup-init-'));
  removeAfterTestFile(dir);
  return dir;
}

/** Every file under `dir`, relative, sorted. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('curriculum-dedup init', () => {
  it('makes a repository that validates and passes its own check, as made', async () => {
    const cwd = await emptyFolder();
    const made = await runCli(['init', 'kho'], { cwd });
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/^Đã tạo kho chương trình trong kho:\n/);
    const repo = join(cwd, 'kho');
    expect(await filesIn(repo)).toEqual([
      '.github/workflows/curriculum-dedup.yml',
      'curriculum-dedup.baseline.json',
      'curriculum-dedup.config.yaml',
      'framework.yaml',
      'programmes/boi-duong-ngach-chuyen-vien.yaml',
    ]);
    const validate = await runCli(['validate'], { cwd: repo });
    expect(validate.stderr).toBe('');
    expect(validate.status).toBe(0);
    // The config asks to fail on warnings; the baseline holds today's, so the check passes.
    const analyze = await runCli(['analyze'], { cwd: repo });
    expect(analyze.stderr).toBe('');
    expect(analyze.status).toBe(0);
    const baseline = JSON.parse(
      await readFile(join(repo, 'curriculum-dedup.baseline.json'), 'utf8'),
    ) as { entries: { rule: string }[] };
    expect(new Set(baseline.entries.map((e) => e.rule))).toEqual(
      new Set(['missing-level', 'position-unmet']),
    );
    // A new gap still fails: a position that requires a level nothing teaches.
    const framework = join(repo, 'framework.yaml');
    const text = await readFile(framework, 'utf8');
    await writeFile(
      framework,
      `${text}  - id: pho-phong\n    title: Phó trưởng phòng\n    requires: [lanh-dao/cap-phong]\n`,
    );
    expect((await runCli(['analyze'], { cwd: repo })).status).toBe(1);
  });

  it('never writes over a file: with one in the way it writes nothing and exits 2', async () => {
    const cwd = await emptyFolder();
    await writeFile(join(cwd, 'framework.yaml'), 'kind: framework\n');
    const run = await runCli(['init', '--lang', 'en'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'curriculum-dedup: init never writes over a file, and these exist: framework.yaml; run it in an empty folder\n',
    );
    expect(await filesIn(cwd)).toEqual(['framework.yaml']);
    expect(await readFile(join(cwd, 'framework.yaml'), 'utf8')).toBe('kind: framework\n');
  });

  it('refuses to run twice in one folder', async () => {
    const cwd = await emptyFolder();
    expect((await runCli(['init'], { cwd })).status).toBe(0);
    const before = await filesIn(cwd);
    const again = await runCli(['init'], { cwd });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('init không ghi đè lên tệp đã có');
    expect(await filesIn(cwd)).toEqual(before);
  });
});
