import { message, render } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';
import { compareStrings } from '../model/order.js';
import type { Finding } from '../findings/finding.js';
import {
  type ContentOf,
  type FingerprintOptions,
  aboutKeys,
  fingerprintFindings,
  slashes,
} from './fingerprint.js';

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

export interface BaselineResult {
  /** Findings not in the baseline, in their order. */
  readonly kept: Finding[];
  /** Findings the baseline accepts, in their order. */
  readonly suppressed: Finding[];
  /**
   * Entries (with the count not found) whose finding is gone: nothing today has their rule
   * and what they are about. `--prune-baseline` removes these.
   */
  readonly stale: BaselineEntry[];
  /**
   * Entries (with the count not found) whose finding is still there but changed: a finding of
   * today has their rule and `about` keys, with other content (a topic rewritten). Pruning
   * them would not pass the check; `--update-baseline` accepts the finding as it is now.
   */
  readonly changed: BaselineEntry[];
  /** Of `kept`, the findings a changed entry records as they were: changed, not new. */
  readonly changedFindings: Finding[];
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
      before !== undefined && compareStrings(before.message, render(finding.message, 'en')) <= 0
        ? before.message
        : render(finding.message, 'en');
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
  for (const { finding, fingerprint, earlier } of fingerprintFindings(
    findings,
    contentOf,
    options,
  )) {
    // An entry recorded by an earlier version matches by the print that version made.
    const print =
      (left.get(fingerprint) ?? 0) === 0 && earlier !== undefined ? earlier : fingerprint;
    const n = left.get(print) ?? 0;
    if (n > 0) {
      left.set(print, n - 1);
      suppressed.push(finding);
    } else kept.push(finding);
  }
  // Today's unmatched findings by rule and `about` keys: an entry with the same is changed.
  const keptBySubject = new Map<string, Finding[]>();
  for (const finding of kept) {
    const about = aboutKeys(finding);
    if (about === undefined) continue;
    const key = subject(finding.rule, about);
    const same = keptBySubject.get(key);
    if (same) same.push(finding);
    else keptBySubject.set(key, [finding]);
  }
  const stale: BaselineEntry[] = [];
  const changed: BaselineEntry[] = [];
  const changedFindings = new Set<Finding>();
  for (const entry of mergeEntries(baseline.entries)) {
    const n = left.get(entry.fingerprint) ?? 0;
    if (n === 0) continue;
    const today = entry.about && keptBySubject.get(subject(entry.rule, entry.about));
    if (today === undefined) stale.push({ ...entry, count: n });
    else {
      changed.push({ ...entry, count: n });
      for (const finding of today) changedFindings.add(finding);
    }
  }
  return {
    kept,
    suppressed,
    stale: sortEntries(stale),
    changed: sortEntries(changed),
    changedFindings: kept.filter((f) => changedFindings.has(f)),
  };
}

function subject(rule: string, about: readonly string[]): string {
  return JSON.stringify([rule, [...new Set(about)].sort(compareStrings)]);
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

/** What a reader of the report is told about a stale entry: its finding is gone. */
export function staleMessage(entry: BaselineEntry): Message {
  const what = entry.about?.join(', ') ?? entry.file ?? '';
  return message('gate.baseline.stale', { rule: entry.rule, what, count: entry.count });
}

/** What a reader is told about an entry whose finding changed: accept it again, or fix it. */
export function changedMessage(entry: BaselineEntry): Message {
  const what = entry.about?.join(', ') ?? entry.file ?? '';
  return message('gate.baseline.changed', { rule: entry.rule, what, count: entry.count });
}
