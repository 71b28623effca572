import type { Lang } from '../model/lang.js';
import { languages } from './languages.js';

/*
 * Numbers as each language writes them, by the conventions of src/messages/<lang>/common.ts:
 * Vietnamese groups thousands with a dot and marks the decimals with a comma (3.858 tiết,
 * 133,2 giờ); English the other way round. Fixed there rather than taken from Intl, so output
 * is the same on every machine whatever its ICU data.
 */

/** 4200.25 → "4.200,3" (vi) or "4,200.3" (en): at most `maxDecimals` decimals, none trailing. */
export function formatNumber(n: number, lang: Lang, maxDecimals = 1): string {
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(n * factor) / factor;
  const [whole = '', fraction] = String(Math.abs(rounded)).split('.');
  const { group, decimal } = languages[lang].conventions;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

/** A score or share with exactly `digits` decimals: 0.85 → "0,85" (vi), "0.85" (en). */
export function formatFixed(n: number, lang: Lang, digits = 2): string {
  return n.toFixed(digits).replace('.', languages[lang].conventions.decimal);
}

/** A share as a whole percentage: 0.8 → "80%". */
export function formatPercent(share: number, lang: Lang): string {
  return languages[lang].conventions.percent(String(Math.round(share * 100)));
}
