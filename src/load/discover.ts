import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import micromatch from 'micromatch';
import { compareStrings } from '../model/order.js';

export interface DiscoverOptions {
  /** Folder that relative paths and globs are resolved against, and that output paths are relative to. */
  readonly cwd: string;
  /** Extra globs to leave out (matched against paths relative to cwd). */
  readonly ignore?: readonly string[];
}

export interface DiscoveredFile {
  /** Absolute path, for reading. */
  readonly absolute: string;
  /** Path relative to cwd with forward slashes, for every message and report. */
  readonly display: string;
  /** Why the file is listed but must not be read (a broken link, a link out of the folder). */
  readonly refused?: string;
}

export interface Discovery {
  readonly files: readonly DiscoveredFile[];
  /** Paths or globs the user gave that matched no file: each is a usage error. */
  readonly unmatched: readonly string[];
}

const alwaysIgnored = ['**/node_modules/**', '**/.git/**'];
const yamlFiles = '**/*.{yaml,yml}';

/**
 * Turns the user's paths (files, folders or globs) into a sorted list of YAML files.
 * Folders are walked without following symbolic links to folders, so a link loop cannot trap
 * the walk; a linked folder is read only when it is named on the command line. Two names for
 * one file (a symlink and its target) yield the file once.
 */
export async function discover(
  paths: readonly string[],
  options: DiscoverOptions,
): Promise<Discovery> {
  // `sub/` (the .gitignore way of naming a folder) means the folder `sub`.
  const ignore = [...alwaysIgnored, ...(options.ignore ?? []).map((g) => g.replace(/\/+$/, ''))];
  const found = new Map<string, DiscoveredFile>();
  const unmatched: string[] = [];

  for (const given of paths) {
    const matches = await expand(given, options.cwd, ignore);
    if (matches.length === 0) unmatched.push(given);
    for (const { absolute, refused } of matches) {
      const real = refused ? absolute : await realpath(absolute).catch(() => absolute);
      if (!found.has(real)) {
        const display = displayPath(absolute, options.cwd);
        found.set(real, { absolute, display, ...(refused ? { refused } : {}) });
      }
    }
  }

  const files = [...found.values()].sort((a, b) => compareStrings(a.display, b.display));
  return { files, unmatched };
}

interface Match {
  readonly absolute: string;
  readonly refused?: string;
}

async function expand(given: string, cwd: string, ignore: string[]): Promise<Match[]> {
  const absolute = resolve(cwd, given);
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isDirectory()) return glob([yamlFiles], absolute, ignore, cwd);
  // A file named on the command line is read whatever it is: the reader refuses special files
  // with a located error rather than leaving the user's argument unexplained.
  if (info) return isIgnored(absolute, cwd, ignore) ? [] : [{ absolute }];
  if (!fg.isDynamicPattern(given)) return [];
  const pattern = isAbsolute(given) ? given : fg.convertPathToPattern(cwd) + '/' + given;
  const entries = await glob([pattern], staticBase(pattern), ignore, cwd, cwd);
  return entries.filter((m) => /\.ya?ml$/i.test(m.absolute));
}

/** The folder a glob cannot leave: its segments up to the first with a wildcard. */
function staticBase(pattern: string): string {
  const segments = pattern.split('/');
  const first = segments.findIndex((s) => s !== '' && fg.isDynamicPattern(s));
  return segments.slice(0, first === -1 ? -1 : first).join('/') || '/';
}

/**
 * Files under `base`. Links are not followed into folders (no loops). A link to a file is read
 * only when the file lies inside the folder being read: a link planted in a repository must
 * not make the tool read, and quote in its messages, a file from elsewhere on the machine.
 * Special files (FIFOs, devices) are listed so that the reader reports them.
 */
async function glob(
  patterns: string[],
  base: string,
  ignore: string[],
  cwd: string,
  cwdBase = base,
): Promise<Match[]> {
  const entries = await fg(patterns, {
    cwd: cwdBase,
    absolute: true,
    onlyFiles: false,
    onlyDirectories: false,
    dot: false,
    followSymbolicLinks: false,
    suppressErrors: true,
    caseSensitiveMatch: false,
    ignore: ignore.filter((g) => g.startsWith('**/')),
    stats: true,
  });
  const root = await realpath(base).catch(() => base);
  const files: Match[] = [];
  for (const entry of entries) {
    const path = resolve(entry.path);
    if (isIgnored(path, cwd, ignore) || entry.stats?.isDirectory()) continue;
    if (!entry.stats?.isSymbolicLink()) {
      files.push({ absolute: path });
      continue;
    }
    const target = await stat(path).catch(() => undefined);
    if (target === undefined) {
      files.push({ absolute: path, refused: 'broken symbolic link: its target does not exist' });
    } else if (!target.isDirectory()) {
      const real = await realpath(path).catch(() => path);
      const inside = real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
      files.push(
        inside
          ? { absolute: path }
          : {
              absolute: path,
              refused:
                'symbolic link to a file outside the folder being read: not read (name the file itself to read it)',
            },
      );
    }
  }
  return files;
}

function isIgnored(absolute: string, cwd: string, ignore: string[]): boolean {
  const rel = displayPath(absolute, cwd);
  // A pattern without a slash names a file or folder anywhere (as in .gitignore); a folder
  // pattern also covers everything inside it.
  return (
    micromatch.some(
      [rel, absolute],
      ignore.flatMap((g) => [g, `${g}/**`]),
      {
        dot: true,
        basename: false,
      },
    ) || ignore.some((g) => !g.includes('/') && micromatch.some(rel.split('/'), g, { dot: true }))
  );
}

/** Relative to cwd when inside it, with forward slashes, so output is the same on every OS. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
  return shown.split(sep).join('/');
}
