import { createHash } from 'node:crypto';
import type { Catalog, Module, Programme } from '../model/catalog.js';
import { type Lang, type LocalText, localText } from '../model/local-text.js';
import { compareStrings } from '../model/order.js';
import { count, noun } from '../model/words.js';
import type { Finding } from './finding.js';

/**
 * The baseline: findings a team has accepted, recorded by content so that they stay accepted
 * when lines move or files are reordered, and come back when what they are about changes
 * (after ESLint's suppressions file and jscpd's baseline). Pure: reading and writing the file
 * is src/cli/baseline-file.ts.
 */

/** The version of the file format this code reads and writes. */
export const baselineVersion = 1;

export interface BaselineEntry {
  readonly rule: string;
  /** The finding's `about` keys, sorted; absent for a finding fingerprinted by its file. */
  readonly about?: readonly string[];
  /** For a finding without `about`: its file, as the baseline names it. */
  readonly file?: string;
  /** The English message, for people reading the file or its diff; matching ignores it. */
  readonly message: string;
  /** How many findings with this fingerprint are accepted. */
  readonly count: number;
  readonly fingerprint: string;
}

export interface Baseline {
  readonly version: typeof baselineVersion;
  readonly entries: readonly BaselineEntry[];
}

/** The content of an entity named by an `about` key (`module:prog/mod`), if it exists. */
export type ContentOf = (key: string) => string | undefined;

export interface FingerprintOptions {
  /**
   * How the baseline names a finding's file (for findings without `about`), e.g. relative to
   * the baseline's folder so that it does not depend on where the tool runs. Identity by default.
   */
  readonly file?: (file: string) => string;
}

export interface FingerprintedFinding {
  readonly finding: Finding;
  readonly fingerprint: string;
}

export interface BaselineResult {
  /** Findings not in the baseline, in their order. */
  readonly kept: Finding[];
  /** Findings the baseline accepts, in their order. */
  readonly suppressed: Finding[];
  /** Entries (with the count not found) recorded in the baseline but no longer found. */
  readonly stale: BaselineEntry[];
}

const scheme = 'curriculum-dedup/baseline/1';

/**
 * Fingerprints of many findings, with each entity's content hashed once however many
 * findings name it (a module in a national archive is named by dozens of overlaps).
 */
export function fingerprintFindings(
  findings: readonly Finding[],
  contentOf: ContentOf,
  options: FingerprintOptions = {},
): FingerprintedFinding[] {
  const print = fingerprinter(contentOf, options);
  return findings.map((finding) => ({ finding, fingerprint: print(finding) }));
}

/** One finding's fingerprint (a SARIF reporter's `partialFingerprints`, say). */
export function fingerprintFinding(
  finding: Finding,
  contentOf: ContentOf,
  options: FingerprintOptions = {},
): string {
  return fingerprinter(contentOf, options)(finding);
}

/**
 * With `about`: the rule and, for each entity named, its key and a hash of its content — not
 * the message (its numbers move with thresholds and wording) nor the location (lines move).
 * Without `about` (a finding about a file's text): the rule, the file and the English message.
 */
function fingerprinter(contentOf: ContentOf, options: FingerprintOptions): (f: Finding) => string {
  const hashes = new Map<string, string>();
  const contentHash = (key: string): string => {
    let hash = hashes.get(key);
    if (hash === undefined) {
      const content = contentOf(key);
      // An entity the catalogue does not know still counts by its key.
      hash = content === undefined ? '-' : sha256(content);
      hashes.set(key, hash);
    }
    return hash;
  };
  const fileName = options.file ?? ((file: string) => file);
  return (finding) => {
    const about = aboutKeys(finding);
    const parts =
      about === undefined
        ? [scheme, finding.rule, 'file', slashes(fileName(finding.file)), finding.message.en]
        : [scheme, finding.rule, 'about', ...about.flatMap((key) => [key, contentHash(key)])];
    return sha256(JSON.stringify(parts));
  };
}

/** The finding's `about` keys, sorted and once each; undefined when it has none. */
function aboutKeys(finding: Finding): string[] | undefined {
  if (finding.about === undefined || finding.about.length === 0) return undefined;
  return [...new Set(finding.about)].sort(compareStrings);
}

