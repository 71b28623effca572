import { defineRule } from './rule.js';

/** An id is used twice where it must be unique (programmes, tracks, levels, positions, modules within a programme). */
export const duplicateId = defineRule({
  id: 'duplicate-id',
  severity: 'error',
  stage: 'validate',
  fixed: true,
  acceptsIntended: false,
  needsWholeRepository: false,
});
