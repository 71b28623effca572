/** Where something is written in a source file: 1-based line and column. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * The text of one line of a file as it was read, for the code frame under a finding;
 * undefined for a file or line not at hand.
 */
export type SourceLines = (file: string, line: number) => string | undefined;
