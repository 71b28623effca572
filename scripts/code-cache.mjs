// Makes dist/cli/curriculum-dedup.cache, the V8 code cache that src/cli/launch.ts starts the
// bundle with: the bundle is compiled and run here as launch.ts runs it, on the bundled example
// with the commands and reports most runs use, and the bytecode of every function those runs
// compiled is written out. Run by scripts/bundle.mjs, in a process of its own, after the
// bundle. A function these runs never call is compiled when first called, as without a cache.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeCacheFile, codeCachePath, loadBundle } from '../dist/cli/launch.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = [
  ['analyze', 'examples/vn-cadre'],
  ['analyze', 'examples/vn-cadre', '--format', 'json'],
  ['report', 'examples/vn-cadre', '--lang', 'en'],
  ['validate', 'examples/minimal'],
];
const { bundle, script, digest } = loadBundle();
const sink = { write: () => true };
for (const argv of runs) {
  const code = await bundle.run(argv, { cwd: root, env: {}, stdout: sink, stderr: sink });
  // 1 is findings at --fail-on; 2 and 70 say the example or the tool is broken.
  if (code > 1) throw new Error(`curriculum-dedup ${argv.join(' ')} exited ${code}`);
}
writeFileSync(codeCachePath, codeCacheFile(digest, script));
