import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** Names, not codes (format 1.2): provider titles and the module term, end to end. */

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const framework = (extra: string[]) =>
  [
    'kind: framework',
    'id: khung',
    'title: Bồi dưỡng cán bộ',
    'language: vi',
    'tracks:',
    '  - id: llct',
    '    title: Lý luận chính trị',
    '    levels:',
    '      - id: so-cap',
    '        title: Sơ cấp lý luận chính trị',
    '      - id: trung-cap',
    '        title: Trung cấp lý luận chính trị',
    ...extra,
    '',
  ].join('\n');

const programme = (id: string, title: string, level: string, extra: string[] = []) =>
  [
    'kind: programme',
    `id: ${id}`,
    `title: ${title}`,
    'track: llct',
    `level: ${level}`,
    ...extra,
    'modules:',
    '  - id: lich-su-dang',
    '    title: Lịch sử Đảng Cộng sản Việt Nam',
    '    hours: 30',
    '    topics: [Đảng ra đời, lãnh đạo kháng chiến, công cuộc đổi mới]',
    '',
  ].join('\n');

async function repository(frameworkExtra: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cdedup-names-'));
  dirs.push(dir);
  await mkdir(join(dir, 'programmes'));
  await writeFile(join(dir, 'framework.yaml'), framework(frameworkExtra));
  await writeFile(join(dir, 'programmes/so-cap.yaml'), programme('so-cap', 'Sơ cấp', 'so-cap'));
  await writeFile(
    join(dir, 'programmes/so-cap-nghe-an.yaml'),
    programme('so-cap-nghe-an', 'Sơ cấp (bản của trường)', 'so-cap', [
      'provider: truong-chinh-tri-nghe-an',
    ]),
  );
  await writeFile(
    join(dir, 'programmes/trung-cap.yaml'),
    programme('trung-cap', 'Trung cấp', 'trung-cap'),
  );
  return dir;
}

describe('names, not codes, end to end', () => {
  it("says the framework's module term and names the provider by its title", async () => {
    const dir = await repository([
      'moduleTerm: học phần',
      'providers:',
      '  - id: truong-chinh-tri-nghe-an',
      '    title: Trường Chính trị tỉnh Nghệ An',
    ]);
    const run = await runCli(['analyze', '.', '-f', 'console', '-f', 'markdown=report.md'], {
      cwd: dir,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('3 chương trình, 3 học phần, 90 tiết');
    expect(run.stdout, run.stdout).not.toContain('mô-đun');
    const md = await readFile(join(dir, 'report.md'), 'utf8');
    expect(md).toContain('| Học phần | 3 |');
    expect(md).toContain('## Các cụm học phần trùng lặp');
    expect(md).toContain('Trường Chính trị tỉnh Nghệ An');
    expect(md).not.toContain('mô-đun');
    // The English report keeps its own word: the term is Vietnamese.
    const en = await runCli(['analyze', '.', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('3 programmes, 3 modules, 90 periods');
  });

  it('counts findings alike on the console and in the markdown', async () => {
    const dir = await repository([]);
    const run = await runCli(['analyze', '.', '-f', 'console', '-f', 'markdown=r.md'], {
      cwd: dir,
    });
    const md = await readFile(join(dir, 'r.md'), 'utf8');
    const counted = /\| Phát hiện \| ([^|]+) \|/.exec(md)?.[1]?.trim() ?? '';
    expect(counted).toMatch(/cảnh báo/);
    expect(run.stdout).toContain(`\n  ${counted}\n`);
  });

  it('refuses a provider id given twice, at its place, and accepts one of files not read', async () => {
    const dir = await repository([
      'providers:',
      '  - id: truong-chinh-tri-nghe-an',
      '    title: Trường Chính trị tỉnh Nghệ An',
      '  - id: truong-chinh-tri-nghe-an',
      '    title: Lần nữa',
      '  - id: truong-chinh-tri-ha-tinh',
      '    title: Trường Chính trị tỉnh Hà Tĩnh',
    ]);
    const run = await runCli(['validate', '.'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain(
      'framework.yaml:16:9  duplicate-id  mã cơ sở đào tạo "truong-chinh-tri-nghe-an" được dùng hai lần trong `providers`',
    );
    expect(run.stdout).not.toContain('truong-chinh-tri-ha-tinh');
  });
});
