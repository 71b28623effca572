import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/catalogue.js';

/** Larger files are refused before they are read: no curriculum document comes near this. */
export const maxFileBytes = 32 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; finding: Finding };

/**
 * Reads a file as strict UTF-8. A byte-order mark is dropped; a NUL byte marks a binary file;
 * invalid UTF-8 is reported at the line and column of the first bad byte. Never writes.
 */
export async function readText(absolute: string, file: string): Promise<ReadResult> {
  const size = (await stat(absolute)).size;
  if (size > maxFileBytes) {
    return fail(
      file,
      1,
      1,
      `file is ${mib(size)}, over the ${mib(maxFileBytes)} limit for one curriculum file`,
    );
  }
  const bytes = await readFile(absolute);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(file, 1, 1, 'UTF-16 text; save the file as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = byteLineColumn(bytes, nul);
    return fail(file, line, column, 'binary file (contains a NUL byte), not YAML text');
  }
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const { line, column } = byteLineColumn(bytes, bad);
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return fail(file, line, column, `invalid UTF-8 (byte 0x${hex}); save the file as UTF-8`);
  }
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

function fail(file: string, line: number, column: number, message: string): ReadResult {
  return { ok: false, finding: finding('input-encoding', { file, line, column }, message) };
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Line and column (in characters) of a byte offset, as the YAML parser counts them: a
 * byte-order mark is not a column.
 */
function byteLineColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf && offset >= 3 ? 3 : 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++;
  return { line, column };
}
