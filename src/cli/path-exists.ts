import { lstat } from 'node:fs/promises';

/**
 * Whether anything is at `path`: a file, a folder, a link, even a broken one. What `init` and
 * `import` never write over.
 */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}
