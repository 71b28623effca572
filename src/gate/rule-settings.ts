import type { Finding, Severity } from '../findings/finding.js';
import { allRules, ruleById } from '../rules/index.js';

/** What a config file may set a rule to: another severity, or `off` to drop its findings. */
export type RuleSetting = Severity | 'off';

/** Per-rule settings by rule id (`rules:` of the config file). */
export type RuleSettings = Readonly<Partial<Record<string, RuleSetting>>>;

/**
 * Whether a rule's severity is fixed (`RuleMeta.fixed`): its errors mean a file is left out of
 * the analysis, so hiding or softening them would hide that part of the repository.
 */
export function isFixedRule(id: string): boolean {
  return ruleById(id)?.fixed ?? false;
}

/** Rule ids a config file may set, sorted. */
export const configurableRules: readonly string[] = allRules
  .filter((rule) => !rule.fixed)
  .map((rule) => rule.id)
  .sort();

/**
 * Findings with the configured severities: a rule set to `off` is dropped, a rule set to a
 * severity takes it; the order is kept. Fixed rules keep theirs whatever the settings say
 * (the config file is checked before, so this is a safeguard).
 */
export function applyRuleSeverities(
  findings: readonly Finding[],
  settings: RuleSettings,
): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = isFixedRule(f.rule) ? undefined : settings[f.rule];
    if (setting === 'off') continue;
    out.push(setting === undefined || setting === f.severity ? f : { ...f, severity: setting });
  }
  return out;
}
