import { defineRules } from './rule.js';

/** Problems with a file before its content can be read as a curriculum document. */
export const inputRules = defineRules({
  'input-encoding': {
    severity: 'error',
    summary: 'A file is not readable text: invalid UTF-8, UTF-16, a binary file, or too large.',
  },
  'unreadable-file': {
    severity: 'error',
    summary:
      'A file cannot be read: permission denied, not a regular file (FIFO, device, socket), a broken symbolic link, or a link that leads outside the folder being read.',
  },
  'yaml-syntax': {
    severity: 'error',
    summary:
      'A file is not safe, well-formed YAML: syntax errors, duplicate keys, excessive aliases or nesting, reserved keys.',
  },
  'long-word': {
    severity: 'error',
    summary:
      'A text holds a "word" (a run without spaces) of more than 1,000 characters: no real word or web address is that long, and text analysis stays fast only below the limit.',
  },
  'not-curriculum': {
    severity: 'warning',
    summary:
      'A YAML file has no `kind` (or is empty), so it is not a curriculum file and is skipped.',
  },
});
