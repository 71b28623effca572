import type { Lang } from './local-text.js';

/**
 * How each language writes numbers: Vietnamese groups thousands with a dot and marks the
 * decimals with a comma (3.858 tiết, 133,2 giờ); English the other way round. Fixed here
 * rather than taken from Intl, so output is the same on every machine whatever its ICU data.
 */
const separators: Record<Lang, { readonly group: string; readonly decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** 4200.25 → "4.200,3" (vi) or "4,200.3" (en): at most `maxDecimals` decimals, none trailing. */
export function formatNumber(n: number, lang: Lang, maxDecimals = 1): string {
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(n * factor) / factor;
  const [whole = '', fraction] = String(Math.abs(rounded)).split('.');
  const { group, decimal } = separators[lang];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

/** A score or share with exactly `digits` decimals: 0.85 → "0,85" (vi), "0.85" (en). */
export function formatFixed(n: number, lang: Lang, digits = 2): string {
  const text = n.toFixed(digits);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

/** A share as a whole percentage: 0.8 → "80 %" (vi) or "80%" (en). */
export function formatPercent(share: number, lang: Lang): string {
  const n = Math.round(share * 100);
  return lang === 'vi' ? `${n} %` : `${n}%`;
}
