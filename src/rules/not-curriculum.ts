import { defineRule } from './rule.js';

/** A YAML file has no `kind` (or is empty), so it is not a curriculum file and is skipped. */
export const notCurriculum = defineRule({
  id: 'not-curriculum',
  severity: 'warning',
  stage: 'load',
  fixed: false,
  acceptsIntended: false,
  needsWholeRepository: false,
});
