// Bundles the CLI and its dependencies into one file, dist/cli/curriculum-dedup.cjs, which
// bin/curriculum-dedup.js starts through dist/cli/launch.js. Start-up is most of the cost on a
// few hundred modules, and resolving and compiling ~100 separate modules was a quarter of it
// (measured: median 0.40 s → 0.31 s for `analyze examples/vn-cadre`). Because everything the CLI
// runs is in the bundle, the package has no runtime dependencies (an install is one package, not
// the ~80 that `natural` alone pulls in); the licences of the bundled packages go beside it, in
// dist/cli/THIRD-PARTY-NOTICES.txt.
//
// The bundle is a CommonJS script, not an ES module, so that it can be compiled with a V8 code
// cache (src/cli/launch.ts), which scripts/code-cache.mjs makes last.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
// A code cache made for an earlier bundle must not outlive it (launch.ts checks anyway), nor
// the ES-module bundle that builds before the cache wrote.
rmSync(join(root, 'dist/cli/curriculum-dedup.cache'), { force: true });
rmSync(join(root, 'dist/cli/curriculum-dedup.mjs'), { force: true });
const result = await build({
  ...options,
  format: 'cjs',
  // Strict, as the ES modules it is made of: the directive must come first.
  banner: {
    js: "'use strict';\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;",
  },
  define: { 'import.meta.url': '__importMetaUrl' },
  entryPoints: [join(root, 'dist/cli/process.js')],
  outfile: join(root, 'dist/cli/curriculum-dedup.cjs'),
  // exceljs (2.5 MB) is its own file, loaded by `import` alone (src/import/xlsx.ts), and docx
  // (1 MB) too, loaded by the Word report alone (src/report/docx-library.ts): in the bundle
  // they would be compiled on every run of every command.
  external: ['exceljs', 'docx'],
});

/**
 * A package in a bundle of its own beside the CLI, where `new URL('./NAME.cjs',
 * import.meta.url)` finds it.
 */
const apart = (name) =>
  build({
    ...options,
    format: 'cjs',
    banner: {},
    stdin: { contents: `module.exports = require('${name}');`, resolveDir: root },
    outfile: join(root, `dist/cli/${name}.cjs`),
  });
// The .xlsx reader (src/import/xlsx.ts) and the Word report's library
// (src/report/docx-library.ts).
const excel = await apart('exceljs');
const word = await apart('docx');
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
for (const input of [
  ...Object.keys(result.metafile.inputs),
  ...Object.keys(excel.metafile.inputs),
  ...Object.keys(word.metafile.inputs),
]) {
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
  'curriculum-dedup bundles the following packages in dist/cli/curriculum-dedup.cjs, dist/cli/exceljs.cjs and dist/cli/docx.cjs.\n\n' +
    notices.join('\n'),
);
if (!existsSync(noticeFile)) throw new Error('notices not written');

// Last, once the bundle is final: the code cache, made by running the bundle in a fresh
// process, without the V8 flags this one may have been given.
execFileSync(process.execPath, [join(root, 'scripts/code-cache.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: '' },
});
