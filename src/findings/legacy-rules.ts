import type { LocalText } from '../model/local-text.js';
import type { Severity } from './finding.js';

/** One entry of the old rule catalogue (kept until every area reads src/rules/). */
export interface OldRule {
  readonly id: string;
  readonly severity: Severity;
  /** A few words naming what the rule finds, for headings (markdown, SARIF `shortDescription`). */
  readonly title: LocalText;
  /** One or two sentences: what the rule finds. The long form is docs/rules/<id>.md. */
  readonly summary: LocalText;
}

export function defineRules<const T extends Record<string, Omit<OldRule, 'id'>>>(
  rules: T,
): { readonly [K in keyof T]: OldRule & { id: K } } {
  // Object.fromEntries cannot say that each entry is keyed by its own id: it is, by construction.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- see the line above
  return Object.fromEntries(Object.entries(rules).map(([id, rule]) => [id, { id, ...rule }])) as {
    [K in keyof T]: OldRule & { id: K };
  };
}
