import fc from 'fast-check';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeError, inBatches, writeFileAtomic } from '../../src/cli/write-output.js';
import { message, render } from '../../src/messages/catalogue.js';
import { renderAll } from '../helpers/messages.js';

describe('inBatches', () => {
  it('keeps the text and its order, in batches of at least the size but the last', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.integer({ min: 1, max: 40 }), (pieces, size) => {
        const batches = [...inBatches(pieces, size)];
        expect(batches.join('')).toBe(pieces.join(''));
        for (const batch of batches.slice(0, -1)) expect(batch.length).toBeGreaterThanOrEqual(size);
        expect(batches.every((batch) => batch.length > 0)).toBe(true);
      }),
    );
  });

  it('writes a small report in one batch', () => {
    expect([...inBatches(['{\n', '  "a": 1\n', '}\n'])]).toEqual(['{\n  "a": 1\n}\n']);
  });
});

describe('describeError', () => {
  const failure = (code: string) => Object.assign(new Error(`raw ${code}`), { code });

  it('says a system error in words, with its code, in either language', () => {
    const said = describeError(failure('EACCES'));
    expect(said).toEqual({
      id: 'cli.write-error',
      data: { reason: { id: 'cli.write-error.eacces' }, code: 'EACCES' },
    });
    expect(renderAll(said)).toEqual({
      vi: 'không có quyền ghi (EACCES)',
      en: 'permission denied (EACCES)',
    });
  });

  it('names what failed, where the caller says', () => {
    const folder = message('cli.write.folder', { path: 'out' });
    expect(renderAll(describeError(failure('ENOENT'), folder))).toEqual({
      vi: 'thư mục out không tồn tại (ENOENT)',
      en: 'folder out does not exist (ENOENT)',
    });
  });

  it('gives any other error as it is', () => {
    expect(renderAll(describeError(failure('EWHATEVER')))).toEqual({
      vi: 'raw EWHATEVER',
      en: 'raw EWHATEVER',
    });
    expect(render(describeError('plain'), 'vi')).toBe('plain');
  });
});

describe('writeFileAtomic', () => {
  it('writes bytes as they are: a binary report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cdedup-bytes-'));
    try {
      const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x0a, 0x0d]);
      await writeFileAtomic(dir, 'r.docx', bytes);
      expect(new Uint8Array(await readFile(join(dir, 'r.docx')))).toEqual(bytes);
      expect(await readdir(dir)).toEqual(['r.docx']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
