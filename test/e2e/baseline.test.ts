import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../helpers/cli.js';

/**
 * The baseline's whole life, as a curriculum repository's CI lives it: accept today's
 * findings, pass; a line moves, still pass; a new duplicate fails; a module is rewritten and
 * its old entry goes stale; prune.
 */
let dir = '';
const soCap = () => join(dir, 'programmes/so-cap.yaml');
const run = (...args: string[]) =>
  runCli(['analyze', '.', '--baseline', 'baseline.json', '--fail-on', 'warning', ...args], {
    cwd: dir,
  });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cdedup-baseline-'));
  await cp(join(projectRoot, 'docs/examples/module-overlap'), dir, { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the baseline, from creation to pruning', () => {
  it('fails on warnings before any baseline exists, and says how to create one', async () => {
    expect((await runCli(['analyze', '.', '--fail-on', 'warning'], { cwd: dir })).status).toBe(1);
    const missing = await run();
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--update-baseline');
  });

  it("records today's findings, sorted and diff-friendly, and then passes", async () => {
    const created = await run('--update-baseline');
    expect(created.status).toBe(0);
    const text = await readFile(join(dir, 'baseline.json'), 'utf8');
    const file = JSON.parse(text) as { entries: { rule: string; fingerprint: string }[] };
    expect(file.entries.length).toBeGreaterThan(0);
    expect(text.endsWith('\n')).toBe(true);
    const again = await run();
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/\d+ phát hiện đã ghi trong baseline baseline\.json được bỏ qua/);
  });

  it('still passes when lines move and modules are reordered', async () => {
    const text = await readFile(soCap(), 'utf8');
    const [head, modules] = text.split('modules:\n');
    const blocks = (modules ?? '').split(/\n(?= {2}- id:)/);
    await writeFile(soCap(), `# moved\n\n${head}modules:\n${blocks.reverse().join('\n')}\n`);
    const moved = await run();
    expect(moved.stderr).toBe('');
    expect(moved.stdout).toContain('không có phát hiện nào');
    expect(moved.status).toBe(0);
  });

  it('fails on a new duplicate, and names it', async () => {
    const text = await readFile(soCap(), 'utf8');
    const copy = [
      '  - id: kinh-te-ban-sao',
      '    title: Kinh tế chính trị Mác – Lênin (những nội dung cơ bản)',
      '    hours: 12',
      '    topics:',
      '      - hàng hoá và tiền tệ',
      '      - học thuyết giá trị thặng dư',
      '      - kinh tế thị trường định hướng xã hội chủ nghĩa',
      '',
    ].join('\n');
    await writeFile(soCap(), text.replace('modules:\n', `modules:\n${copy}`));
    const added = await run();
    expect(added.status).toBe(1);
    expect(added.stdout).toContain('so-cap/kinh-te-ban-sao');
    await writeFile(soCap(), text);
  });

  it('reports an entry whose content changed as stale, and prunes it', async () => {
    const text = await readFile(soCap(), 'utf8');
    await writeFile(soCap(), text.replace('học thuyết giá trị thặng dư', 'giá trị thặng dư'));
    const changed = await run();
    // The rewritten module's findings are new (content changed); the old entries are stale.
    expect(changed.stdout).toContain('Mục trong tệp baseline không còn xuất hiện');
    const before = (await readFile(join(dir, 'baseline.json'), 'utf8')).length;
    const pruned = await run('--prune-baseline');
    expect(pruned.stdout).toMatch(/đã xoá \d+ mục không còn xuất hiện khỏi baseline/);
    expect((await readFile(join(dir, 'baseline.json'), 'utf8')).length).toBeLessThan(before);
    const after = await run();
    expect(after.stdout).not.toContain('không còn xuất hiện');
  });

  it('never writes the baseline over an input file', async () => {
    const before = await readFile(soCap(), 'utf8');
    const result = await runCli(
      ['analyze', '.', '--baseline', 'programmes/so-cap.yaml', '--update-baseline'],
      { cwd: dir },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('tệp baseline programmes/so-cap.yaml không hợp lệ');
    expect(await readFile(soCap(), 'utf8')).toBe(before);
  });
});
