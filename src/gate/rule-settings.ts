import type { Finding } from '../findings/finding.js';
import type { RuleSettings } from '../findings/rule.js';
import { allRules, isFixedRule } from '../rules/index.js';

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
