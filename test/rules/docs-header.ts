import type { Rule } from '../../src/rules/rule.js';

/**
 * The line under a rule page's title (docs/rules/<id>.md), made from the rule's metadata:
 * test/rules/catalogue.test.ts holds every page to it, so the docs cannot drift from the code.
 */
export function ruleDocsHeader(rule: Rule): string {
  const stage = {
    load: 'load',
    validate: rule.check ? 'validate and analyse' : 'validate',
    analyse: 'analyse',
  }[rule.stage];
  return [
    `**Severity:** ${rule.severity}${rule.fixed ? ' (cannot be changed or turned off)' : ''}`,
    `**Stage:** ${stage}`,
    ...(rule.acceptsIntended ? ['**Can be accepted** with `intendedOverlaps`'] : []),
    ...(rule.needsWholeRepository ? ['**Silent** while a file fails to load'] : []),
  ].join(' · ');
}
