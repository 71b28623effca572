import { excerpt } from '../model/excerpt.js';
import { type LocalText, localText } from '../model/local-text.js';
import { isRuleId } from '../rules/index.js';
import { type Baseline, type BaselineEntry, baselineVersion } from './baseline.js';

/** A problem in a baseline file's data, at a path of it, for the reader to locate. */
export interface BaselineProblem {
  readonly path: readonly (string | number)[];
  /** Point at the key of the last path segment (an unknown property) rather than its value. */
  readonly key?: boolean;
  readonly message: LocalText;
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
  const problem = (path: (string | number)[], vi: string, en: string, key = false) =>
    problems.push({ path, ...(key ? { key } : {}), message: localText(vi, en) });
  if (!isRecord(value)) {
    problem(
      [],
      'tệp baseline phải là một đối tượng JSON có `version` và `entries`',
      'a baseline file must be a JSON object with `version` and `entries`',
    );
    return { ok: false, problems };
  }
  for (const key of Object.keys(value)) {
    if (key !== 'version' && key !== 'entries')
      problem(
        [key],
        `thuộc tính không xác định ${excerpt(key)}`,
        `unknown property ${excerpt(key)}`,
        true,
      );
  }
  const version = value.version;
  if (version !== baselineVersion) {
    if (typeof version === 'number' && version > baselineVersion)
      problem(
        ['version'],
        `tệp baseline phiên bản ${version} do một phiên bản curriculum-dedup mới hơn ghi; hãy nâng cấp công cụ`,
        `baseline version ${version} was written by a newer curriculum-dedup; upgrade the tool`,
      );
    else
      problem(
        ['version'],
        `\`version\` phải là ${baselineVersion}`,
        `\`version\` must be ${baselineVersion}`,
      );
  }
  const entries: BaselineEntry[] = [];
  if (!Array.isArray(value.entries)) {
    problem(['entries'], '`entries` phải là một danh sách', '`entries` must be a list');
  } else {
    value.entries.forEach((item: unknown, i: number) => {
      const entry = readEntry(item, ['entries', i], problem);
      if (entry !== undefined) entries.push(entry);
    });
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, baseline: { version: baselineVersion, entries } };
}

function readEntry(
  item: unknown,
  at: (string | number)[],
  problem: (path: (string | number)[], vi: string, en: string, key?: boolean) => void,
): BaselineEntry | undefined {
  const name = `entries[${String(at[1])}]`;
  if (!isRecord(item)) {
    problem(at, `${name} phải là một đối tượng`, `${name} must be an object`);
    return undefined;
  }
  let ok = true;
  const fail = (field: string, vi: string, en: string, key = false) => {
    ok = false;
    problem([...at, field], `${name}.${field} ${vi}`, `${name}.${field} ${en}`, key);
  };
  for (const key of Object.keys(item)) {
    if (!entryKeys.includes(key)) {
      ok = false;
      problem(
        [...at, key],
        `thuộc tính không xác định ${excerpt(key)} trong ${name}`,
        `unknown property ${excerpt(key)} in ${name}`,
        true,
      );
    }
  }
  const { rule, about, file, message, count: n, fingerprint } = item;
  for (const required of ['rule', 'message', 'count', 'fingerprint']) {
    if (item[required] === undefined) {
      ok = false;
      problem(
        at,
        `${name} thiếu thuộc tính bắt buộc "${required}"`,
        `${name} is missing required property "${required}"`,
      );
    }
  }
  if (rule !== undefined && (typeof rule !== 'string' || rule === ''))
    fail('rule', 'phải là mã một quy tắc', 'must be a rule id');
  else if (typeof rule === 'string' && !isRuleId(rule))
    fail(
      'rule',
      `${excerpt(rule)} không phải mã của quy tắc nào (xem docs/rules)`,
      `${excerpt(rule)} is no rule's id (see docs/rules)`,
    );
  if (message !== undefined && typeof message !== 'string')
    fail('message', 'phải là một chuỗi văn bản', 'must be a text');
  if (n !== undefined && (typeof n !== 'number' || !Number.isInteger(n) || n < 1))
    fail('count', 'phải là một số nguyên từ 1 trở lên', 'must be a whole number of at least 1');
  if (
    fingerprint !== undefined &&
    (typeof fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(fingerprint))
  )
    fail(
      'fingerprint',
      'phải là 64 chữ số thập lục phân (sha256)',
      'must be 64 hexadecimal digits (sha256)',
    );
  const aboutOk =
    about === undefined ||
    (Array.isArray(about) && about.length > 0 && about.every((k) => typeof k === 'string'));
  if (!aboutOk)
    fail('about', 'phải là một danh sách khoá không rỗng', 'must be a non-empty list of keys');
  if (file !== undefined && typeof file !== 'string')
    fail('file', 'phải là một đường dẫn tệp', 'must be a file path');
  if ((about === undefined) === (file === undefined))
    problem(
      at,
      `${name} phải có đúng một trong hai thuộc tính \`about\` hoặc \`file\``,
      `${name} must have exactly one of \`about\` and \`file\``,
    );
  if (!ok || (about === undefined) === (file === undefined)) return undefined;
  // Checked above, field by field.
  return {
    rule: String(rule),
    ...(Array.isArray(about) ? { about: about.map(String) } : { file: String(file) }),
    message: String(message),
    count: Number(n),
    fingerprint: String(fingerprint),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
