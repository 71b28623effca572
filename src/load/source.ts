import type { SourceLines } from '../model/location.js';

/**
 * A file's text with what is needed to turn offsets into line and column. Plain data (no
 * line counter, which holds functions), so that it crosses to another thread as it is.
 */
export interface SourceText {
  /** Path shown to users (relative to the working directory). */
  readonly file: string;
  readonly text: string;
  /** The offset where each line starts, in order: filled as the YAML parser reads the text. */
  readonly lineStarts: number[];
}

export function makeSource(file: string, text: string): SourceText {
  return { file, text, lineStarts: [] };
}

/** Fills the line starts for a text the parser refuses to read (so findings still locate). */
export function countLines(source: SourceText): void {
  source.lineStarts.push(0);
  for (let at = source.text.indexOf('\n'); at !== -1; at = source.text.indexOf('\n', at + 1)) {
    source.lineStarts.push(at + 1);
  }
}

/** 1-based line and column of a character offset. */
export function positionOf(source: SourceText, offset: number): { line: number; column: number } {
  // The last line starting at or before the offset, by binary search over the line starts
  // (as yaml's LineCounter finds it: line 0 before the first known line start).
  const at = Math.max(0, Math.min(offset, source.text.length));
  const starts = source.lineStarts;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] ?? 0) < at) low = mid + 1;
    else high = mid;
  }
  if (starts[low] === at) return { line: low + 1, column: 1 };
  const start = starts[low - 1];
  return start === undefined ? { line: 0, column: at } : { line: low, column: at - start + 1 };
}

/** Lines of the given sources, for code frames, without handing out the sources themselves. */
export function sourceLines(sources: ReadonlyMap<string, SourceText>): SourceLines {
  return (file, line) => {
    const source = sources.get(file);
    const start = source?.lineStarts[line - 1];
    if (source === undefined || start === undefined) return undefined;
    const end = source.text.indexOf('\n', start);
    return source.text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
  };
}
