import { defineRule } from './rule.js';

/** A programme's declared `hours` differ from the sum of its modules' hours. */
export const hoursMismatch = defineRule({
  id: 'hours-mismatch',
  severity: 'error',
  stage: 'validate',
  fixed: true,
  acceptsIntended: false,
  needsWholeRepository: false,
});
