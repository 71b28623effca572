import { describe, expect, it } from 'vitest';
import { applyRuleSeverities, configurableRules } from '../../src/gate/rule-settings.js';
import { allRules, isFixedRule } from '../../src/rules/index.js';
import type { RuleId } from '../../src/rules/index.js';
import { finding } from '../helpers/findings.js';
import { message } from '../../src/messages/catalogue.js';

const at = (rule: RuleId, line: number) =>
  finding(rule, { file: 'a.yaml', line, column: 1 }, message('common.verbatim', { text: 'x' }));

describe('applyRuleSeverities', () => {
  const findings = [
    at('module-overlap', 1),
    at('missing-level', 2),
    at('not-curriculum', 3),
    at('module-overlap', 4),
    at('schema', 5),
  ];

  it('changes the severity of a rule and drops a rule set to off, keeping the order', () => {
    const out = applyRuleSeverities(findings, {
      'module-overlap': 'error',
      'not-curriculum': 'off',
      'missing-level': 'info',
    });
    expect(out.map((f) => [f.line, f.rule, f.severity])).toEqual([
      [1, 'module-overlap', 'error'],
      [2, 'missing-level', 'info'],
      [4, 'module-overlap', 'error'],
      [5, 'schema', 'error'],
    ]);
    expect(findings[0]?.severity).toBe('warning'); // the input is not changed
  });

  it('leaves everything as it is without settings', () => {
    expect(applyRuleSeverities(findings, {})).toEqual(findings);
  });

  it('never softens or hides a rule about unreadable or invalid input', () => {
    expect(applyRuleSeverities(findings, { schema: 'off' })).toEqual(findings);
    expect(
      applyRuleSeverities([at('yaml-syntax', 1)], { 'yaml-syntax': 'info' })[0]?.severity,
    ).toBe('error');
  });

  it('fixes exactly the input and integrity rules that are errors', () => {
    const fixed = allRules.filter((r) => isFixedRule(r.id)).map((r) => r.id);
    expect(fixed.sort()).toEqual([
      'duplicate-id',
      'framework-count',
      'hours-mismatch',
      'input-encoding',
      'long-word',
      'schema',
      'unreadable-file',
      'unresolved-ref',
      'yaml-syntax',
    ]);
    expect(configurableRules).toContain('module-overlap');
    expect(configurableRules).toContain('not-curriculum');
    expect(configurableRules.filter(isFixedRule)).toEqual([]);
  });
});
