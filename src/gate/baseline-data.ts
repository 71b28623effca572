import { message } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';
import { isRuleId } from '../rules/index.js';
import { type Baseline, type BaselineEntry, baselineVersion } from './baseline.js';

/** A problem in a baseline file's data, at a path of it, for the reader to locate. */
export interface BaselineProblem {
  readonly path: readonly (string | number)[];
  /** Point at the key of the last path segment (an unknown property) rather than its value. */
  readonly key?: boolean;
  readonly message: Message;
}

export type BaselineData =
  | { readonly ok: true; readonly baseline: Baseline }
  | { readonly ok: false; readonly problems: BaselineProblem[] };

const entryKeys = ['rule', 'about', 'file', 'message', 'count', 'fingerprint'];

/**
 * Checks parsed baseline data (from JSON text) and returns the baseline, or every problem at
 * its path. Unknown properties are problems too: a misspelt `count` must not silently
 * accept nothing.
 */
export function readBaselineData(value: unknown): BaselineData {
  const problems: BaselineProblem[] = [];
  const problem: Problem = (path, said, key = false) =>
    problems.push({ path, ...(key ? { key } : {}), message: said });
  if (!isRecord(value)) {
    problem([], message('gate.baseline.not-an-object'));
    return { ok: false, problems };
  }
  for (const key of Object.keys(value)) {
    if (key !== 'version' && key !== 'entries')
      problem([key], message('gate.baseline.unknown-property', { key }), true);
  }
  const version = value.version;
  if (version !== baselineVersion) {
    if (typeof version === 'number' && version > baselineVersion)
      problem(['version'], message('gate.baseline.newer-version', { version }));
    else problem(['version'], message('gate.baseline.version', { version: baselineVersion }));
  }
  const entries: BaselineEntry[] = [];
  if (!Array.isArray(value.entries)) {
    problem(['entries'], message('gate.baseline.entries-not-a-list'));
  } else {
    value.entries.forEach((item: unknown, i: number) => {
      const entry = readEntry(item, i, problem);
      if (entry !== undefined) entries.push(entry);
    });
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, baseline: { version: baselineVersion, entries } };
}

/** Records a problem at a path of the data (`key`: at the key of its last segment). */
type Problem = (path: (string | number)[], said: Message, key?: boolean) => void;

function readEntry(item: unknown, index: number, problem: Problem): BaselineEntry | undefined {
  const at = ['entries', index];
  if (!isRecord(item)) {
    problem(at, message('gate.baseline.entry-not-an-object', { index }));
    return undefined;
  }
  let ok = true;
  const fail = (field: string, said: Message) => {
    ok = false;
    problem([...at, field], message('gate.baseline.field', { index, field, problem: said }));
  };
  for (const key of Object.keys(item)) {
    if (!entryKeys.includes(key)) {
      ok = false;
      problem([...at, key], message('gate.baseline.entry-unknown-property', { index, key }), true);
    }
  }
  const { rule, about, file, message: text, count: n, fingerprint } = item;
  for (const required of ['rule', 'message', 'count', 'fingerprint']) {
    if (item[required] === undefined) {
      ok = false;
      problem(at, message('gate.baseline.entry-missing', { index, property: required }));
    }
  }
  if (rule !== undefined && (typeof rule !== 'string' || rule === ''))
    fail('rule', message('gate.baseline.field.rule-id'));
  else if (typeof rule === 'string' && !isRuleId(rule))
    fail('rule', message('gate.baseline.field.unknown-rule', { rule }));
  if (text !== undefined && typeof text !== 'string')
    fail('message', message('gate.baseline.field.text'));
  if (n !== undefined && (typeof n !== 'number' || !Number.isInteger(n) || n < 1))
    fail('count', message('gate.baseline.field.count'));
  if (
    fingerprint !== undefined &&
    (typeof fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(fingerprint))
  )
    fail('fingerprint', message('gate.baseline.field.fingerprint'));
  const aboutOk =
    about === undefined ||
    (Array.isArray(about) && about.length > 0 && about.every((k) => typeof k === 'string'));
  if (!aboutOk) fail('about', message('gate.baseline.field.about'));
  if (file !== undefined && typeof file !== 'string')
    fail('file', message('gate.baseline.field.file'));
  if ((about === undefined) === (file === undefined))
    problem(at, message('gate.baseline.about-or-file', { index }));
  if (!ok || (about === undefined) === (file === undefined)) return undefined;
  // Checked above, field by field.
  return {
    rule: String(rule),
    ...(Array.isArray(about) ? { about: about.map(String) } : { file: String(file) }),
    message: String(text),
    count: Number(n),
    fingerprint: String(fingerprint),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
