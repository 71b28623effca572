import { defineRules } from './rule.js';

/** The format contract (spec §3): what the loader enforces before any analysis. */
export const integrityRules = defineRules({
  schema: {
    severity: 'error',
    summary: 'A document does not match the JSON Schema of its kind.',
  },
  'framework-count': {
    severity: 'error',
    summary: 'A repository must hold exactly one framework document.',
  },
  'duplicate-id': {
    severity: 'error',
    summary:
      'An id is used twice where it must be unique (programmes, tracks, levels, positions, modules within a programme).',
  },
  'unresolved-ref': {
    severity: 'error',
    summary: 'A track, level, level ref or module ref names nothing that exists.',
  },
  'hours-mismatch': {
    severity: 'error',
    summary: "A programme's declared `hours` differ from the sum of its modules' hours.",
  },
});
