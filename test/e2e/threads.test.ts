import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCliProcess } from '../helpers/cli.js';

/**
 * A repository large enough to be read on worker threads (64 files and more) gives exactly
 * what it gives on one thread: the same findings at the same places, the same code frames
 * (the line starts cross threads), the same report, byte for byte.
 */
let dir = '';
const files = 90;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cdedup-threads-'));
  await mkdir(join(dir, 'programmes'));
  await writeFile(
    join(dir, 'framework.yaml'),
    'kind: framework\nid: f\ntitle: Khung\nlanguage: vi\ntracks:\n  - id: t\n    title: Nhánh\n    levels: [mot, hai]\n',
  );
  for (let i = 0; i < files; i++) {
    const id = `p${String(i).padStart(3, '0')}`;
    const body = [
      'kind: programme',
      `id: ${id}`,
      `title: Chương trình ${i}`,
      'track: t',
      `level: ${i % 2 === 0 ? 'mot' : 'hai'}`,
      'modules:',
      '  - id: lich-su',
      `    title: Lịch sử Đảng Cộng sản Việt Nam ${i % 3 === 0 ? '' : '(cập nhật)'}`,
      '    hours: 12',
      '    topics: [Đảng ra đời, Lãnh đạo kháng chiến, Đổi mới]',
      `  - id: rieng-${i}`,
      `    title: Chuyên đề riêng số ${i} về địa phương ${i * 7919}`,
      '    hours: 4',
    ];
    // A few broken files among them: a YAML slip, a schema error, a missing prerequisite.
    if (i === 10) body.push('    topics:\n     - lệch lề');
    if (i === 20) body[8] = '    hours: 0';
    if (i === 30) body.push('    requires: [khong-co]');
    await writeFile(join(dir, 'programmes', `${id}.yaml`), body.join('\n') + '\n');
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('reading on worker threads', () => {
  it('gives byte-identical reports and code frames on one thread and on several', async () => {
    // The build has the worker, so the second run below really reads on worker threads.
    expect(existsSync(join(projectRoot, 'dist/cli/load-worker.js'))).toBe(true);
    const env = { FORCE_COLOR: '1' };
    for (const args of [['analyze', '.'], ['analyze', '.', '--format', 'json'], ['validate']]) {
      const one = await runCliProcess(args, {
        cwd: dir,
        env: { ...env, CURRICULUM_DEDUP_THREADS: '1' },
      });
      const two = await runCliProcess(args, {
        cwd: dir,
        env: { ...env, CURRICULUM_DEDUP_THREADS: '2' },
      });
      expect(one.status).toBe(2);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stdout).toBe(one.stdout);
      expect(two.status).toBe(one.status);
    }
    const frames = await runCliProcess(['validate'], {
      cwd: dir,
      env: { ...env, CURRICULUM_DEDUP_THREADS: '2' },
    });
    // A code frame under a finding of a file read on a worker: its line starts came back.
    expect(frames.stdout).toMatch(/programmes\/p020\.yaml:9:\d+.*\n.*\n.*9 \|/);
  });
});
