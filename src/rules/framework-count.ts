import { defineRule } from './rule.js';

/** A repository must hold exactly one framework document. */
export const frameworkCount = defineRule({
  id: 'framework-count',
  severity: 'error',
  stage: 'validate',
  fixed: true,
  acceptsIntended: false,
  needsWholeRepository: false,
});
