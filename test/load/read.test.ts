import { render } from '../../src/messages/catalogue.js';
import { isUtf8 } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { type ReadResult, firstInvalidUtf8, maxFileBytes, readText } from '../../src/load/read.js';
import { inWords, tempDir, writeFiles } from './support.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))),
  );

async function readBytes(content: Uint8Array, name = 'file.yaml') {
  const dir = await tempDir();
  await writeFiles(dir, { [name]: content });
  return withoutIdentity(await readText(join(dir, name), `shown/${name}`));
}

/** A failed read with its finding's message in words, in every language. */
function worded<R extends { ok: true } | { ok: false; finding: Finding }>(result: R) {
  return result.ok ? result : { ok: false as const, finding: inWords(result.finding) };
}

/** The result without the file's device and inode, which differ from run to run. */
function withoutIdentity(result: ReadResult) {
  if (!result.ok) return result;
  expect(result.identity.ino).toBeGreaterThan(0);
  return { ok: true as const, text: result.text };
}

describe('readText: good text', () => {
  it('returns UTF-8 text as it is', async () => {
    expect(await readBytes(bytes('title: Tiểu luận\n'))).toEqual({
      ok: true,
      text: 'title: Tiểu luận\n',
    });
  });

  it('drops a byte-order mark', async () => {
    const result = await readBytes(bytes([0xef, 0xbb, 0xbf], 'kind: framework\n'));
    expect(result).toEqual({ ok: true, text: 'kind: framework\n' });
  });

  it('keeps CRLF line ends (the YAML parser handles them)', async () => {
    const result = await readBytes(bytes([0xef, 0xbb, 0xbf], 'a: 1\r\nb: 2\r\n'));
    expect(result).toEqual({ ok: true, text: 'a: 1\r\nb: 2\r\n' });
  });

  it('reads an empty file as empty text', async () => {
    expect(await readBytes(new Uint8Array())).toEqual({ ok: true, text: '' });
  });

  it('never changes the file', async () => {
    const dir = await tempDir();
    const content = bytes([0xef, 0xbb, 0xbf], 'a: 1\r\n');
    await writeFiles(dir, { 'f.yaml': content });
    await readText(join(dir, 'f.yaml'), 'f.yaml');
    expect(await readFile(join(dir, 'f.yaml'))).toEqual(content);
  });
});

