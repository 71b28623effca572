import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stemEnglish } from '../../src/text/stem.js';
import { projectRoot, runCli } from '../helpers/cli.js';

// The root of `natural` loads dotenv, which prints to stdout and reads ./.env into
// process.env. We import only its Porter stemmer; these tests keep it that way.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cdedup-dotenv-'));
  await writeFile(join(dir, '.env'), 'CDEDUP_CANARY=leaked\n');
  await writeFile(
    join(dir, 'framework.yaml'),
    'kind: framework\nid: f\ntitle: F\nlanguage: en\ntracks:\n  - {id: t, title: T, levels: [one]}\n',
  );
  await writeFile(
    join(dir, 'p.yaml'),
    'kind: programme\nid: p\ntitle: P\ntrack: t\nlevel: one\nmodules:\n  - {id: a, title: Public administration policies, hours: 2}\n  - {id: b, title: Administering public policy, hours: 2}\n',
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('natural, deep-imported', () => {
  it('stems English words with the Porter stemmer', () => {
    expect(stemEnglish('policies')).toBe(stemEnglish('policy'));
    expect(stemEnglish('administration')).toBe('administr');
    expect(stemEnglish('quản')).toBe('quản'); // not English: untouched
  });

  it('leaves process.env alone and prints nothing when the analysis runs in a folder with a .env', () => {
    const main = pathToFileURL(join(projectRoot, 'dist/cli/curriculum-dedup.cjs')).href;
    const script = `
      const { run } = await import(${JSON.stringify(main)});
      let out = '';
      const io = { cwd: process.cwd(), env: {}, stdout: { write: (s) => { out += s; } }, stderr: { write: (s) => { out += s; } } };
      const code = await run(['analyze', '.', '--format', 'json'], io);
      process.stderr.write(JSON.stringify({ code, canary: process.env.CDEDUP_CANARY ?? null, report: out }));
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(child.stdout).toBe(''); // nothing but what the CLI itself writes
    const result = JSON.parse(child.stderr) as {
      code: number;
      canary: string | null;
      report: string;
    };
    expect(result.canary).toBeNull();
    expect(result.code).toBe(0);
    expect(JSON.parse(result.report)).toMatchObject({ version: 1 });
  });

  it('keeps stdout pure JSON through the real CLI', async () => {
    const run = await runCli(['analyze', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(0);
    expect((): unknown => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toBe('');
  });
});
