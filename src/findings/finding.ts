import { render } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';
import type { SourceLocation } from '../model/location.js';
import { compareStrings } from '../model/order.js';

export type Severity = 'error' | 'warning' | 'info';

/** How severe a finding must be to fail a run: `--fail-on`, `failOn:` of the config file. */
export type FailOn = Severity | 'none';

export const failOnChoices: readonly FailOn[] = ['error', 'warning', 'info', 'none'];

/** A place connected to a finding (the other copy of a duplicate id, another module of a cluster). */
export interface RelatedLocation extends SourceLocation {
  readonly message: Message;
}

/**
 * The one shape every problem and observation takes, from a YAML syntax error to an overlap
 * cluster. The gate, the baseline and every reporter read this list and nothing else.
 */
export interface Finding extends SourceLocation {
  readonly rule: string;
  readonly severity: Severity;
  /** In every language; a reporter picks the reader's. */
  readonly message: Message;
  /**
   * What the finding is about, as stable keys (`module:prog/mod`, `programme:id`,
   * `level:track/level`, `position:id`): a baseline fingerprints these and their content, so an
   * accepted finding survives moved lines and reordering but not a change of what it is about.
   * Absent for findings about a file's text (syntax, schema), fingerprinted by their message.
   */
  readonly about?: readonly string[];
  /**
   * Set when the authors declare what the finding is about intended (`intendedOverlaps`): the
   * reason they give. Reports show the finding as accepted; it never fails a check.
   */
  readonly accepted?: string;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly related?: readonly RelatedLocation[];
}

const severityRank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * Whether a finding fails a run with `--fail-on failOn`: at or above that severity, and not
 * declared intended by the authors (an accepted overlap is shown but never fails a check).
 */
export function failsGate(finding: Finding, failOn: FailOn): boolean {
  return (
    failOn !== 'none' &&
    finding.accepted === undefined &&
    severityRank[finding.severity] >= severityRank[failOn]
  );
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Deterministic order: by file, position, rule, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    severityOrder[a.severity] - severityOrder[b.severity] ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(render(a.message, 'en'), render(b.message, 'en'))
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