/** Today's findings as a baseline: one entry per fingerprint, counted, sorted. */
export function makeBaseline(
  findings: readonly Finding[],
  contentOf: ContentOf,
  options: FingerprintOptions = {},
): Baseline {
  const fileName = options.file ?? ((file: string) => file);
  const entries = new Map<string, BaselineEntry>();
  for (const { finding, fingerprint } of fingerprintFindings(findings, contentOf, options)) {
    const before = entries.get(fingerprint);
    const about = aboutKeys(finding);
    // Of findings sharing a fingerprint, the smallest message is kept: any order of the
    // findings gives the same file.
    const message =
      before !== undefined && compareStrings(before.message, finding.message.en) <= 0
        ? before.message
        : finding.message.en;
    entries.set(fingerprint, {
      rule: finding.rule,
      ...(about !== undefined ? { about } : { file: slashes(fileName(finding.file)) }),
      message,
      count: (before?.count ?? 0) + 1,
      fingerprint,
    });
  }
  return { version: baselineVersion, entries: sortEntries([...entries.values()]) };
}

/**
 * Splits findings into those the baseline accepts and those it does not. An entry counted n
 * accepts n findings with its fingerprint, the first n in the given order; the rest are new.
 * Entries with fewer findings than their count are stale, with the count not found.
 */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: Baseline,
  contentOf: ContentOf,
  options: FingerprintOptions = {},
): BaselineResult {
  const left = new Map<string, number>();
  for (const entry of baseline.entries) {
    left.set(entry.fingerprint, (left.get(entry.fingerprint) ?? 0) + entry.count);
  }
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const { finding, fingerprint } of fingerprintFindings(findings, contentOf, options)) {
    const n = left.get(fingerprint) ?? 0;
    if (n > 0) {
      left.set(fingerprint, n - 1);
      suppressed.push(finding);
    } else kept.push(finding);
  }
  const stale: BaselineEntry[] = [];
  for (const entry of mergeEntries(baseline.entries)) {
    const n = left.get(entry.fingerprint) ?? 0;
    if (n > 0) stale.push({ ...entry, count: n });
  }
  return { kept, suppressed, stale: sortEntries(stale) };
}

/** The baseline without its stale entries (`--prune-baseline`): counts lowered, empty entries gone. */
export function pruneBaseline(baseline: Baseline, stale: readonly BaselineEntry[]): Baseline {
  const drop = new Map<string, number>();
  for (const entry of stale)
    drop.set(entry.fingerprint, (drop.get(entry.fingerprint) ?? 0) + entry.count);
  const entries: BaselineEntry[] = [];
  for (const entry of mergeEntries(baseline.entries)) {
    const n = entry.count - (drop.get(entry.fingerprint) ?? 0);
    if (n > 0) entries.push({ ...entry, count: n });
  }
  return { version: baselineVersion, entries: sortEntries(entries) };
}

/** Entries with one fingerprint written twice (a hand merge) as one, their counts added. */
function mergeEntries(entries: readonly BaselineEntry[]): BaselineEntry[] {
  const merged = new Map<string, BaselineEntry>();
  for (const entry of entries) {
    const before = merged.get(entry.fingerprint);
    merged.set(
      entry.fingerprint,
      before === undefined ? entry : { ...before, count: before.count + entry.count },
    );
  }
  return [...merged.values()];
}

/** By rule, then what the entry is about (its keys or file), then message and fingerprint. */
function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  return entries.sort(
    (a, b) =>
      compareStrings(a.rule, b.rule) ||
      compareStrings(hint(a), hint(b)) ||
      compareStrings(a.message, b.message) ||
      compareStrings(a.fingerprint, b.fingerprint),
  );
}

function hint(entry: BaselineEntry): string {
  return entry.about?.join('\n') ?? entry.file ?? '';
}

/**
 * The baseline file's text: JSON, two-space indented, entries sorted, keys in a fixed order,
 * one `about` key a line and a final newline, so that accepting or fixing one finding changes
 * only its own lines. Characters that would hide or reorder text in a diff (controls, bidi
 * overrides, zero-width marks, line separators) are escaped; Vietnamese letters stay readable.
 */
