import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { type FileHandle, access, lstat, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { type FileIdentity, errorCode, specialKindText } from '../load/read.js';
import { message } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';
import { UsageError } from './io.js';

/**
 * Temporary files being written right now. A signal that ends the process removes them
 * (see `removePendingTemporaryFiles`), so an interrupted run leaves nothing behind.
 */
const pending = new Set<string>();

/** Told when the first temporary file appears (true) and when the last is gone (false). */
let onWriting: ((writing: boolean) => void) | undefined;

/**
 * Lets the process catch signals only while a temporary file exists: the rest of the time the
 * system's default action ends the run at once, however busy its thread (a handler would wait
 * for a long parse to finish).
 */
export function whileWriting(listener: (writing: boolean) => void): void {
  onWriting = listener;
}

function addPending(path: string): void {
  pending.add(path);
  if (pending.size === 1) onWriting?.(true);
}

function deletePending(path: string): void {
  if (pending.delete(path) && pending.size === 0) onWriting?.(false);
}

export function removePendingTemporaryFiles(remove: (path: string) => void): void {
  for (const path of pending) {
    try {
      remove(path);
    } catch {
      // Already gone, or never created: nothing to clean.
    }
  }
  pending.clear();
}

/**
 * Writes a report file whole or not at all, like the shell's `>` would but safer: the target
 * must be a new file or an existing regular file the user may write, never an input file (by
 * path or by inode), a device, a FIFO, a symbolic link or a folder. The text (or a binary
 * report's bytes) goes to a temporary file beside the target, is flushed, takes the target's
 * permissions, and is renamed over it (atomic on one file system): a reader never sees half a
 * report.
 */
export async function writeFileAtomic(
  cwd: string,
  path: string,
  text: string | Iterable<string> | Uint8Array,
  inputs: readonly FileIdentity[] = [],
): Promise<void> {
  if (/[/\\]$/.test(path)) throw refuse(path, message('cli.path.names-folder'));
  const target = resolve(cwd, path);
  const existing = await checkTarget(path, target, inputs);
  const folder = dirname(target);
  const folderInfo = await stat(folder).catch((error: unknown) => {
    throw refuse(path, describeError(error, message('cli.write.folder', { path: dirname(path) })));
  });
  if (!folderInfo.isDirectory())
    throw refuse(path, message('cli.write.not-a-folder', { path: dirname(path) }));

  const temporary = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  addPending(temporary);
  // 'wx' creates the file or fails: it never follows a link planted at the temporary name.
  try {
    handle = await open(temporary, 'wx', existing?.mode ?? 0o666);
    if (existing !== undefined) {
      // The report replaces a file: it keeps that file's owner (when root replaces another
      // user's file) and its exact permissions (which the umask would otherwise narrow).
      if (process.getuid?.() === 0) await handle.chown(existing.uid, existing.gid);
      await handle.chmod(existing.mode);
    }
    if (text instanceof Uint8Array) await handle.write(text);
    else
      for (const batch of inBatches(typeof text === 'string' ? [text] : text))
        await handle.write(batch, null, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw refuse(path, describeError(error));
  } finally {
    deletePending(temporary);
  }
}

/**
 * Pieces of text joined into batches of about 64 KiB: one write call per piece would cost
 * a system call for each of a national report's hundred thousand overlaps (21 s against 17 s
 * on the 600-provider archive), and batches of a mebibyte left 200 MB more garbage at the peak.
 */
export function* inBatches(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (length > 0) yield batch.join('');
}

interface Replaced {
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
}

/**
 * The file the report replaces, if there is one (for a new file the umask decides its mode,
 * as for `>`); throws a UsageError when the target must not be replaced.
 */
async function checkTarget(
  path: string,
  target: string,
  inputs: readonly FileIdentity[],
): Promise<Replaced | undefined> {
  const info = await lstat(target).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw refuse(path, describeError(error));
  });
  if (info === undefined) return undefined;
  if (info.isSymbolicLink()) throw refuse(path, message('cli.write.symbolic-link'));
  if (info.isDirectory()) throw refuse(path, message('cli.write.is-folder'));
  if (!info.isFile()) {
    throw refuse(path, message('cli.write.special-file', { kind: specialKindText(info) }));
  }
  if (inputs.some((f) => f.dev === info.dev && f.ino === info.ino)) {
    throw refuse(path, message('cli.write.input-file'));
  }
  if ((info.mode & 0o222) === 0) throw refuse(path, message('cli.write.read-only'));
  // Renaming over a file needs only the folder's permission: ask for the file's own, as the
  // shell's `>` does, so that a writable folder does not let one user replace another's file.
  await access(target, constants.W_OK).catch((error: unknown) => {
    throw refuse(path, describeError(error));
  });
  return { mode: info.mode & 0o7777, uid: info.uid, gid: info.gid };
}

function refuse(path: string, reason: Message): UsageError {
  return new UsageError(message('cli.write.cannot-write', { path, reason }));
}

/** The system errors a write can meet, in words. */
const reasons: Readonly<Record<string, Message>> = {
  ENOENT: message('cli.write-error.enoent'),
  ENOTDIR: message('cli.write-error.enotdir'),
  EACCES: message('cli.write-error.eacces'),
  EPERM: message('cli.write-error.eperm'),
  EROFS: message('cli.write-error.erofs'),
  ENOSPC: message('cli.write-error.enospc'),
  EDQUOT: message('cli.write-error.edquot'),
  EISDIR: message('cli.write-error.eisdir'),
  ENAMETOOLONG: message('cli.write-error.enametoolong'),
  EEXIST: message('cli.write-error.eexist'),
};

/**
 * An operating-system error in words, with its code for searching ("folder out does not
 * exist (ENOENT)"); an error of another kind by its own message, as it is.
 */
export function describeError(error: unknown, subject?: Message): Message {
  const code = errorCode(error);
  const reason = code !== undefined ? reasons[code] : undefined;
  if (reason !== undefined && code !== undefined)
    return message('cli.write-error', { reason, code, ...(subject ? { subject } : {}) });
  return message('common.verbatim', {
    text: error instanceof Error ? error.message : String(error),
  });
}
