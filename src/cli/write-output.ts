import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { type FileHandle, access, lstat, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { type FileIdentity, errorCode, specialKindText } from '../load/read.js';
import { render } from '../messages/catalogue.js';
import { type LocalText, localText } from '../model/local-text.js';
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
 * path or by inode), a device, a FIFO, a symbolic link or a folder. The text goes to a
 * temporary file beside the target, is flushed, takes the target's permissions, and is renamed
 * over it (atomic on one file system): a reader never sees half a report.
 */
export async function writeFileAtomic(
  cwd: string,
  path: string,
  text: string | Iterable<string>,
  inputs: readonly FileIdentity[] = [],
): Promise<void> {
  if (/[/\\]$/.test(path))
    throw refuse(
      path,
      localText('là tên thư mục; hãy cho tên tệp', 'names a folder; give a file name'),
    );
  const target = resolve(cwd, path);
  const existing = await checkTarget(path, target, inputs);
  const folder = dirname(target);
  const folderInfo = await stat(folder).catch((error: unknown) => {
    throw refuse(
      path,
      describeError(error, localText(`thư mục ${dirname(path)}`, `folder ${dirname(path)}`)),
    );
  });
  if (!folderInfo.isDirectory())
    throw refuse(
      path,
      localText(`${dirname(path)} không phải thư mục`, `${dirname(path)} is not a folder`),
    );

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
  if (info.isSymbolicLink())
    throw refuse(
      path,
      localText(
        'là liên kết tượng trưng; hãy cho tệp thật',
        'is a symbolic link; give the real file',
      ),
    );
  if (info.isDirectory())
    throw refuse(
      path,
      localText('là một thư mục; hãy cho tên tệp', 'is a folder; give a file name'),
    );
  if (!info.isFile()) {
    const kind = specialKindText(info);
    throw refuse(
      path,
      localText(
        `là ${render(kind, 'vi')}, không phải tệp thông thường`,
        `is ${render(kind, 'en')}, not a regular file`,
      ),
    );
  }
  if (inputs.some((f) => f.dev === info.dev && f.ino === info.ino)) {
    throw refuse(
      path,
      localText(
        'là một tệp đầu vào; hãy chọn tệp khác để ghi báo cáo',
        'is one of the input files; choose another output file',
      ),
    );
  }
  if ((info.mode & 0o222) === 0) throw refuse(path, localText('chỉ cho đọc', 'is read-only'));
  // Renaming over a file needs only the folder's permission: ask for the file's own, as the
  // shell's `>` does, so that a writable folder does not let one user replace another's file.
  await access(target, constants.W_OK).catch((error: unknown) => {
    throw refuse(path, describeError(error));
  });
  return { mode: info.mode & 0o7777, uid: info.uid, gid: info.gid };
}

function refuse(path: string, reason: LocalText): UsageError {
  return new UsageError(
    localText(`không ghi được ${path}: ${reason.vi}`, `cannot write ${path}: ${reason.en}`),
  );
}

const reasons: Record<string, LocalText> = {
  ENOENT: localText('không tồn tại', 'does not exist'),
  ENOTDIR: localText(
    'một phần của đường dẫn là tệp, không phải thư mục',
    'a part of the path is a file, not a folder',
  ),
  EACCES: localText('không có quyền ghi', 'permission denied'),
  EPERM: localText('thao tác không được phép', 'operation not permitted'),
  EROFS: localText('hệ thống tệp chỉ cho đọc', 'read-only file system'),
  ENOSPC: localText('hết chỗ trên đĩa', 'no space left on device'),
  EDQUOT: localText('vượt hạn mức đĩa', 'disk quota exceeded'),
  EISDIR: localText('là một thư mục', 'is a folder'),
  ENAMETOOLONG: localText('tên tệp quá dài', 'file name too long'),
  EEXIST: localText('đã có một tệp tạm cùng tên', 'a temporary file of that name already exists'),
};

/** An operating-system error in words, with its code for searching. */
export function describeError(error: unknown, subject?: LocalText): LocalText {
  const code = errorCode(error);
  const words = code !== undefined ? reasons[code] : undefined;
  if (words !== undefined && code !== undefined) {
    const lead = (lang: 'vi' | 'en') => (subject ? `${subject[lang]} ` : '');
    return localText(`${lead('vi')}${words.vi} (${code})`, `${lead('en')}${words.en} (${code})`);
  }
  const text = error instanceof Error ? error.message : String(error);
  return localText(text, text);
}
