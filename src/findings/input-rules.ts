import { defineRules } from './rule.js';

/** Problems with a file before its content can be read as a curriculum document. */
export const inputRules = defineRules({
  'input-encoding': {
    severity: 'error',
    summary: 'A file is not readable text: invalid UTF-8, a binary file, or too large.',
  },
  'yaml-syntax': {
    severity: 'error',
    summary:
      'A file is not safe, well-formed YAML: syntax errors, duplicate keys, excessive aliases or nesting, reserved keys.',
  },
  'not-curriculum': {
    severity: 'warning',
    summary:
      'A YAML file has no `kind` (or is empty), so it is not a curriculum file and is skipped.',
  },
});
