import { defineRules } from './rule.js';

/** How providers' copies keep to the national programmes (spec §6.1). */
export const uniformityRules = defineRules({
  'provider-drift': {
    severity: 'info',
    summary: "A provider's copy of a national programme drops some of its modules.",
  },
});