export function serializeBaseline(baseline: Baseline): string {
  const entries = sortEntries(mergeEntries(baseline.entries)).map((e) => ({
    rule: e.rule,
    ...(e.about !== undefined ? { about: [...e.about] } : {}),
    ...(e.file !== undefined ? { file: e.file } : {}),
    message: e.message,
    count: e.count,
    fingerprint: e.fingerprint,
  }));
  const json = JSON.stringify({ version: baselineVersion, entries }, null, 2);
  // These characters occur in JSON text only inside strings, where \uXXXX means the same.
  return `${json.replace(invisible, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

// JSON.stringify escapes the C0 controls already; these it leaves as they are.
const invisible = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** What a reader of the report is told about a stale entry, in both languages. */
export function staleMessage(entry: BaselineEntry): LocalText {
  const what = entry.about?.join(', ') ?? entry.file ?? '';
  const times = (lang: Lang) => count(entry.count, noun('lần', 'time'), lang);
  return localText(
    `Mục trong tệp baseline không còn xuất hiện: ${entry.rule} (${what}), ghi nhận ${times('vi')}; ` +
      'chạy lại với --prune-baseline để xoá mục này.',
    `Baseline entry no longer found: ${entry.rule} (${what}), recorded ${times('en')}; ` +
      'run again with --prune-baseline to remove it.',
  );
}

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
      problem([key], `thuộc tính không xác định "${key}"`, `unknown property "${key}"`, true);
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
        `thuộc tính không xác định "${key}" trong ${name}`,
        `unknown property "${key}" in ${name}`,
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

/**
 * What each `about` key of a catalogue stands for, as text whose change changes the
 * fingerprint. Texts are compared after light normalisation (Unicode NFC, white space, case):
 * re-wrapping a YAML line or fixing a capital letter does not reopen an accepted finding;
 * a changed word, topic, outcome or hour count does. The order of topics, outcomes and a
 * programme's modules does not count; what they are does.
 */
export function catalogContent(catalog: Catalog): ContentOf {
  let programmes: Map<string, Programme> | undefined;
  let positions: Map<string, Catalog['positions'][number]> | undefined;
  let tracks: Map<string, Catalog['tracks'][number]> | undefined;
  return (key) => {
    const colon = key.indexOf(':');
    if (colon < 0) return undefined;
    const kind = key.slice(0, colon);
    const id = key.slice(colon + 1);
    switch (kind) {
      case 'module': {
        const module = catalog.moduleByRef.get(id);
        return module && JSON.stringify(moduleContent(module));
      }
      case 'programme': {
        programmes ??= new Map(catalog.programmes.map((p) => [p.id, p]));
        const p = programmes.get(id);
        return (
          p &&
          JSON.stringify([
            text(p.title),
            p.levelRef,
            [...p.satisfies].sort(compareStrings),
            p.provider ?? '',
            p.modules
              .map((m) => [m.ref, moduleContent(m)] as const)
              .sort((a, b) => compareStrings(a[0], b[0])),
          ])
        );
      }
      case 'level': {
        const level = catalog.levels.get(id);
        return level && JSON.stringify([level.ref, text(level.title)]);
      }
      case 'track': {
        tracks ??= new Map(catalog.tracks.map((t) => [t.id, t]));
        const t = tracks.get(id);
        return t && JSON.stringify([t.id, text(t.title), t.levels.map((l) => l.ref)]);
      }
      case 'position': {
        positions ??= new Map(catalog.positions.map((p) => [p.id, p]));
        const p = positions.get(id);
        return p && JSON.stringify([text(p.title), [...p.requires].sort(compareStrings)]);
      }
      default:
        return undefined;
    }
  };
}

function moduleContent(m: Module): unknown[] {
  return [
    text(m.title),
    text(m.description ?? ''),
    m.topics.map(text).sort(compareStrings),
    m.outcomes.map(text).sort(compareStrings),
    m.hours,
  ];
}

function text(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function slashes(path: string): string {
  return path.replace(/\\/g, '/');
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
