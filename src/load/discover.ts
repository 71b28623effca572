import { type Dirent, readdir } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import micromatch from 'micromatch';
import { message } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';
import { compareStrings } from '../model/order.js';

export interface DiscoverOptions {
  /** Folder that relative paths and globs are resolved against, and that output paths are relative to. */
  readonly cwd: string;
  /**
   * Extra globs to leave out. Each is matched against a file's path relative to the folder
   * being read (`analyze some/folder --ignore 'drafts/**'` leaves out `some/folder/drafts/…`),
   * relative to cwd, and absolute; one without a slash names a file or folder anywhere.
   */
  readonly ignore?: readonly string[];
}

export interface DiscoveredFile {
  /** Absolute path, for reading. */
  readonly absolute: string;
  /** Path relative to cwd with forward slashes, for every message and report. */
  readonly display: string;
  /** Why the file is listed but must not be read (a broken link, a link out of the folder). */
  readonly refused?: Message;
}

export interface Discovery {
  readonly files: readonly DiscoveredFile[];
  /** Paths or globs the user gave that matched no file: each is a usage error. */
  readonly unmatched: readonly string[];
  /** Ignore globs, as the user wrote them, that left out no file: each is worth a warning. */
  readonly unusedIgnores: readonly string[];
  /**
   * Folders the walk could not list (permission denied…), sorted: what they hold is unknown,
   * so each is an input error, never a silent skip.
   */
  readonly unreadableFolders: readonly UnreadableFolder[];
}

export interface UnreadableFolder {
  /** Relative to cwd with forward slashes, as files are shown. */
  readonly display: string;
  /** The system's error code (`EACCES`, `EIO`…). */
  readonly code: string;
}

/**
 * Never curriculum: installed packages, git's own files, and the tool's config file (which a
 * folder walk would otherwise read as a YAML file without `kind`; `.curriculum-dedup.yaml` is
 * a dot-file, left out already).
 */
const alwaysIgnored = ['**/node_modules/**', '**/.git/**', '**/curriculum-dedup.config.yaml'];
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
  const ignore = new Ignore(options.ignore ?? [], options.cwd);
  const found = new Map<string, DiscoveredFile>();
  const unmatched: string[] = [];
  const unlisted = new Map<string, string>();

  for (const given of paths) {
    const before = unlisted.size;
    const matches = await expand(given, options.cwd, ignore, unlisted);
    // A path whose folder could not be listed matched nothing for a reason: that one is told.
    if (matches.length === 0 && unlisted.size === before) unmatched.push(given);
    for (const { absolute, refused } of matches) {
      const real = refused ? absolute : await realpath(absolute).catch(() => absolute);
      if (!found.has(real)) {
        const display = displayPath(absolute, options.cwd);
        found.set(real, { absolute, display, ...(refused ? { refused } : {}) });
      }
    }
  }

  const files = [...found.values()].sort((a, b) => compareStrings(a.display, b.display));
  const unreadableFolders = [...unlisted]
    .filter(([absolute]) => !ignore.drops(absolute, options.cwd))
    .map(([absolute, code]) => ({ display: displayPath(absolute, options.cwd), code }))
    .sort((a, b) => compareStrings(a.display, b.display));
  return { files, unmatched, unusedIgnores: ignore.unused(), unreadableFolders };
}

interface Match {
  readonly absolute: string;
  readonly refused?: Message;
}

async function expand(
  given: string,
  cwd: string,
  ignore: Ignore,
  unlisted: Map<string, string>,
): Promise<Match[]> {
  const absolute = resolve(cwd, given);
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isDirectory()) return glob([yamlFiles], absolute, ignore, unlisted);
  // A file named on the command line is read whatever it is: the reader refuses special files
  // with a located error rather than leaving the user's argument unexplained.
  if (info) return ignore.drops(absolute, cwd) ? [] : [{ absolute }];
  if (!fg.isDynamicPattern(given)) return [];
  const pattern = isAbsolute(given) ? given : fg.convertPathToPattern(cwd) + '/' + given;
  const entries = await glob(
    [pattern],
    staticBase(pattern),
    ignore,
    unlisted,
    cwd,
    globRoot(given, cwd),
  );
  return entries.filter((m) => /\.ya?ml$/i.test(m.absolute));
}

/** The folder of the user's glob that ignore globs are relative to: its static part. */
function globRoot(given: string, cwd: string): string {
  const segments = given.split('/');
  const first = segments.findIndex((s) => s !== '' && fg.isDynamicPattern(s));
  return resolve(cwd, segments.slice(0, first).join('/') || (isAbsolute(given) ? '/' : '.'));
}

/** The folder a glob cannot leave: its segments up to the first with a wildcard. */
function staticBase(pattern: string): string {
  const segments = pattern.split('/');
  const first = segments.findIndex((s) => s !== '' && fg.isDynamicPattern(s));
  return segments.slice(0, first === -1 ? -1 : first).join('/') || '/';
}

/**
 * Files under `base`. Links are not followed into folders (no loops). A link to a file is read
 * only when the file lies inside the folder being read, and not in a dot-folder of it: a link
 * planted in a repository must not make the tool read, and quote in its messages, a file from
 * elsewhere on the machine or git's own (`.git/config` holds credentials). Special files
 * (FIFOs, devices) are listed so that the reader reports them. Ignore globs are matched
 * relative to `ignoreRoot`, the folder being read. A folder the walk cannot list is added to
 * `unlisted` (absolute path → error code).
 */
