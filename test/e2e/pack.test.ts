import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, projectRoot } from '../helpers/cli.js';

/**
 * What a user does to run the tool on their own repository without a registry: `npm pack`
 * in a clone, `npm install -g` of the tarball, then the installed command from anywhere.
 *
 * The tarball is packed with --ignore-scripts: `prepare` would build again, and the test
 * global setup has just built dist/. The package has no runtime dependencies (the bundle holds
 * them), so the install needs no network and no cache (--offline proves it).
 */

interface PackResult {
  readonly filename: string;
  readonly files: ReadonlyArray<{ readonly path: string }>;
}

const manifest = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as {
  version: string;
  dependencies?: Record<string, string>;
};

let scratch = '';
let packed: PackResult;
let command = '';

/** The environment of a user's shell: nothing of the npm run that may be running the tests. */
function userEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || /^npm_/i.test(key) || key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  // The same node that runs the tests, first on PATH, for `#!/usr/bin/env node`.
  env.PATH = [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter);
  return env;
}

function run(file: string, args: readonly string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { cwd, env: userEnv(), maxBuffer: 64 * 1024 * 1024, timeout: 150_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(error.message, { cause: error })); // not started, or timed out
          return;
        }
        resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

async function npm(args: readonly string[], cwd: string): Promise<string> {
  const result = await run('npm', args, cwd);
  if (result.status !== 0) {
    throw new Error(`npm ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  }
  return result.stdout;
}

beforeAll(async () => {
  scratch = await realpath(await mkdtemp(join(tmpdir(), 'cdedup-pack-')));
  const out = await npm(
    ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch],
    projectRoot,
  );
  const results = JSON.parse(out) as PackResult[];
  expect(results).toHaveLength(1);
  packed = results[0]!;
  const prefix = join(scratch, 'prefix');
  await npm(
    [
      'install',
      '--global',
      '--prefix',
      prefix,
      join(scratch, packed.filename),
      '--offline',
      '--no-audit',
      '--no-fund',
      '--no-update-notifier',
    ],
    scratch,
  );
  command = join(prefix, 'bin', 'curriculum-dedup');
}, 180_000);

afterAll(async () => {
  if (scratch !== '') await rm(scratch, { recursive: true, force: true });
});

describe('npm pack, npm install -g of the tarball, and the installed command', () => {
  it('packs the built CLI, the launcher and the schemas, and no sources or tests', () => {
    const paths = packed.files.map((f) => f.path);
    expect(packed.filename).toBe(`curriculum-dedup-${manifest.version}.tgz`);
    expect(paths).toContain('bin/curriculum-dedup.js');
    expect(paths).toContain('dist/cli/curriculum-dedup.cjs');
    // What starts it, and the code cache it starts with (src/cli/launch.ts).
    expect(paths).toContain('dist/cli/launch.js');
    expect(paths).toContain('dist/cli/curriculum-dedup.cache');
    // The workers that read files and search pairs on other cores, beside the bundle.
    expect(paths).toContain('dist/cli/load-worker.js');
    expect(paths).toContain('dist/cli/candidates-worker.js');
    // The bundle holds every dependency, and their licences go with it.
    expect(paths).toContain('dist/cli/THIRD-PARTY-NOTICES.txt');
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(paths).toContain('package.json');
    expect(paths.some((p) => p.startsWith('schemas/') && p.endsWith('.schema.json'))).toBe(true);
    for (const folder of ['src/', 'test/', 'bench/', 'scripts/', 'node_modules/', '.ci/']) {
      expect(paths.filter((p) => p.startsWith(folder))).toEqual([]);
    }
  });

  it('installs a command that runs the installed copy, not this clone', async () => {
    expect((await stat(command)).isFile()).toBe(true);
    const target = await realpath(command);
    expect(target.startsWith(join(scratch, 'prefix') + sep)).toBe(true);
    expect(target.startsWith(projectRoot)).toBe(false);
  });

  it('prints the package version', async () => {
    const result = await run(command, ['--version'], scratch);
    expect(result).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('analyses a curriculum repository from an unrelated folder, in Vietnamese', async () => {
    const work = join(scratch, 'work');
    await mkdir(work);
    await cp(join(projectRoot, 'examples/vn-cadre'), join(work, 'curricula'), { recursive: true });
    const result = await run(command, ['analyze', 'curricula'], work);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Tóm tắt\n {2}10 chương trình, 176 chuyên đề/);
    // Paths are relative to the folder the command runs in.
    expect(result.stdout).toContain('curricula/framework.yaml:');
  });

  it('writes the reports of the GitHub Action, then exits 1 on warnings with --fail-on warning', async () => {
    const work = join(scratch, 'action');
    await mkdir(join(work, 'reports'), { recursive: true });
    await cp(join(projectRoot, 'examples/vn-cadre'), join(work, 'curricula'), { recursive: true });
    const result = await run(
      command,
      [
        'analyze',
        '--fail-on',
        'warning',
        '--format',
        'github',
        '--format',
        'sarif=reports/curriculum-dedup.sarif',
        '--format',
        'markdown=reports/curriculum-dedup.md',
        '--',
        'curricula',
      ],
      work,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::warning file=curricula\/framework\.yaml,line=\d+,col=\d+,/);
    const sarif = JSON.parse(
      await readFile(join(work, 'reports/curriculum-dedup.sarif'), 'utf8'),
    ) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);
    const markdown = await readFile(join(work, 'reports/curriculum-dedup.md'), 'utf8');
    expect(markdown).toMatch(/^# /);
    expect(markdown).toContain('\n## Tóm tắt\n');
  });
});
