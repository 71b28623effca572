import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFixed, formatNumber, formatPercent } from '../../src/messages/number-format.js';

describe('formatNumber', () => {
  it('writes numbers as Vietnamese readers do: dot for thousands, comma for decimals', () => {
    expect(formatNumber(3858, 'vi')).toBe('3.858');
    expect(formatNumber(133.24, 'vi')).toBe('133,2');
    expect(formatNumber(1234567.25, 'vi', 2)).toBe('1.234.567,25');
    expect(formatNumber(-4200, 'vi')).toBe('-4.200');
  });

  it('and as English readers do', () => {
    expect(formatNumber(3858, 'en')).toBe('3,858');
    expect(formatNumber(133.24, 'en')).toBe('133.2');
    expect(formatNumber(999, 'en')).toBe('999');
  });

  it('reads back to the rounded number in either language', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 9 }), (n, d) => {
        const x = n + d / 10;
        const vi = formatNumber(x, 'vi').replace(/\./g, '').replace(',', '.');
        const en = formatNumber(x, 'en').replace(/,/g, '');
        expect(Number(vi)).toBe(Math.round(x * 10) / 10);
        expect(Number(en)).toBe(Math.round(x * 10) / 10);
      }),
    );
  });
});

describe('formatFixed and formatPercent', () => {
  it('keep the digits asked for, with the language’s decimal mark', () => {
    expect(formatFixed(0.8512, 'vi')).toBe('0,85');
    expect(formatFixed(0.8512, 'en')).toBe('0.85');
    expect(formatFixed(1, 'vi')).toBe('1,00');
  });

  it('write a share as a whole percentage, spaced in Vietnamese', () => {
    expect(formatPercent(0.8, 'vi')).toBe('80%');
    expect(formatPercent(0.444, 'en')).toBe('44%');
  });
});
