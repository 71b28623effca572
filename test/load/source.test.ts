import fc from 'fast-check';
import { LineCounter } from 'yaml';
import { describe, expect, it } from 'vitest';
import { countLines, makeSource, positionOf } from '../../src/load/source.js';

describe('positionOf', () => {
  it('says what yaml says of every offset: line and column, 1-based', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'ệ', '\n', '\r', ' ') });
    fc.assert(
      fc.property(text, fc.nat(), (t, n) => {
        const source = makeSource('f.yaml', t);
        countLines(source);
        const lines = new LineCounter();
        countLinesInto(lines, t);
        const offset = n % (t.length + 2);
        const { line, col } = lines.linePos(Math.min(offset, t.length));
        expect(positionOf(source, offset)).toEqual({ line, column: col });
      }),
    );
  });

  it('says line 0 before any line is known', () => {
    expect(positionOf(makeSource('f.yaml', 'abc'), 2)).toEqual({ line: 0, column: 2 });
  });
});

function countLinesInto(lines: LineCounter, text: string): void {
  lines.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
    lines.addNewLine(at + 1);
}
