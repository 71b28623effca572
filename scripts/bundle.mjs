// Bundles the CLI and its dependencies into one file, dist/cli/curriculum-dedup.mjs, which
// bin/curriculum-dedup.js runs. Start-up is most of the cost on a few hundred modules, and
// resolving and compiling ~100 separate modules was a quarter of it (measured: median
// 0.40 s → 0.31 s for `analyze examples/vn-cadre`). Because everything the CLI runs is in the
// bundle, the package has no runtime dependencies (an install is one package, not the ~80 that
// `natural` alone pulls in); the licences of the bundled packages go beside it, in
// dist/cli/THIRD-PARTY-NOTICES.txt.
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const options = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  // Bundled CommonJS packages call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
};
const result = await build({
  ...options,
  entryPoints: [join(root, 'dist/cli/process.js')],
  outfile: join(root, 'dist/cli/curriculum-dedup.mjs'),
});
// The worker that reads, parses and checks files on other cores (src/load/load-files.ts),
// beside the CLI, where `new URL('./load-worker.js', import.meta.url)` finds it.
await build({
  ...options,
  entryPoints: [join(root, 'dist/load/load-worker.js')],
  outfile: join(root, 'dist/cli/load-worker.js'),
});

// The worker that searches candidate pairs on other cores (src/overlap/candidates-threads.ts).
await build({
  ...options,
  entryPoints: [join(root, 'dist/overlap/candidates-worker.js')],
  outfile: join(root, 'dist/cli/candidates-worker.js'),
});

/** The package folder (under node_modules) of every file the bundle took in, once each. */
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const parts = relative(root, join(root, input)).split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) continue;
  const scoped = parts[at + 1]?.startsWith('@');
  packages.add(parts.slice(0, at + (scoped ? 3 : 2)).join('/'));
}
const notices = [...packages].sort().map((folder) => {
  const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'));
  const licence = readdirSync(join(root, folder)).find((f) => /^(licen[cs]e|copying)/i.test(f));
  const text = licence
    ? readFileSync(join(root, folder, licence), 'utf8').trim()
    : `License: ${manifest.license ?? 'see the package'}`;
  return `${manifest.name} ${manifest.version}\n${'-'.repeat(60)}\n${text}\n`;
});
const noticeFile = join(root, 'dist/cli/THIRD-PARTY-NOTICES.txt');
writeFileSync(
  noticeFile,
  'curriculum-dedup bundles the following packages in dist/cli/curriculum-dedup.mjs.\n\n' +
    notices.join('\n'),
);
if (!existsSync(noticeFile)) throw new Error('notices not written');
