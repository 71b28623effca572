import { defineRule } from './rule.js';

/** A track, level, level ref or module ref names nothing that exists. */
export const unresolvedRef = defineRule({
  id: 'unresolved-ref',
  severity: 'error',
  stage: 'validate',
  fixed: true,
  acceptsIntended: false,
  needsWholeRepository: false,
});
