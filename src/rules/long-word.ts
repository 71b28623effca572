import { defineRule } from './rule.js';

/** A text holds a "word" (a run without spaces) of more than 1,000 characters: no real word or web address is that long, and text analysis stays fast only below the limit. */
export const longWord = defineRule({
  id: 'long-word',
  severity: 'error',
  stage: 'load',
  fixed: true,
  acceptsIntended: false,
  needsWholeRepository: false,
});
