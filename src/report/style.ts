import { Chalk, type ChalkInstance } from 'chalk';

/** Colours for console reporters; `plain` when output is not a terminal or NO_COLOR is set. */
export type Style = ChalkInstance;

export function makeStyle(color: boolean): Style {
  return new Chalk({ level: color ? 1 : 0 });
}

export const plain: Style = makeStyle(false);

/** 4200 → "4,200"; fixed to en-US so output is the same on every machine. */
export function formatNumber(n: number, maxDecimals = 1): string {
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(n * factor) / factor;
  const [whole = '', fraction] = String(Math.abs(rounded)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? '.' + fraction : ''}`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${formatNumber(n)} ${n === 1 ? word : many}`;
}
