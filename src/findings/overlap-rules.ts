import { defineRules } from './rule.js';

/** What the overlap engine reports. */
export const overlapRules = defineRules({
  'module-overlap': {
    severity: 'warning',
    summary: 'Two or more modules teach the same content (one finding per cluster).',
  },
});
