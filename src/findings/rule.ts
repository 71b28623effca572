import type { SourceLocation } from '../model/location.js';
import type { Message } from '../messages/types.js';
import type { Finding, RelatedLocation, Severity } from './finding.js';

/**
 * Where a rule is found: `load` while a file is read and parsed, `validate` by the checks of
 * documents against the format and each other (what `validate` reports), `analyse` only by
 * `analyze`, which reports the other two as well.
 */
export type RuleStage = 'load' | 'validate' | 'analyse';

/**
 * What every rule declares of itself (docs/rules/<id>.md shows it, and a test holds the page to
 * it). Ids are stable: baselines and CI configs name them. Titles and summaries are messages
 * `rule.<id>.title` and `rule.<id>.summary` of each language's catalogue.
 */
export interface RuleMeta<Id extends string = string> {
  readonly id: Id;
  readonly severity: Severity;
  readonly stage: RuleStage;
  /**
   * Blames a file that cannot be used (it is left out of the analysis): its severity cannot be
   * changed or turned off, as ESLint cannot turn off a parsing error, and the run exits 2
   * whatever a baseline records of it.
   */
  readonly fixed: boolean;
  /** Its findings are about modules teaching the same content: `intendedOverlaps` accepts them. */
  readonly acceptsIntended: boolean;
  /**
   * Reads a missing thing as a gap (a level nobody teaches): silent when a file was left out,
   * whose programme may be the one that teaches it.
   */
  readonly needsWholeRepository: boolean;
}

/** What a config file may set a rule to: another severity, or `off` to drop its findings. */
export type RuleSetting = Severity | 'off';

/** Per-rule settings by rule id (`rules:` of the config file). */
export type RuleSettings = Readonly<Partial<Record<string, RuleSetting>>>;

/** A finding of a rule, with the rule's severity. */
export function ruleFinding(
  rule: RuleMeta,
  where: SourceLocation,
  message: Message,
  related: readonly RelatedLocation[] = [],
  about: readonly string[] = [],
): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
    message,
    ...where,
    ...(related.length > 0 ? { related } : {}),
    ...(about.length > 0 ? { about } : {}),
  };
}

/** Makes a finding of the rule being checked: what a rule's check is given (ESLint's `report`). */
export type Report = (
  where: SourceLocation,
  message: Message,
  related?: readonly RelatedLocation[],
  about?: readonly string[],
) => Finding;

/** The `report` of a rule. */
export function reporterOf(rule: RuleMeta): Report {
  return (where, message, related, about) => ruleFinding(rule, where, message, related, about);
}
