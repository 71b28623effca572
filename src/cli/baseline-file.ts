import { lstat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { type Baseline, baselineVersion, serializeBaseline } from '../gate/baseline.js';
import { type BaselineProblem, readBaselineData } from '../gate/baseline-data.js';
import type { Finding } from '../findings/finding.js';
import { finding } from '../rules/loader-rules.js';
import { displayPath } from '../load/discover.js';
import { type LocationIndex, locate } from '../load/locate.js';
import { parseYaml } from '../load/parse.js';
import { type FileIdentity, errorCode, readText } from '../load/read.js';
import { makeSource, positionOf } from '../load/source.js';
import { message } from '../messages/catalogue.js';
import type { InputFileError } from '../load/config-file.js';
import { writeFileAtomic } from './write-output.js';

/** Reading and writing the baseline file (`--baseline FILE`); its logic is src/gate/baseline.ts. */

export const emptyBaseline: Baseline = { version: baselineVersion, entries: [] };

export type BaselineLoad =
  | {
      readonly ok: true;
      readonly baseline: Baseline;
      /** Undefined when the file does not exist yet (allowed with `create`). */
      readonly identity: FileIdentity | undefined;
    }
  | { readonly ok: false; readonly error: InputFileError };

/**
 * Reads the baseline at `path` (relative to `cwd`). A missing file is an error, except with
 * `create` (`--update-baseline`), where it is an empty baseline the run will write. A file
 * that is not a baseline is an error located at file:line:column. Never writes.
 */
export async function readBaselineFile(
  cwd: string,
  path: string,
  options: { readonly create?: boolean } = {},
): Promise<BaselineLoad> {
  const absolute = resolve(cwd, path);
  const file = displayPath(absolute, cwd);
  const read = await readText(absolute, file, { what: message('cli.baseline.what') });
  const invalid = invalidMessage(file, options.create === true);
  if (!read.ok) {
    if (await isMissing(absolute)) {
      if (options.create) return { ok: true, baseline: emptyBaseline, identity: undefined };
      return {
        ok: false,
        error: {
          message: message('cli.baseline.not-found', { file }),
          findings: [],
        },
      };
    }
    return { ok: false, error: { message: invalid, findings: [read.finding] } };
  }
  const parsed = parseBaseline(read.text, file);
  if (!parsed.ok) return { ok: false, error: { message: invalid, findings: parsed.findings } };
  return { ok: true, baseline: parsed.baseline, identity: read.identity };
}

/**
 * A baseline that cannot be read is never written over, not even by `--update-baseline`
 * (it may be a merge conflict away from right): that run is told to fix or remove it.
 */
function invalidMessage(file: string, updating: boolean) {
  return message(updating ? 'cli.baseline.invalid-kept' : 'cli.baseline.invalid', { file });
}

async function isMissing(absolute: string): Promise<boolean> {
  return lstat(absolute).then(
    () => false,
    (error: unknown) => errorCode(error) === 'ENOENT',
  );
}

export type BaselineParse =
  | { readonly ok: true; readonly baseline: Baseline }
  | { readonly ok: false; readonly findings: Finding[] };

/**
 * A baseline file's text (JSON) to a baseline, or every problem at file:line:column. Valid
 * JSON is read with `JSON.parse` (fast on a national archive's thousands of entries); to
 * locate a problem, the text is read again with the project's YAML reader (JSON is YAML 1.2),
 * which gives every node its line and column.
 */
export function parseBaseline(text: string, file: string): BaselineParse {
  let value: unknown;
  let json = true;
  let at = 0;
  try {
    value = JSON.parse(text);
  } catch (error) {
    json = false;
    // Node 20 names the offset for some errors only ("… in JSON at position 11").
    const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
    at = Number(position?.[1] ?? 0);
  }
  if (json) {
    const data = readBaselineData(value);
    if (data.ok) return { ok: true, baseline: data.baseline };
  }
  const source = makeSource(file, text);
  const parsed = parseYaml(source);
  if (!parsed.ok) return { ok: false, findings: parsed.findings };
  if (!json) {
    // YAML, but not JSON: a trailing comma, a comment, single quotes…
    const where = { file, ...positionOf(source, at) };
    return {
      ok: false,
      findings: [finding('yaml-syntax', where, message('cli.baseline.not-json'))],
    };
  }
  const data = readBaselineData(parsed.parsed.value);
  if (data.ok) return { ok: true, baseline: data.baseline };
  const index = parsed.parsed.locations({ everyItem: true });
  return { ok: false, findings: data.problems.map((p) => locateProblem(index, p)) };
}

function locateProblem(index: LocationIndex, problem: BaselineProblem): Finding {
  const { endLine, endColumn, ...start } = locate(index, problem.path, {
    key: problem.key === true,
  });
  return { ...finding('schema', start, problem.message), endLine, endColumn };
}

/**
 * Writes the baseline whole or not at all (`writeFileAtomic`), never over an input file: pass
 * the identities of every file read (curriculum files, the config file).
 */
export async function writeBaselineFile(
  cwd: string,
  path: string,
  baseline: Baseline,
  inputs: readonly FileIdentity[],
): Promise<void> {
  await writeFileAtomic(cwd, path, serializeBaseline(baseline), inputs);
}

/**
 * How the baseline names a finding's file: relative to the baseline's own folder, with forward
 * slashes, so that the same repository gives the same file whatever folder the tool runs in.
 * Pass it as `{ file }` to `makeBaseline`, `applyBaseline` and `fingerprintFindings`.
 */
export function baselineFileNames(cwd: string, baselinePath: string): (file: string) => string {
  const folder = dirname(resolve(cwd, baselinePath));
  return (file) => {
    const rel = relative(folder, resolve(cwd, file));
    return (rel === '' ? file : rel).split(sep).join('/');
  };
}
