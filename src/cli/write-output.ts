import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './io.js';

/**
 * Writes a report file whole or not at all: to a temporary file beside it, then renamed over
 * the target (atomic on one file system). A reader never sees half a report.
 */
export async function writeFileAtomic(cwd: string, path: string, text: string): Promise<void> {
  const target = resolve(cwd, path);
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`cannot write ${path}: ${reason}`);
  }
}
