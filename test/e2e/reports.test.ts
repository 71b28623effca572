import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../helpers/cli.js';

/** Several reports in one run, gating, the config file and the report language, end to end. */
let dir = '';
const cli = (...args: string[]) => runCli(args, { cwd: dir });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cdedup-reports-'));
  await cp(join(projectRoot, 'docs/examples/module-overlap'), join(dir, 'repo'), {
    recursive: true,
  });
  await mkdir(join(dir, 'out'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('one run, every report', () => {
  it('writes each report where it is asked, and the console to stdout', async () => {
    const r = await cli(
      'analyze',
      'repo',
      '--format',
      'console',
      '--format',
      'sarif=out/r.sarif',
      '-o',
      'out/r.md',
      '-o',
      'out/r.csv',
      '--format',
      'json=out/r.json',
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Tóm tắt');
    const sarif = JSON.parse(await readFile(join(dir, 'out/r.sarif'), 'utf8')) as {
      version: string;
    };
    expect(sarif.version).toBe('2.1.0');
    expect(await readFile(join(dir, 'out/r.md'), 'utf8')).toMatch(/^# /);
    expect(await readFile(join(dir, 'out/r.csv'), 'utf8')).toMatch(/^\ufeff/);
    const json = JSON.parse(await readFile(join(dir, 'out/r.json'), 'utf8')) as {
      summary: { lang: string };
    };
    expect(json.summary.lang).toBe('vi');
  });

  it('says plainly when the output folder is missing, and writes nothing', async () => {
    const r = await cli('analyze', 'repo', '-o', 'no/such/r.md');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'curriculum-dedup: không ghi được no/such/r.md: thư mục no/such không tồn tại (ENOENT)\n',
    );
    // In English when the reports are.
    expect((await cli('analyze', 'repo', '--lang', 'en', '-o', 'no/such/r.md')).stderr).toBe(
      'curriculum-dedup: cannot write no/such/r.md: folder no/such does not exist (ENOENT)\n',
    );
    await expect(stat(join(dir, 'no'))).rejects.toThrow();
  });

  it('speaks English when asked, whatever the data', async () => {
    const r = await cli('analyze', 'repo', '--lang', 'en');
    expect(r.stdout).toContain('Summary');
    expect(r.stdout).not.toContain('Tóm tắt');
  });
});

describe('gating with --fail-on', () => {
  it('exits 0 on warnings by default, 1 from --fail-on warning, 0 again with none', async () => {
    expect((await cli('analyze', 'repo')).status).toBe(0);
    expect((await cli('analyze', 'repo', '--fail-on', 'warning')).status).toBe(1);
    expect((await cli('analyze', 'repo', '--fail-on', 'none')).status).toBe(0);
  });

  it('writes every report before failing', async () => {
    const r = await cli('analyze', 'repo', '--fail-on', 'info', '-o', 'out/gate.json');
    expect(r.status).toBe(1);
    expect((await stat(join(dir, 'out/gate.json'))).size).toBeGreaterThan(0);
  });
});

describe('the config file', () => {
  it('is read from the scanned folder, never as a curriculum file, and flags override it', async () => {
    const config = join(dir, 'repo/curriculum-dedup.config.yaml');
    await writeFile(config, 'failOn: warning\nrules:\n  cross-level-repeat: "off"\n');
    const gated = await cli('analyze', 'repo');
    expect(gated.status).toBe(1);
    expect(gated.stdout).not.toContain('cross-level-repeat');
    expect(gated.stdout).not.toContain('not-curriculum');
    expect((await cli('analyze', 'repo', '--fail-on', 'none')).status).toBe(0);
    await rm(config);
  });

  it('is found by walking up from the scanned folder', async () => {
    const config = join(dir, 'curriculum-dedup.config.yaml');
    await writeFile(config, 'lang: en\n');
    expect((await cli('analyze', 'repo')).stdout).toContain('Summary');
    await rm(config);
  });

  it('reports its own errors at file:line:column, with exit 2', async () => {
    await writeFile(join(dir, 'bad.yaml'), 'threshold: 0.3\nfailon: warning\n');
    const r = await cli('analyze', 'repo', '--config', 'bad.yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:2:1/);
    expect(r.stderr).toContain('failOn');
  });
});
