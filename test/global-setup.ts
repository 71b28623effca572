import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// The build's last output (scripts/bundle.mjs), so a build stopped half-way is built again.
const bundle = join(root, 'dist/cli/curriculum-dedup.cache');

/** Newest modification time of the files the build reads. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['src', 'schemas', 'scripts']) walk(join(root, dir));
  return Math.max(newest, statSync(join(root, 'package.json')).mtimeMs);
}

/**
 * End-to-end tests spawn the built CLI: build dist/ when it is older than its sources, so a
 * test never runs a stale CLI, and a fresh `npm ci` (which builds) is not built twice.
 */
export default function setup(): void {
  const built = (() => {
    try {
      return statSync(bundle).mtimeMs;
    } catch {
      return 0;
    }
  })();
  if (built > newestSource()) return;
  execFileSync(process.execPath, ['scripts/build-schemas.mjs'], { cwd: root, stdio: 'inherit' });
  try {
    execFileSync(
      process.execPath,
      ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
  } catch (error) {
    // Exit 2: type errors, but the JavaScript was written. Type errors are `npm run check`'s
    // to report (CI runs it before the tests); the tests still run the code as it is.
    if ((error as { status?: number }).status !== 2) throw error;
  }
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: root, stdio: 'inherit' });
}
