/** Code-unit order, independent of the machine's locale: the one order of every listing. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
