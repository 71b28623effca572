import { lstat, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep, win32 } from 'node:path';
import type { Finding } from '../findings/finding.js';
import { finding } from '../rules/loader-rules.js';
import { type DataPath, type LocationIndex, locate } from './locate.js';
import { errorCode } from './read.js';
import { message } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';
import type { ConfigFile } from './config-types.js';

/**
 * What a config file found in a repository may make the tool do (docs/security.md). A config
 * is data anybody with write access to the repository can change, read by whoever runs the
 * check, often root in CI: it must not steer where that user writes beyond the repository.
 */

/**
 * Why a config file found by walking up must not be read, if it must not: it belongs to
 * another user (root's files excepted, as ssh and sudo trust them), or lies in a folder that
 * others may write without the sticky bit, so that anybody could have put it there. git's
 * `safe.directory` refuses a repository of another owner for the same reason.
 */
export async function untrustedConfig(path: string): Promise<Message | undefined> {
  const uid = process.getuid?.();
  if (uid === undefined) return undefined; // no owners to compare (Windows)
  const [file, folder] = await Promise.all([lstat(path), stat(dirname(path))]);
  if (file.uid !== uid && file.uid !== 0)
    return message('cli.config.other-owner', { uid: file.uid });
  const othersWrite = (folder.mode & 0o002) !== 0 && (folder.mode & 0o1000) === 0;
  if (othersWrite) return message('cli.config.folder-writable');
  return undefined;
}

/** The paths a config file names, each with where it is written in the file. */
function configPaths(config: ConfigFile): Array<{ readonly at: DataPath; readonly path: string }> {
  const paths: Array<{ at: DataPath; path: string }> = [];
  if (config.output !== undefined) paths.push({ at: ['output'], path: config.output });
  config.reports?.forEach((r, i) => {
    if (r.output !== undefined) paths.push({ at: ['reports', i, 'output'], path: r.output });
  });
  if (config.baseline !== undefined) paths.push({ at: ['baseline'], path: config.baseline });
  return paths;
}

/**
 * Every path of a config file (`output`, `reports[].output`, `baseline`) that could reach
 * outside the config's folder or into a hidden one, as a located `schema` finding: an
 * absolute path, `..`, a hidden file or folder (`.git/hooks/pre-commit`, `.github/…`), a name
 * that is a folder, or a symbolic link on the way that leads out. Paths given on the command
 * line are the user's own and are not checked here.
 */
export async function unsafeConfigPaths(
  config: ConfigFile,
  folder: string,
  index: LocationIndex,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const { at, path } of configPaths(config)) {
    const problem = lexicalProblem(path) ?? (await linkProblem(folder, path));
    if (problem === undefined) continue;
    const { endLine, endColumn, ...start } = locate(index, at);
    const name = at.join('.').replace(/\.(\d+)\./g, '[$1].');
    findings.push({
      ...finding('schema', start, message('cli.config.unsafe-path', { name, path, problem })),
      endLine,
      endColumn,
    });
  }
  return findings;
}

/** What is wrong with a config path as written, before looking at the disk. */
function lexicalProblem(path: string): Message | undefined {
  if (isAbsolute(path) || win32.isAbsolute(path) || path.startsWith('~'))
    return message('cli.config.path-absolute');
  const names = path.split(/[/\\]/);
  if (names.includes('..')) return message('cli.config.path-climbs');
  const hidden = names.find((n) => n.startsWith('.') && n !== '.');
  if (hidden !== undefined) return message('cli.config.path-hidden', { name: hidden });
  const last = names[names.length - 1];
  if (last === undefined || last === '' || last === '.') return message('cli.path.names-folder');
  return undefined;
}

/**
 * A symbolic link on the way to `path` (inside `folder`) that leads out of the folder or into
 * a hidden one. The deepest part of the path that exists is resolved: what does not exist yet
 * will be created under it.
 */
async function linkProblem(folder: string, path: string): Promise<Message | undefined> {
  const root = await realpath(folder);
  let existing = resolve(folder, path);
  for (;;) {
    const found = await lstat(existing).then(
      () => true,
      (error: unknown) => {
        if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return false;
        throw error;
      },
    );
    if (found || existing === folder) break;
    existing = dirname(existing);
  }
  // A link whose target does not exist cannot be resolved: it leads nowhere safe either.
  const real = await realpath(existing).catch(() => undefined);
  const inside = real === undefined ? '..' : relative(root, real);
  const out = inside.startsWith('..') || isAbsolute(inside);
  if (!out && !inside.split(sep).some((n) => n.startsWith('.'))) return undefined;
  return message('cli.config.path-link-out');
}
