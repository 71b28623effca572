import { rm } from 'node:fs/promises';

/**
 * Folders a helper made for the test file that is running, removed once it has run (by
 * test/setup.ts). A helper module is loaded once per worker for all its files (vitest's
 * `isolate: false`), so an `afterAll` it registered itself would run after the first file
 * only; a setup file runs for every file.
 */
const made: string[] = [];

/** Removes `dir` when the running test file is done. */
export function removeAfterTestFile(dir: string): void {
  made.push(dir);
}

/** Removes every folder registered so far. */
export async function removeTestFileDirs(): Promise<void> {
  const dirs = made.splice(0);
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
}