describe('readText: binary files', () => {
  it('reports a NUL byte at its line and column', async () => {
    expect(worded(await readBytes(bytes('kind: programme\nid: x', [0], 'yz\n')))).toEqual({
      ok: false,
      finding: {
        rule: 'input-encoding',
        severity: 'error',
        message: {
          vi: 'tệp nhị phân (có byte NUL), không phải văn bản YAML',
          en: 'binary file (contains a NUL byte), not YAML text',
        },
        file: 'shown/file.yaml',
        line: 2,
        column: 6,
      },
    });
  });

  it('counts columns in characters, not bytes, and lines by LF in CRLF text', async () => {
    const result = await readBytes(bytes('a: 1\r\ntitle: Đào tạo ', [0], '\r\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.finding.line, result.finding.column]).toEqual([2, 16]);
  });

  it('reports a NUL byte before checking the encoding', async () => {
    const result = await readBytes(bytes([0xff], '\n', [0]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(render(result.finding.message, 'en')).toBe(
        'binary file (contains a NUL byte), not YAML text',
      );
      expect([result.finding.line, result.finding.column]).toEqual([2, 1]);
    }
  });
});

describe('readText: invalid UTF-8', () => {
  it('reports the first bad byte at its line and column, with its value', async () => {
    // "Tiể" then a lead byte of "ậ" cut short by "n".
    const result = await readBytes(
      bytes('kind: programme\nid: bad\ntitle: Tiểu lu', [0xe1], 'n\n'),
    );
    expect(worded(result)).toEqual({
      ok: false,
      finding: {
        rule: 'input-encoding',
        severity: 'error',
        message: {
          vi: 'UTF-8 không hợp lệ (byte 0xE1); hãy lưu tệp ở dạng UTF-8',
          en: 'invalid UTF-8 (byte 0xE1); save the file as UTF-8',
        },
        file: 'shown/file.yaml',
        line: 3,
        column: 15,
      },
    });
  });

  it('reports a Latin-1 file (é as one byte) at the é', async () => {
    const result = await readBytes(bytes('id: x\ntitle: caf', [0xe9], '\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(render(result.finding.message, 'en')).toBe(
        'invalid UTF-8 (byte 0xE9); save the file as UTF-8',
      );
      expect([result.finding.line, result.finding.column]).toEqual([2, 11]);
    }
  });

  it('writes the byte as two upper-case hex digits', async () => {
    const result = await readBytes(bytes('a: ', [0x80]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(render(result.finding.message, 'en')).toBe(
        'invalid UTF-8 (byte 0x80); save the file as UTF-8',
      );
      expect([result.finding.line, result.finding.column]).toEqual([1, 4]);
    }
  });
});

describe('readText: size limit', () => {
  it('refuses a file over the limit without reading it', async () => {
    const dir = await tempDir();
    const path = join(dir, 'huge.yaml');
    const handle = await open(path, 'w');
    await handle.truncate(maxFileBytes + 1024 * 1024); // sparse: no disk space used
    await handle.close();
    expect(worded(await readText(path, 'huge.yaml'))).toEqual({
      ok: false,
      finding: {
        rule: 'input-encoding',
        severity: 'error',
        message: {
          vi: 'tệp lớn hơn giới hạn 64,0 MiB của một tệp chương trình đào tạo',
          en: 'file is over the 64.0 MiB limit for one curriculum file',
        },
        file: 'huge.yaml',
        line: 1,
        column: 1,
      },
    });
  });

  it('is 64 MiB', () => {
    expect(maxFileBytes).toBe(64 * 1024 * 1024);
  });

  it('counts the bytes it reads, whatever size the system reports (/proc files say 0)', async () => {
    // /proc/self/pagemap reports size 0 and reads without end: the cap must hold all the same.
    const result = await readText('/proc/self/pagemap', 'pm.yaml');
    expect(worded(result)).toEqual({
      ok: false,
      finding: expect.objectContaining({
        rule: 'input-encoding',
        message: expect.objectContaining({
          en: 'file is over the 64.0 MiB limit for one curriculum file',
        }) as unknown,
      }) as unknown,
    });
  });
});

describe('readText: files that are not regular files, or not readable', () => {
  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const dir = await tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    expect(worded(await readText(join(dir, 'pipe.yaml'), 'pipe.yaml'))).toEqual({
      ok: false,
      finding: {
        rule: 'unreadable-file',
        severity: 'error',
        message: {
          vi: 'đây là một FIFO (đường ống có tên), không phải tệp thông thường: không đọc',
          en: 'a FIFO (named pipe), not a regular file: not read',
        },
        file: 'pipe.yaml',
        line: 1,
        column: 1,
      },
    });
  });

  it('refuses a device', async () => {
    const result = await readText('/dev/zero', 'zero.yaml');
    expect(result.ok ? '' : render(result.finding.message, 'en')).toBe(
      'a device, not a regular file: not read',
    );
  });

  it('reports a file it may not read as a finding, never a rejected promise', async () => {
    const result = await readText('/nonexistent/file.yaml', 'gone.yaml');
    expect(worded(result)).toEqual({
      ok: false,
      finding: expect.objectContaining({
        rule: 'unreadable-file',
        message: {
          vi: 'không đọc được: tệp không còn tồn tại (ENOENT)',
          en: 'cannot be read: the file no longer exists (ENOENT)',
        },
      }) as unknown,
    });
  });
});

describe('readText: line ends', () => {
  it('reads a lone CR as a line end, as YAML 1.2 does, keeping every offset', async () => {
    expect(await readBytes(bytes('kind: programme\rid: x\r\ntitle: y\r'))).toEqual({
      ok: true,
      text: 'kind: programme\nid: x\r\ntitle: y\n',
    });
  });
});

describe('firstInvalidUtf8', () => {
  const cases: Array<[string, number[], number]> = [
    ['ASCII', [0x61, 0x62, 0x0a], -1],
    ['empty', [], -1],
    ['two-byte (é)', [0xc3, 0xa9], -1],
    ['three-byte (ể)', [0xe1, 0xbb, 0x83], -1],
    ['four-byte (😀)', [0xf0, 0x9f, 0x98, 0x80], -1],
    ['highest code point U+10FFFF', [0xf4, 0x8f, 0xbf, 0xbf], -1],
    ['lone continuation byte', [0x61, 0x80], 1],
    ['overlong two-byte NUL (C0 80)', [0x61, 0xc0, 0x80], 1],
    ['overlong two-byte (C1 BF)', [0xc1, 0xbf], 0],
    ['overlong three-byte (E0 80 80)', [0x61, 0x62, 0xe0, 0x80, 0x80], 2],
    ['overlong three-byte slash (E0 80 AF)', [0xe0, 0x80, 0xaf], 0],
    ['overlong four-byte (F0 80 80 80)', [0xf0, 0x80, 0x80, 0x80], 0],
    ['UTF-16 surrogate D800 (ED A0 80)', [0x61, 0xed, 0xa0, 0x80], 1],
    ['UTF-16 surrogate DFFF (ED BF BF)', [0xed, 0xbf, 0xbf], 0],
    ['above U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80], 0],
    ['F5 lead byte', [0xf5, 0x80, 0x80, 0x80], 0],
    ['FF byte', [0x61, 0x62, 0x63, 0xff], 3],
    ['truncated at the end (E1 BB)', [0x61, 0xe1, 0xbb], 1],
    ['truncated by ASCII (E1 BB 61)', [0xe1, 0xbb, 0x61], 0],
    ['truncated four-byte (F0 9F 98)', [0xf0, 0x9f, 0x98], 0],
    ['first of two bad sequences', [0xc3, 0xa9, 0xc3, 0x28, 0xff], 2],
  ];
  for (const [name, input, expected] of cases) {
    it(`${name} → ${expected}`, () => {
      expect(firstInvalidUtf8(Uint8Array.from(input))).toBe(expected);
    });
  }

  it('agrees with Node: -1 exactly for valid UTF-8, and everything before the offset is valid', () => {
    const interesting = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0x80, max: 0xff }),
      fc.constantFrom(0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0x80, 0xbf, 0xa0, 0x9f, 0x8f, 0x90),
    );
    fc.assert(
      fc.property(fc.array(interesting, { maxLength: 24 }), (input) => {
        const data = Uint8Array.from(input);
        const bad = firstInvalidUtf8(data);
        if (bad === -1) return isUtf8(data);
        return !isUtf8(data) && isUtf8(data.subarray(0, bad)) && bad < data.length;
      }),
      { numRuns: 3000 },
    );
  });

  it('finds nothing wrong in any encoded string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        return firstInvalidUtf8(Buffer.from(text, 'utf8')) === -1;
      }),
    );
  });
});

describe('readText: encodings the parser would misread', () => {
  it('does not count a byte-order mark as a column', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'bom.yaml': bytes([0xef, 0xbb, 0xbf], 'id: x', [0xff], '\n') });
    const result = await readText(join(dir, 'bom.yaml'), 'bom.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.finding.line, result.finding.column]).toEqual([1, 6]);
  });

  it('names UTF-16 text rather than calling it binary', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'u16.yaml': Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('kind: programme\n', 'utf16le'),
      ]),
    });
    const result = await readText(join(dir, 'u16.yaml'), 'u16.yaml');
    expect(result.ok ? '' : render(result.finding.message, 'en')).toBe(
      'UTF-16 text; save the file as UTF-8',
    );
  });
});
