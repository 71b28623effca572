import { defineRule } from './rule.js';

/** A file is not readable text: invalid UTF-8, UTF-16, a binary file, or too large. */
export const inputEncoding = defineRule({
  id: 'input-encoding',
  severity: 'error',
  stage: 'load',
  fixed: true,
  acceptsIntended: false,
  needsWholeRepository: false,
});
