import type { Finding, Severity } from '../findings/finding.js';
import { inputRules } from '../findings/input-rules.js';
import { integrityRules } from '../findings/integrity-rules.js';
import { rules } from '../findings/rules.js';

/** What a config file may set a rule to: another severity, or `off` to drop its findings. */
export type RuleSetting = Severity | 'off';

/** Per-rule settings by rule id (`rules:` of the config file). */
export type RuleSettings = Readonly<Partial<Record<string, RuleSetting>>>;

/**
 * Rules whose errors mean a file could not be read or does not follow the format: the
 * document is left out of the analysis, so hiding or softening them would hide that part of
 * the repository (as ESLint cannot turn off a parsing error). Their severity is fixed.
 */
export const fixedRules: ReadonlySet<string> = new Set(
  Object.values({ ...inputRules, ...integrityRules })
    .filter((rule) => rule.severity === 'error')
    .map((rule) => rule.id),
);

/** Rule ids a config file may set, sorted. */
export const configurableRules: readonly string[] = Object.keys(rules)
  .filter((id) => !fixedRules.has(id))
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
    const setting = fixedRules.has(f.rule) ? undefined : settings[f.rule];
    if (setting === 'off') continue;
    out.push(setting === undefined || setting === f.severity ? f : { ...f, severity: setting });
  }
  return out;
}
