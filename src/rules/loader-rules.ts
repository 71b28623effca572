import type { Finding, RelatedLocation } from '../findings/finding.js';
import { ruleFinding } from '../findings/rule.js';
import type { SourceLocation } from '../model/location.js';
import type { Message } from '../messages/types.js';
import { duplicateId } from './duplicate-id.js';
import { frameworkCount } from './framework-count.js';
import { hoursMismatch } from './hours-mismatch.js';
import { inputEncoding } from './input-encoding.js';
import { longWord } from './long-word.js';
import { notCurriculum } from './not-curriculum.js';
import { schema } from './schema.js';
import { unreadableFile } from './unreadable-file.js';
import { unresolvedRef } from './unresolved-ref.js';
import { yamlSyntax } from './yaml-syntax.js';

/**
 * The rules the loader reports as it reads and checks files, by id: the loader needs their
 * metadata only, not the analysis's checks (which a load worker need not compile).
 */
const loaderRules = {
  'input-encoding': inputEncoding,
  'unreadable-file': unreadableFile,
  'yaml-syntax': yamlSyntax,
  'long-word': longWord,
  'not-curriculum': notCurriculum,
  schema,
  'framework-count': frameworkCount,
  'duplicate-id': duplicateId,
  'unresolved-ref': unresolvedRef,
  'hours-mismatch': hoursMismatch,
} as const;

export type LoaderRuleId = keyof typeof loaderRules;

/** A finding of a rule the loader reports. */
export function finding(
  rule: LoaderRuleId,
  where: SourceLocation,
  message: Message,
  related?: readonly RelatedLocation[],
  about?: readonly string[],
): Finding {
  return ruleFinding(loaderRules[rule], where, message, related, about);
}