async function glob(
  patterns: string[],
  base: string,
  ignore: Ignore,
  unlisted: Map<string, string>,
  cwdBase = base,
  ignoreRoot = base,
): Promise<Match[]> {
  const entries = await fg(patterns, {
    // fast-glob skips a folder it cannot list (suppressErrors); its readdir notes which.
    fs: { readdir: noteUnlisted(unlisted) },
    cwd: cwdBase,
    absolute: true,
    onlyFiles: false,
    onlyDirectories: false,
    dot: false,
    followSymbolicLinks: false,
    suppressErrors: true,
    caseSensitiveMatch: false,
    // The user's globs are matched below, one by one, so that one that matches nothing shows.
    ignore: alwaysIgnored,
    stats: true,
  });
  const root = await realpath(base).catch(() => base);
  const files: Match[] = [];
  for (const entry of entries) {
    const path = resolve(entry.path);
    if (entry.stats?.isDirectory() || ignore.drops(path, ignoreRoot)) continue;
    if (!entry.stats?.isSymbolicLink()) {
      files.push({ absolute: path });
      continue;
    }
    const target = await stat(path).catch(() => undefined);
    if (target === undefined) {
      files.push({
        absolute: path,
        refused: message('load.discover.broken-link'),
      });
    } else if (!target.isDirectory()) {
      const real = await realpath(path).catch(() => path);
      const refused = linkRefusal(root, real);
      files.push(refused ? { absolute: path, refused } : { absolute: path });
    }
  }
  return files;
}

/** Why a link to the file at `real` is not followed from the folder `root`, if it is not. */
function linkRefusal(root: string, real: string): Message | undefined {
  const inside = real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
  if (!inside) return message('load.discover.link-outside');
  if (
    relative(root, real)
      .split(sep)
      .some((name) => name.startsWith('.'))
  )
    return message('load.discover.link-hidden');
  return undefined;
}

type Readdir = fg.FileSystemAdapter['readdir'];
type Listed<T> = (error: NodeJS.ErrnoException | null, entries: T[]) => void;

/**
 * `fs.readdir` as fast-glob calls it (with or without options), noting each folder it cannot
 * list before handing the error on.
 */
function noteUnlisted(unlisted: Map<string, string>): Readdir {
  const note = (path: string, error: NodeJS.ErrnoException | null) => {
    // A folder that is not there (a glob's static part, a dangling link) is no error here.
    const absent = error?.code === 'ENOENT' || error?.code === 'ENOTDIR';
    if (error && !absent) unlisted.set(resolve(path), error.code ?? 'EIO');
  };
  function wrapped(path: string, options: { withFileTypes: true }, done: Listed<Dirent>): void;
  function wrapped(path: string, done: Listed<string>): void;
  function wrapped(
    path: string,
    second: { withFileTypes: true } | Listed<string>,
    third?: Listed<Dirent>,
  ): void {
    if (typeof second === 'function')
      readdir(path, (error, names) => {
        note(path, error);
        second(error, names);
      });
    else
      readdir(path, second, (error, entries) => {
        note(path, error);
        third?.(error, entries);
      });
  }
  return wrapped;
}

/** The user's ignore globs, and which of them have left out a file. */
class Ignore {
  private readonly globs: ReadonlyArray<{
    readonly written: string;
    /** The glob or the folder it names, against a path. */
    readonly path: (path: string) => boolean;
    /** For a glob without a slash: against one name of the path (as in .gitignore). */
    readonly name: ((name: string) => boolean) | undefined;
  }>;
  private readonly used = new Set<string>();
  /** Compiled once: matching runs for every file of an archive. */
  private readonly always = anyOf(alwaysIgnored);

  constructor(
    written: readonly string[],
    private readonly cwd: string,
  ) {
    this.globs = [...new Set(written)].map((w) => {
      // `sub/` (the .gitignore way of naming a folder) means the folder `sub`.
      const glob = w.replace(/\/+$/, '');
      return {
        written: w,
        path: anyOf([glob, `${glob}/**`]),
        name: glob.includes('/') ? undefined : anyOf([glob]),
      };
    });
  }

  /**
   * Whether a file is left out: always inside node_modules and .git, else when a glob matches
   * its path relative to `root` (the folder being read), to cwd, or absolute. A folder glob
   * covers everything inside it; a glob without a slash names a file or folder anywhere under
   * the root (as in .gitignore).
   */
  drops(absolute: string, root: string): boolean {
    const fromCwd = displayPath(absolute, this.cwd);
    const fromRoot = displayPath(absolute, root);
    const names = [...new Set([fromRoot, fromCwd, absolute.split(sep).join('/')])];
    if (names.some(this.always)) return true;
    let dropped = false;
    for (const { written, path, name } of this.globs) {
      if (names.some(path) || (name !== undefined && fromRoot.split('/').some(name))) {
        this.used.add(written);
        dropped = true;
      }
    }
    return dropped;
  }

  /** The globs that left out no file, in the order given. */
  unused(): string[] {
    return this.globs.filter((g) => !this.used.has(g.written)).map((g) => g.written);
  }
}

/** One test for several globs (dot files included), each compiled once. */
function anyOf(globs: readonly string[]): (path: string) => boolean {
  const matchers = globs.map((g) => micromatch.matcher(g, { dot: true }));
  return (path) => matchers.some((m) => m(path));
}

/** Relative to cwd when inside it, with forward slashes, so output is the same on every OS. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
  return shown.split(sep).join('/');
}
