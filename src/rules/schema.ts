import { defineRule } from './rule.js';

/** A document does not match the JSON Schema of its kind. */
export const schema = defineRule({
  id: 'schema',
  severity: 'error',
  stage: 'validate',
  fixed: true,
  acceptsIntended: false,
  needsWholeRepository: false,
});
