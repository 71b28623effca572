import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inBatches } from '../../src/cli/write-output.js';

describe('inBatches', () => {
  it('keeps the text and its order, in batches of at least the size but the last', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.integer({ min: 1, max: 40 }), (pieces, size) => {
        const batches = [...inBatches(pieces, size)];
        expect(batches.join('')).toBe(pieces.join(''));
        for (const batch of batches.slice(0, -1)) expect(batch.length).toBeGreaterThanOrEqual(size);
        expect(batches.every((batch) => batch.length > 0)).toBe(true);
      }),
    );
  });

  it('writes a small report in one batch', () => {
    expect([...inBatches(['{\n', '  "a": 1\n', '}\n'])]).toEqual(['{\n  "a": 1\n}\n']);
  });
});
