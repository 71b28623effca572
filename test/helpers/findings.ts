import type { Finding, RelatedLocation } from '../../src/findings/finding.js';
import { ruleFinding } from '../../src/findings/rule.js';
import type { SourceLocation } from '../../src/model/location.js';
import type { Message } from '../../src/messages/types.js';
import { type RuleId, ruleById } from '../../src/rules/index.js';

/** A finding of any rule, by id, with the rule's severity: for tests of what reads findings. */
export function finding(
  id: RuleId,
  where: SourceLocation,
  message: Message,
  related?: readonly RelatedLocation[],
  about?: readonly string[],
): Finding {
  const rule = ruleById(id);
  if (!rule) throw new Error(`no rule ${id} in the registry`);
  return ruleFinding(rule, where, message, related, about);
}
