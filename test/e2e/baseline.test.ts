import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../helpers/cli.js';

/**
 * The baseline's whole life, as a curriculum repository's CI lives it: accept today's
 * findings, pass; a line moves, still pass; a new duplicate fails, named last; an accepted
 * module is shortened, still pass; a finding is fixed and its entry goes stale, prune; a
 * module is rewritten and its entry is changed, accepted again with --update-baseline.
 */
let dir = '';
const soCap = () => join(dir, 'programmes/so-cap.yaml');
const caoCap = () => join(dir, 'programmes/cao-cap.yaml');
const baselineText = () => readFile(join(dir, 'baseline.json'), 'utf8');
/** What the console prints after its last blank line: the findings that fail the check. */
const lastBlock = (stdout: string) => stdout.slice(stdout.trimEnd().lastIndexOf('\n\n') + 2);
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

  it('fails on a new duplicate, and ends with it: file:line, marked new', async () => {
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
    // The console ends with what fails, and only that: the new cluster, at its file and line.
    const failing = lastBlock(added.stdout).split('\n');
    expect(failing[0]).toBe(
      '1 phát hiện khiến lần kiểm tra không đạt (--fail-on warning), chưa được baseline chấp nhận',
    );
    // The copy joins the accepted cluster: a cluster of four, new, at its first module.
    expect(failing[1]).toMatch(
      /^programmes\/cao-cap\.yaml:8:5 {2}module-overlap {2}mới {2}4 mô-đun/,
    );
    expect(failing[1]).toContain('so-cap/kinh-te-ban-sao');
    expect(failing.filter((line) => /^\S+:\d+:\d+ {2}/.test(line))).toHaveLength(1);
    const en = await run('--lang', 'en');
    expect(lastBlock(en.stdout)).toMatch(
      /^1 finding fails the check \(--fail-on warning\), not accepted by the baseline\nprogrammes\/cao-cap\.yaml:8:5 {2}module-overlap {2}new {2}/,
    );
    await writeFile(soCap(), text);
  });

  it('keeps an accepted finding accepted when only the hours of its module change', async () => {
    const text = await readFile(soCap(), 'utf8');
    // so-cap/kinh-te, in the accepted cluster: 12 tiết cut to 10, as a review would ask.
    await writeFile(soCap(), text.replace('hours: 12', 'hours: 10'));
    const shorter = await run();
    expect(shorter.stdout).not.toContain('baseline nay đã khác');
    expect(shorter.stdout).not.toContain('không còn xuất hiện');
    expect(shorter.status).toBe(0);
    await writeFile(soCap(), text);
  });

  it('reports the entry of a finding that is gone as stale, and prunes it', async () => {
    const text = await readFile(caoCap(), 'utf8');
    // Twice the lower module's hours, with topics of its own: a deepening, no longer a repeat.
    await writeFile(caoCap(), text.replace('hours: 60', 'hours: 80'));
    const fixed = await run();
    expect(fixed.status).toBe(0);
    expect(fixed.stdout).toContain(
      'Mục trong tệp baseline không còn xuất hiện: cross-level-repeat',
    );
    expect(fixed.stdout).toContain('--prune-baseline');
    expect(fixed.stdout).not.toContain('--update-baseline');
    const before = await baselineText();
    const pruned = await run('--prune-baseline');
    expect(pruned.stdout).toContain('đã xóa 1 mục không còn xuất hiện khỏi baseline');
    expect((await baselineText()).length).toBeLessThan(before.length);
    expect(await baselineText()).not.toContain('cross-level-repeat');
    const after = await run();
    expect(after.stdout).not.toContain('không còn xuất hiện');
    expect(after.status).toBe(0);
    // Back as it was: the finding returns, new, until accepted again.
    await writeFile(caoCap(), text);
    expect((await run()).status).toBe(1);
    expect((await run('--update-baseline')).status).toBe(0);
  });

  it('reports an entry whose finding changed as changed, with --update-baseline, not prune', async () => {
    const text = await readFile(soCap(), 'utf8');
    await writeFile(soCap(), text.replace('học thuyết giá trị thặng dư', 'giá trị thặng dư'));
    const changed = await run();
    expect(changed.status).toBe(1);
    expect(changed.stdout).toContain('Phát hiện ghi trong baseline nay đã khác: module-overlap');
    expect(changed.stdout).toContain('--update-baseline để chấp nhận nội dung mới');
    expect(changed.stdout).not.toContain('--prune-baseline');
    // Last: the finding, marked changed rather than new.
    expect(lastBlock(changed.stdout)).toMatch(
      /\nprogrammes\/[a-z-]+\.yaml:\d+:5 {2}module-overlap {2}đã thay đổi so với baseline {2}/,
    );
    // Pruning removes nothing (the finding is not gone), and the check still fails.
    const before = await baselineText();
    const pruned = await run('--prune-baseline');
    expect(pruned.status).toBe(1);
    expect(await baselineText()).toBe(before);
    // Accepting it as it is now passes.
    expect((await run('--update-baseline')).status).toBe(0);
    const accepted = await run();
    expect(accepted.status).toBe(0);
    expect(accepted.stdout).not.toContain('baseline nay đã khác');
    await writeFile(soCap(), text);
    expect((await run('--update-baseline')).status).toBe(0);
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

describe('a baseline written before hours left the fingerprint', () => {
  let old = '';
  beforeAll(async () => {
    old = await mkdtemp(join(tmpdir(), 'cdedup-baseline-old-'));
    await cp(join(projectRoot, 'docs/examples/module-overlap'), old, { recursive: true });
    // Written by the version that hashed each module's hours, for this very repository.
    await cp(
      join(projectRoot, 'test/fixtures/baseline-with-hours.json'),
      join(old, 'baseline.json'),
    );
  });
  afterAll(() => rm(old, { recursive: true, force: true }));
  const runOld = (...args: string[]) =>
    runCli(['analyze', '.', '--baseline', 'baseline.json', '--fail-on', 'warning', ...args], {
      cwd: old,
    });

  it('still accepts every finding where nothing changed', async () => {
    const result = await runOld();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2 phát hiện đã ghi trong baseline baseline.json được bỏ qua');
    expect(result.stdout).not.toContain('không còn xuất hiện');
    expect(result.stdout).not.toContain('baseline nay đã khác');
  });

  it('cannot tell a change of hours from another change, and says to accept it again', async () => {
    const file = join(old, 'programmes/so-cap.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('hours: 12', 'hours: 10'));
    const result = await runOld();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Phát hiện ghi trong baseline nay đã khác: module-overlap');
    // Written again, the baseline has no hours in it: the next change of hours passes.
    expect((await runOld('--update-baseline')).status).toBe(0);
    await writeFile(file, text.replace('hours: 12', 'hours: 8'));
    expect((await runOld()).status).toBe(0);
  });
});
