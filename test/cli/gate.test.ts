import { message } from '../../src/messages/catalogue.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/findings/finding.js';
import { exitCodeFor } from '../../src/cli/gate.js';

const at = (severity: Severity): Finding => ({
  rule: 'module-overlap',
  severity,
  message: message('common.verbatim', { text: 'x' }),
  file: 'a.yaml',
  line: 1,
  column: 1,
});

describe('exitCodeFor', () => {
  it('fails on a finding at or above --fail-on, and only then', () => {
    const warning = [at('info'), at('warning')];
    expect(exitCodeFor(warning, 'error', false)).toBe(0);
    expect(exitCodeFor(warning, 'warning', false)).toBe(1);
    expect(exitCodeFor(warning, 'info', false)).toBe(1);
    expect(exitCodeFor([at('info')], 'warning', false)).toBe(0);
    expect(exitCodeFor([at('error')], 'error', false)).toBe(1);
    expect(exitCodeFor([at('error')], 'none', false)).toBe(0);
    expect(exitCodeFor([], 'info', false)).toBe(0);
  });

  it('exits 2 on input errors whatever --fail-on says', () => {
    expect(exitCodeFor([], 'none', true)).toBe(2);
    expect(exitCodeFor([at('error')], 'error', true)).toBe(2);
  });

  it('is monotone: a stricter --fail-on never passes what a looser one fails', () => {
    const order = ['none', 'error', 'warning', 'info'] as const;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Severity>('error', 'warning', 'info')),
        fc.integer({ min: 0, max: 2 }),
        (severities, i) => {
          const findings = severities.map(at);
          const looser = exitCodeFor(findings, order[i]!, false);
          const stricter = exitCodeFor(findings, order[i + 1]!, false);
          expect(stricter).toBeGreaterThanOrEqual(looser);
        },
      ),
    );
  });
});
