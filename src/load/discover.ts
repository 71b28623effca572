import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import micromatch from 'micromatch';
import { compareStrings } from '../findings/finding.js';

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
    for (const absolute of matches) {
      const real = await realpath(absolute).catch(() => absolute);
      if (!found.has(real))
        found.set(real, { absolute, display: displayPath(absolute, options.cwd) });
    }
  }

  const files = [...found.values()].sort((a, b) => compareStrings(a.display, b.display));
  return { files, unmatched };
}

async function expand(given: string, cwd: string, ignore: string[]): Promise<string[]> {
  const absolute = resolve(cwd, given);
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isFile()) {
    return isIgnored(absolute, cwd, ignore) ? [] : [absolute];
  }
  if (info?.isDirectory()) {
    return glob([yamlFiles], absolute, ignore, cwd);
  }
  if (!fg.isDynamicPattern(given)) return [];
  const pattern = isAbsolute(given) ? given : fg.convertPathToPattern(cwd) + '/' + given;
  const entries = await glob([pattern], cwd, ignore, cwd);
  return entries.filter((p) => /\.ya?ml$/i.test(p));
}

async function glob(patterns: string[], base: string, ignore: string[], cwd: string) {
  // Links are not followed into folders (no loops), so a link is listed as an entry of its
  // own; keep those that lead to a file, as a symlinked YAML file is as good as any.
  const entries = await fg(patterns, {
    cwd: base,
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
  const files: string[] = [];
  for (const entry of entries) {
    const path = resolve(entry.path);
    if (isIgnored(path, cwd, ignore)) continue;
    if (
      entry.stats?.isFile() ||
      (entry.stats?.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile())
    ) {
      files.push(path);
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
