import { Chalk, type ChalkInstance } from 'chalk';

/** Colours for console reporters; `plain` when output is not a terminal or NO_COLOR is set. */
export type Style = ChalkInstance;

export function makeStyle(color: boolean): Style {
  return new Chalk({ level: color ? 1 : 0 });
}

export const plain: Style = makeStyle(false);
