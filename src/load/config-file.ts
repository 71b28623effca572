import { lstat, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import fg from 'fast-glob';
import type { Finding } from '../findings/finding.js';

import { finding } from '../rules/loader-rules.js';
import { allRules, isFixedRule } from '../rules/index.js';
import { displayPath } from './discover.js';
import { type DataPath, type LocationIndex, formatPath, locate, pointerToPath } from './locate.js';
import { parseYaml } from './parse.js';
import { describeSchemaError, givenValue, valueAt } from './schema-errors.js';
import { errorCode, readText } from './read.js';
import { makeSource } from './source.js';
import { closest } from './text-distance.js';
import { message } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';
import { type ConfigFile, type LoadedConfig, configFileNames } from './config-types.js';
import { validateConfigSchema } from './config-schema.js';
import { unsafeConfigPaths, untrustedConfig } from './config-trust.js';

/**
 * Finding, reading and checking the config file (see config.ts for what it holds): every
 * problem located at file:line:column, as for curriculum files.
 */

/**
 * A config or baseline file that cannot be used: a headline for stderr and, where the problems
 * have places in the file, one located finding each (printed like `validate`'s). Exit 2.
 */
export interface InputFileError {
  readonly message: Message;
  readonly findings: readonly Finding[];
}

export type ConfigLoad =
  | {
      readonly ok: true;
      readonly loaded: LoadedConfig | undefined;
      /** Why a config file that was found was not read (another user's), for stderr. */
      readonly warning?: Message;
    }
  | { readonly ok: false; readonly error: InputFileError };

/**
 * The config for a run: the file named with `--config` (relative to `cwd`), else the one found
 * by walking up from the first scanned path, else none (`loaded` undefined).
 */
export async function loadConfig(options: {
  readonly cwd: string;
  readonly paths: readonly string[];
  /** `--config FILE`. */
  readonly config?: string | undefined;
}): Promise<ConfigLoad> {
  const { cwd } = options;
  let absolute: string;
  if (options.config !== undefined) {
    absolute = resolve(cwd, options.config);
    if ((await entryKind(absolute)) === undefined) {
      const file = displayPath(absolute, cwd);
      return failure(message('cli.config.not-found', { file }));
    }
  } else {
    const found = await findConfigFile(await configSearchStart(cwd, options.paths));
    if (!found.ok) {
      const [a = '', b = ''] = found.both.map((p) => displayPath(p, cwd));
      return failure(message('cli.config.two-files', { a, b }));
    }
    if (found.path === undefined) return { ok: true, loaded: undefined };
    absolute = found.path;
    const untrusted = await untrustedConfig(absolute);
    if (untrusted !== undefined) {
      const file = displayPath(absolute, cwd);
      return {
        ok: true,
        loaded: undefined,
        warning: message('cli.config.ignored', { file, reason: untrusted }),
      };
    }
  }

  const file = displayPath(absolute, cwd);
  if ((await lstat(absolute)).isSymbolicLink())
    return failure(message('cli.config.symbolic-link', { file }));
  const invalid = message('cli.config.invalid', { file });
  const read = await readText(absolute, file, {
    noFollow: true,
    what: message('cli.config.what'),
  });
  if (!read.ok) return failure(invalid, [read.finding]);
  const parsed = parseConfig(read.text, file);
  if (!parsed.ok) return failure(invalid, parsed.findings);
  const folder = dirname(absolute);
  const unsafe = await unsafeConfigPaths(parsed.config, folder, parsed.locations());
  if (unsafe.length > 0) return failure(invalid, unsafe);
  return {
    ok: true,
    loaded: { file, folder, identity: read.identity, config: parsed.config },
  };
}

function failure(problem: Message, findings: readonly Finding[] = []): ConfigLoad {
  return { ok: false, error: { message: problem, findings } };
}

/**
 * Where the search for a config file starts: the first scanned path's folder (the path itself
 * when it is a folder, the static part of a glob), else the working directory.
 */
export async function configSearchStart(cwd: string, paths: readonly string[]): Promise<string> {
  const [first = '.'] = paths;
  const absolute = resolve(cwd, first);
  const kind = await entryKind(absolute, true);
  if (kind === 'folder') return absolute;
  if (kind === 'file') return dirname(absolute);
  if (!fg.isDynamicPattern(first)) return cwd;
  const segments = first.split(/[/\\]/);
  const dynamic = segments.findIndex((s) => s !== '' && fg.isDynamicPattern(s));
  return resolve(cwd, segments.slice(0, dynamic).join('/') || '.');
}

export type ConfigSearch =
  | { readonly ok: true; readonly path: string | undefined }
  | { readonly ok: false; readonly both: readonly string[] };

/**
 * Walks up from `start` to the repository root — the first folder that holds `.git` (a folder,
 * or a file in a worktree or submodule) — or, outside a repository, to the file-system root,
 * and returns the first config file found. A config above the repository is never read: the
 * check must give the same answer on every clone, in CI as on a laptop.
 */
export async function findConfigFile(start: string): Promise<ConfigSearch> {
  for (let folder = resolve(start); ;) {
    const present: string[] = [];
    for (const name of configFileNames) {
      const path = join(folder, name);
      const kind = await entryKind(path);
      if (kind !== undefined && kind !== 'folder') present.push(path);
    }
    if (present.length > 1) return { ok: false, both: present };
    if (present.length === 1) return { ok: true, path: present[0] };
    if ((await entryKind(join(folder, '.git'))) !== undefined) return { ok: true, path: undefined };
    const parent = dirname(folder);
    if (parent === folder) return { ok: true, path: undefined };
    folder = parent;
  }
}

/** What is at a path: a folder, something else, or nothing (links are not followed unless asked). */
async function entryKind(path: string, follow = false): Promise<'folder' | 'file' | undefined> {
  try {
    const info = follow ? await stat(path) : await lstat(path);
    return info.isDirectory() ? 'folder' : 'file';
  } catch (error) {
    // A path one cannot look at (EACCES, ENOTDIR) is as good as absent for a search.
    if (errorCode(error) !== undefined) return undefined;
    throw error;
  }
}

export type ConfigParse =
  | {
      readonly ok: true;
      readonly config: ConfigFile;
      /** Where each option is written, to locate problems found later. */
      readonly locations: () => LocationIndex;
    }
  | { readonly ok: false; readonly findings: Finding[] };

/**
 * A config file's text to its options, or every problem located at file:line:column: YAML
 * syntax (as for curriculum files), then the schema. An empty file is an empty config.
 */
export function parseConfig(text: string, file: string): ConfigParse {
  const parsed = parseYaml(makeSource(file, text));
  if (!parsed.ok) return { ok: false, findings: parsed.findings };
  const value = parsed.parsed.value ?? {};
  if (isConfigFile(value))
    return { ok: true, config: value, locations: () => parsed.parsed.locations() };
  const index = parsed.parsed.locations({ everyItem: true });
  return { ok: false, findings: describeErrors(value, index, validateConfigSchema.errors ?? []) };
}

/** The schema's check (compiled ahead of time): a value it accepts is a `ConfigFile`. */
function isConfigFile(value: unknown): value is ConfigFile {
  return validateConfigSchema(value);
}

/** Every schema error as a located `schema` finding, in the order of the file. */
function describeErrors(
  value: unknown,
  index: LocationIndex,
  errors: readonly ErrorObject[],
): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const error of errors) {
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const path = pointerToPath(error.instancePath);
    const extra =
      error.keyword === 'additionalProperties'
        ? String(error.params.additionalProperty)
        : undefined;
    const where = locate(index, extra === undefined ? path : [...path, extra], {
      key: extra !== undefined || error.keyword === 'false schema',
    });
    const { endLine, endColumn, ...start } = where;
    findings.push({
      ...finding('schema', start, describe(error, path, value)),
      endLine,
      endColumn,
    });
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * What an ajv error of the config file means: its own cases (the file is no mapping, an
 * unknown option or rule, `format` beside `reports`), else what the one translator of schema
 * errors says (`describeSchemaError`).
 */
function describe(error: ErrorObject, path: DataPath, root: unknown): Message {
  const value = valueAt(root, path);
  if (path.length === 0 && error.keyword === 'type') {
    return message('cli.config.not-a-mapping', { given: givenValue(value) });
  }
  if (error.keyword === 'additionalProperties')
    return unknownProperty(String(error.params.additionalProperty), path, error);
  if (error.keyword === 'false schema')
    // The only false schemas: `format` and `output` beside `reports`.
    return message('cli.config.beside-reports', { key: formatPath(path) });
  return describeSchemaError(error, path, root, message('cli.config.whole'));
}

/** An unknown key: a misspelt option, a flag's spelling (`fail-on`), an unknown or fixed rule. */
function unknownProperty(key: string, path: DataPath, error: ErrorObject): Message {
  if (path.length === 1 && path[0] === 'rules') {
    if (isFixedRule(key)) return message('cli.config.fixed-rule', { rule: key });
    const hint = closest(
      key,
      allRules.map((r) => r.id),
    );
    return message('cli.config.unknown-rule', { rule: key, ...(hint ? { hint } : {}) });
  }
  const properties: unknown = error.parentSchema?.properties;
  const allowed =
    typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
  const camel = key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const hint = allowed.includes(camel) ? camel : closest(key, allowed);
  const data = { key, allowed, ...(hint ? { hint } : {}) };
  return path.length === 0
    ? message('cli.config.unknown-option', data)
    : message('cli.config.unknown-property', { ...data, where: formatPath(path) });
}
