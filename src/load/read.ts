import { isUtf8 } from 'node:buffer';
import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import type { Finding } from '../findings/finding.js';
import { finding } from '../rules/loader-rules.js';
import { message } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';

/**
 * Larger files are refused: no real programme comes near (one of 50 modules is about 20 KB),
 * and 100,000 modules in a single file fit (about 38 MB). The limit holds whatever the file
 * claims to be: bytes are counted as they are read, so a file whose size the system reports
 * as 0 (`/proc` files, for instance) cannot be read without end.
 */
export const maxFileBytes = 64 * 1024 * 1024;

/** The file's device and inode, so output can never be written over an input. */
export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
}

export type ReadResult =
  { ok: true; text: string; identity: FileIdentity } | { ok: false; finding: Finding };

/**
 * Reads a file as strict UTF-8. Only regular files are read (a FIFO, device or socket is a
 * located error, and opening one never blocks); a byte-order mark is dropped; a lone CR ends
 * a line, as in YAML 1.2, and becomes LF (same length, so offsets hold); a NUL byte marks a
 * binary file; invalid UTF-8 is reported at the line and column of the first bad byte. Any
 * system error (permission denied, a file removed meanwhile) is a finding; nothing throws.
 * Never writes.
 */
export async function readText(
  absolute: string,
  file: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  let handle: FileHandle | undefined;
  try {
    const noFollow = options.noFollow === true ? constants.O_NOFOLLOW : 0;
    handle = await open(absolute, constants.O_RDONLY | constants.O_NONBLOCK | noFollow);
    const info = await handle.stat();
    if (!info.isFile()) {
      return unreadable(file, message('load.read.not-regular', { kind: specialKindText(info) }));
    }
    const bytes = await readBounded(handle, info.size);
    if (bytes === undefined) {
      const what = options.what ?? message('load.read.what.curriculum-file');
      return fail(file, 1, 1, message('load.read.too-large', { limit: maxFileBytes, what }));
    }
    return decode(bytes, file, { dev: info.dev, ino: info.ino });
  } catch (error) {
    return unreadable(file, message('load.read.unreadable', { why: systemError(error) }));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export interface ReadOptions {
  /** What the file is, for the size limit's message: "one curriculum file" by default. */
  readonly what?: Message;
  /** Refuse a symbolic link (ELOOP) rather than read what it points to. */
  readonly noFollow?: boolean;
}

/** All the bytes, or undefined once more than the limit has been read. */
async function readBounded(handle: FileHandle, size: number): Promise<Buffer | undefined> {
  if (size > maxFileBytes) return undefined;
  const chunks: Buffer[] = [];
  let total = 0;
  // Read past the reported size: a file that grew, or reports 0, shows it. Whole blocks of
  // 64 KiB, as some special files refuse reads of odd lengths.
  let want = size + 1;
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.max(want, 64 * 1024));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxFileBytes) return undefined;
    want = 64 * 1024;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

function decode(bytes: Buffer, file: string, identity: FileIdentity): ReadResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(file, 1, 1, message('load.read.utf16'));
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = byteLineColumn(bytes, nul);
    return fail(file, line, column, message('load.read.binary'));
  }
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const { line, column } = byteLineColumn(bytes, bad);
    return fail(file, line, column, message('load.read.invalid-utf8', { byte: bytes[bad] ?? 0 }));
  }
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  return { ok: true, text, identity };
}

interface FileKindInfo {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
  isDirectory(): boolean;
}

/** What a path that is not a regular file is ("a FIFO (named pipe)"), as a message. */
export function specialKindText(info: FileKindInfo): Message {
  if (info.isDirectory()) return message('load.read.kind.folder');
  if (info.isFIFO()) return message('load.read.kind.fifo');
  if (info.isCharacterDevice() || info.isBlockDevice()) return message('load.read.kind.device');
  if (info.isSocket()) return message('load.read.kind.socket');
  return message('load.read.kind.special');
}

/** The system errors said in words, with their code: "permission denied (EACCES)". */
const systemErrors: Readonly<Record<string, Message>> = {
  EACCES: message('load.system.eacces'),
  EPERM: message('load.system.eperm'),
  ENOENT: message('load.system.enoent'),
  ELOOP: message('load.system.eloop'),
  EIO: message('load.system.eio'),
  ENXIO: message('load.system.enxio'),
  EISDIR: message('load.system.eisdir'),
};

/** The `code` of a Node.js system error (`ENOENT`, `EACCES`…), when the error has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** "permission denied (EACCES)"; an unknown system error by its code or its own message. */
export function systemError(error: unknown): Message {
  const code = typeof error === 'string' ? error : errorCode(error);
  const words =
    code === undefined || !Object.hasOwn(systemErrors, code) ? undefined : systemErrors[code];
  if (words !== undefined) return words;
  const raw = code ?? (error instanceof Error ? error.message : String(error));
  return message('load.verbatim', { text: raw });
}

function unreadable(file: string, why: Message): ReadResult {
  return { ok: false, finding: finding('unreadable-file', { file, line: 1, column: 1 }, why) };
}

function fail(file: string, line: number, column: number, why: Message): ReadResult {
  return { ok: false, finding: finding('input-encoding', { file, line, column }, why) };
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- i < n: a byte (hot loop over the whole file)
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
  for (let i = lineStart; i < offset; i++) {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- i < offset < bytes.length
    if ((bytes[i]! & 0xc0) !== 0x80) column++;
  }
  return { line, column };
}
