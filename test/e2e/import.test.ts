import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { removeAfterTestFile } from '../helpers/temp-dirs.js';
import { runCli } from '../helpers/cli.js';

/** A repository made by init, where programmes/ is what import fills. */
async function repository(): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'cdedup-import-'));
  removeAfterTestFile(cwd);
  expect((await runCli(['init'], { cwd })).status).toBe(0);
  return cwd;
}

const header = [
  'Mã chương trình',
  'Tên chương trình',
  'Nhánh',
  'Bậc',
  'Tên chuyên đề',
  'Số tiết',
  'Nội dung',
];

describe('curriculum-dedup import', () => {
  it('reads a semicolon CSV with a byte order mark into programme files that validate', async () => {
    const cwd = await repository();
    const csv =
      '\uFEFF' +
      [
        header.join(';'),
        'tc-llct;Trung cấp lý luận chính trị;Lý luận chính trị;Trung cấp lý luận chính trị;Triết học Mác - Lênin;60;"chủ nghĩa duy vật biện chứng; phép biện chứng duy vật"',
        ';;;;Kinh tế chính trị Mác - Lênin;45;"học thuyết giá trị\nhọc thuyết giá trị thặng dư"',
        ';;;;;;',
        'sc-llct;Sơ cấp lý luận chính trị;llct;so-cap;Lịch sử Đảng;20;',
      ].join('\r\n');
    await writeFile(join(cwd, 'ds.csv'), csv);
    const run = await runCli(['import', 'ds.csv', '-o', 'programmes'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      'Đã ghi 2 tệp chương trình:\n  programmes/tc-llct.yaml\n  programmes/sc-llct.yaml\n',
    );
    const tc = await readFile(join(cwd, 'programmes/tc-llct.yaml'), 'utf8');
    expect(tc).toContain('level: trung-cap\nhours: 105\n');
    expect(tc).toContain('      - học thuyết giá trị thặng dư\n');
    const validate = await runCli(['validate'], { cwd });
    expect(validate.stderr).toBe('');
    expect(validate.status).toBe(0);
  });

  it('names a bad row by sheet and row, writes nothing for its programme, and exits 2', async () => {
    const cwd = await repository();
    await writeFile(
      join(cwd, 'ds.csv'),
      [
        header.join(','),
        'tc,Trung cấp,llct,trung-cap,Triết học,sáu mươi,',
        'sc,Sơ cấp,llct,so-capp,Lịch sử,20,',
      ].join('\n'),
    );
    const run = await runCli(['import', 'ds.csv', '-o', 'programmes', '--lang', 'en'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')).toEqual([
      'curriculum-dedup: ds.csv, row 2: hours (“Số tiết”) must be a number of periods, such as 45 or 4,5, not “sáu mươi”',
      'curriculum-dedup: ds.csv, row 3: track llct has no level “so-capp”; did you mean “so-cap”?',
      'curriculum-dedup: nothing written for sc, tc: a row of each could not be read',
      '',
    ]);
    expect(await readdir(join(cwd, 'programmes'))).toEqual(['boi-duong-ngach-chuyen-vien.yaml']);
  });

  it('reads an .xlsx workbook, merged cells and spacer rows as a person reads them', async () => {
    const cwd = await repository();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Chương trình');
    sheet.addRow(header);
    sheet.addRow([
      'cv',
      'Bồi dưỡng ngạch chuyên viên',
      'qlnn',
      'chuyen-vien',
      'Nhà nước',
      8,
      'hệ thống chính trị',
    ]);
    sheet.addRow([null, null, null, null, 'Soạn thảo văn bản', 12, 'thể thức văn bản']);
    sheet.addRow([]);
    sheet.addRow([null, null, null, null, 'Kỹ năng giao tiếp', 4]);
    // The programme's columns merged down its rows, as a Word table pasted into Excel has them.
    for (const column of ['A', 'B', 'C', 'D']) sheet.mergeCells(`${column}2:${column}5`);
    await workbook.xlsx.writeFile(join(cwd, 'ds.xlsx'));
    const run = await runCli(['import', 'ds.xlsx', '-o', 'programmes'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const cv = await readFile(join(cwd, 'programmes/cv.yaml'), 'utf8');
    expect(cv).toMatch(/^# Nhập từ ds\.xlsx \(Chương trình, dòng 2–5\)/);
    expect(cv.match(/^ {2}- id: /gm)).toHaveLength(3);
    expect((await runCli(['validate'], { cwd })).status).toBe(0);
  });

  it('says which file it cannot read, and what it reads', async () => {
    const cwd = await repository();
    const missing = await runCli(['import', 'nope.csv', '-o', 'programmes', '--lang', 'en'], {
      cwd,
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^curriculum-dedup: file nope\.csv /);
    const other = await runCli(['import', 'ds.docx', '-o', 'programmes', '--lang', 'en'], { cwd });
    expect(other.status).toBe(2);
    expect(other.stderr).toBe('curriculum-dedup: ds.docx: import reads a .csv or .xlsx file\n');
  });

  it('never writes over a file without --force, and never over the spreadsheet', async () => {
    const cwd = await repository();
    const row = 'cv,Bồi dưỡng,qlnn,chuyen-vien,Nhà nước,8,';
    await writeFile(join(cwd, 'programmes/cv.yaml'), 'kept\n');
    await writeFile(join(cwd, 'ds.csv'), `${header.join(',')}\n${row}\n`);
    const refused = await runCli(['import', 'ds.csv', '-o', 'programmes'], { cwd });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('programmes/cv.yaml đã có: không ghi đè');
    expect(await readFile(join(cwd, 'programmes/cv.yaml'), 'utf8')).toBe('kept\n');
    const forced = await runCli(['import', 'ds.csv', '-o', 'programmes', '--force'], { cwd });
    expect(forced.status).toBe(0);
    expect(await readFile(join(cwd, 'programmes/cv.yaml'), 'utf8')).toContain('kind: programme');
    // A spreadsheet named like the file it would make is never written over.
    await writeFile(join(cwd, 'programmes/cv.csv'), `${header.join(',')}\n${row}\n`);
    const self = await runCli(['import', 'programmes/cv.csv', '-o', 'programmes', '--force'], {
      cwd,
    });
    expect(self.status).toBe(0);
    expect(await readFile(join(cwd, 'programmes/cv.csv'), 'utf8')).toContain(row);
  });
});
