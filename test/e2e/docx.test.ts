import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli, spawnCli } from '../helpers/cli.js';
import { bodyParagraphs, readDocx, textOf } from '../helpers/docx.js';

/** `--format docx` end to end: the file, the exit status, stdout, and what is never written. */
let dir = '';
const example = join(projectRoot, 'examples/vn-cadre');
const cli = (...args: string[]) => runCli(args, { cwd: dir });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cdedup-docx-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('analyze -o report.docx', () => {
  it('writes a Word report and exits as analyze does', async () => {
    for (const failOn of [[], ['--fail-on', 'warning']]) {
      const plain = await cli('analyze', example, ...failOn);
      const word = await cli('analyze', example, ...failOn, '-o', 'report.docx');
      expect(word.stderr).toBe('');
      expect(word.stdout).toBe('');
      expect(word.status).toBe(plain.status);
    }
    const file = await readDocx(await readFile(join(dir, 'report.docx')));
    expect(bodyParagraphs(file.document)).toContain('BÁO CÁO');
    expect(textOf(file.document)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('writes the same bytes from the built CLI, to a file or piped to stdout', async () => {
    const args = ['analyze', example, '--lang', 'en'];
    const toFile = await spawnCli([...args, '-o', 'process.docx'], { cwd: dir });
    expect(toFile.stderr).toBe('');
    expect(toFile.status).toBe(0);
    const piped = await spawnCli([...args, '--format', 'docx'], {
      cwd: dir,
      stdoutPath: join(dir, 'piped.docx'),
    });
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    const bytes = await readFile(join(dir, 'process.docx'));
    expect((await readFile(join(dir, 'piped.docx'))).equals(bytes)).toBe(true);
    // The process's bundle and this process's sources write the same document.
    await cli(...args, '-o', 'in-process.docx');
    expect((await readFile(join(dir, 'in-process.docx'))).equals(bytes)).toBe(true);
    expect(bodyParagraphs((await readDocx(bytes)).document)).toContain('REPORT');
  });

  it('refuses a terminal for stdout, before reading anything', async () => {
    const { run } = await import('../../src/cli/main.js');
    let out = '';
    let err = '';
    const status = await run(['analyze', example, '--format', 'docx'], {
      cwd: dir,
      env: { PATH: process.env.PATH },
      stdout: { isTTY: true, write: (s: string | Uint8Array) => (out += String(s)) },
      stderr: { write: (s: string | Uint8Array) => (err += String(s)) },
    });
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      'curriculum-dedup: --format docx writes a binary file, not text for a terminal: give it a file (-o report.docx) or pipe it\n',
    );
  });

  it('leaves nothing behind when the target cannot be written', async () => {
    const folder = join(dir, 'locked');
    await mkdir(folder);
    const target = join(folder, 'report.docx');
    await writeFile(target, 'kept');
    await chmod(target, 0o444);
    const r = await cli('analyze', example, '-o', 'locked/report.docx');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^curriculum-dedup: không ghi được locked\/report\.docx: /);
    expect(await readFile(target, 'utf8')).toBe('kept');
    expect(await readdir(folder)).toEqual(['report.docx']);
    // A folder of that name is refused alike.
    await mkdir(join(dir, 'taken.docx'));
    const folderTarget = await cli('analyze', example, '-o', 'taken.docx');
    expect(folderTarget.status).toBe(2);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
