import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/model/excerpt.js';

describe('excerpt', () => {
  it('quotes a short text whole, escaped', () => {
    expect(excerpt('fail-on')).toBe('"fail-on"');
    expect(excerpt('a"b\u001b[2J')).toBe('"a\\"b\\u001b[2J"');
  });

  it('cuts a long text to its first characters, never a whole line', () => {
    const shown = excerpt(`${'x'.repeat(100)}hunter2`);
    expect(shown).toBe(`"${'x'.repeat(39)}…"`);
    expect(excerpt('ả'.repeat(50), 10)).toBe(`"${'ả'.repeat(9)}…"`);
  });
});
