import { defineRule } from './rule.js';

/** A file is not safe, well-formed YAML: syntax errors, duplicate keys, excessive aliases or nesting, reserved keys. */
export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  stage: 'load',
  fixed: true,
  acceptsIntended: false,
  needsWholeRepository: false,
});
