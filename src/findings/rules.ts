import { hierarchyRules } from './hierarchy-rules.js';
import { inputRules } from './input-rules.js';
import { integrityRules } from './integrity-rules.js';
import { overlapRules } from './overlap-rules.js';
import { uniformityRules } from './uniformity-rules.js';
import type { LocalText } from '../model/local-text.js';
import { legacy } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';
import type { SourceLocation } from '../model/location.js';
import type { Finding, RelatedLocation } from './finding.js';
import type { OldRule as Rule } from './legacy-rules.js';

/** Every rule the tool can report, by id. docs/rules/<id>.md documents each one. */
export const rules = {
  ...inputRules,
  ...integrityRules,
  ...overlapRules,
  ...hierarchyRules,
  ...uniformityRules,
} as const;

export type RuleId = keyof typeof rules;

export const allRules: readonly Rule[] = Object.values(rules);

/** A finding of a catalogued rule, with the rule's severity. */
export function finding(
  rule: RuleId,
  where: SourceLocation,
  message: Message | LocalText,
  related?: readonly (Omit<RelatedLocation, 'message'> & { message: Message | LocalText })[],
  about?: readonly string[],
): Finding {
  return {
    rule,
    severity: rules[rule].severity,
    message: asMessage(message),
    ...where,
    ...(related && related.length > 0
      ? { related: related.map((r) => ({ ...r, message: asMessage(r.message) })) }
      : {}),
    ...(about && about.length > 0 ? { about } : {}),
  };
}

function asMessage(text: Message | LocalText): Message {
  return 'id' in text ? text : legacy(text);
}
