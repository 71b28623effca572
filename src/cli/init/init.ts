import { mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { message, render } from '../../messages/catalogue.js';
import type { Lang } from '../../model/lang.js';
import { visibleLines } from '../../report/visible.js';
import { runAnalysis } from '../analysis-run.js';
import { type CliIo, UsageError, exitCodes } from '../io.js';
import { pathExists } from '../path-exists.js';
import { writeFileAtomic } from '../write-output.js';
import { baselineFile, starterFiles } from './templates.js';

/**
 * `curriculum-dedup init [folder]`: a curriculum repository made in `folder` (created if need
 * be), never over a file that exists, which validates and passes its own check as made. The
 * check's findings of today (levels no programme teaches yet, positions nothing qualifies for)
 * are recorded in the baseline by the tool itself, so that the workflow fails on new ones only.
 */
export async function initRepository(folder: string, lang: Lang, io: CliIo): Promise<number> {
  const root = resolve(io.cwd, folder);
  const paths = [...starterFiles.map((f) => f.path), baselineFile];
  const existing: string[] = [];
  for (const path of paths) if (await pathExists(resolve(root, path))) existing.push(path);
  if (existing.length > 0)
    throw new UsageError(message('cli.init.exists', { files: existing }), lang);

  for (const file of starterFiles) {
    const target = resolve(root, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(root, file.path, file.text);
  }
  // The tool's own run records the baseline, through the config just written.
  const quiet = { write: () => true };
  const code = await runAnalysis(
    {
      stage: 'analyze',
      paths: ['.'],
      flags: {},
      fallback: 'console',
      updateBaseline: true,
      pruneBaseline: false,
    },
    { ...io, cwd: root, stdout: quiet, stderr: quiet },
  );
  if (code !== exitCodes.ok) {
    io.stderr.write(
      `curriculum-dedup: ${render(message('cli.init.check-failed', { code }), lang)}\n`,
    );
    return exitCodes.internal;
  }
  const shown = relative(io.cwd, root) || '.';
  io.stdout.write(
    visibleLines(render(message('cli.init.made', { folder: shown, files: paths }), lang)) + '\n',
  );
  return exitCodes.ok;
}
