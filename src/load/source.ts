import { LineCounter } from 'yaml';
import type { SourceLines } from '../model/location.js';

/** A file's text with what is needed to turn offsets into line and column. */
export interface SourceText {
  /** Path shown to users (relative to the working directory). */
  readonly file: string;
  readonly text: string;
  readonly lines: LineCounter;
}

/** The line counter is filled by the YAML parser as it reads the text. */
export function makeSource(file: string, text: string): SourceText {
  return { file, text, lines: new LineCounter() };
}

/** Fills the line counter for a text the parser refuses to read (so findings still locate). */
export function countLines(source: SourceText): void {
  source.lines.addNewLine(0);
  for (let at = source.text.indexOf('\n'); at !== -1; at = source.text.indexOf('\n', at + 1)) {
    source.lines.addNewLine(at + 1);
  }
}

/** 1-based line and column of a character offset. */
export function positionOf(source: SourceText, offset: number): { line: number; column: number } {
  const { line, col } = source.lines.linePos(Math.max(0, Math.min(offset, source.text.length)));
  return { line, column: col };
}

/** Lines of the given sources, for code frames, without handing out the sources themselves. */
export function sourceLines(sources: ReadonlyMap<string, SourceText>): SourceLines {
  return (file, line) => {
    const source = sources.get(file);
    const start = source?.lines.lineStarts[line - 1];
    if (source === undefined || start === undefined) return undefined;
    const end = source.text.indexOf('\n', start);
    return source.text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
  };
}
