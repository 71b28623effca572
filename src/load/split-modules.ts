import { CST, Lexer } from 'yaml';

/**
 * Where the items of a programme's top-level `modules:` list start, found with yaml's lexer
 * (which streams and keeps nothing): the line starts of the items, and the end of the list.
 * A file with anchors, aliases, several documents or directives, or a `modules` list not
 * written as a plain block list at the top level, is not split (undefined): it is parsed
 * whole, as any small file is.
 */
export interface ModuleItems {
  /** Offsets of the line starts of the items, in order. */
  readonly starts: readonly number[];
  /** Offset just past the last item. */
  readonly end: number;
}

/** Tokens the splitter does not follow: such files are parsed whole. */
const unsplittable = new Set(['anchor', 'alias', 'doc-start', 'doc-end', 'directive-line', 'tag']);

/** The lexer's markers of its own that stand for no source text. */
const markers = new Set(['\u0002', '\u0018', '\u001f']);

export function findModuleItems(text: string): ModuleItems | undefined {
  const starts: number[] = [];
  let end = -1;
  let offset = 0;
  let lineStart = 0;
  let indent = 0;
  /** Nothing but indentation read on this line yet. */
  let atLineStart = true;
  /** The next token is a scalar's source (announced by the lexer's scalar marker). */
  let scalarNext = false;
  let afterBlockHeader = false;
  let flow = 0;
  let topKey: string | undefined;
  let inModules = false;
  let itemIndent = -1;

  for (const token of new Lexer().lex(text)) {
    if (markers.has(token)) {
      scalarNext = token === '\u001f';
      continue;
    }
    const type = scalarNext ? 'scalar' : CST.tokenType(token);
    offset += token.length;
    scalarNext = false;
    if (type === 'newline') {
      [atLineStart, lineStart, indent] = [true, offset, 0];
      continue;
    }
    if (type === 'space' || type === 'comment') {
      if (type === 'space' && atLineStart) indent = token.length;
      continue;
    }
    if (unsplittable.has(type ?? '')) return undefined;
    // A block scalar's content comes as one token from the line after its header.
    const blockContent = type === 'scalar' && afterBlockHeader;
    afterBlockHeader = type === 'block-scalar-header';
    const first = atLineStart && flow === 0 && !blockContent;
    atLineStart = false;
    if (type === 'flow-map-start' || type === 'flow-seq-start') flow++;
    else if (type === 'flow-map-end' || type === 'flow-seq-end') flow--;

    if (first) {
      if (inModules && type === 'seq-item-ind' && (itemIndent === -1 || indent === itemIndent)) {
        itemIndent = indent;
        starts.push(lineStart);
      } else if (indent === 0) {
        // A new top-level entry: the list, if any, ended with the line before.
        if (inModules && starts.length > 0) end = lineStart;
        inModules = false;
        if (type !== 'scalar') return undefined;
        topKey = token;
        continue;
      } else if (inModules && itemIndent !== -1 && indent <= itemIndent) {
        return undefined; // not a plain block list
      }
    } else if (type === 'map-value-ind' && topKey !== undefined) {
      inModules = topKey === 'modules' && end === -1;
    }
    topKey = undefined;
    // A multi-line scalar (block scalar, quoted text) may end where a line starts.
    if (type === 'scalar' && token.endsWith('\n'))
      [atLineStart, lineStart, indent] = [true, offset, 0];
  }
  if (starts.length === 0) return undefined;
  return { starts, end: end === -1 ? text.length : end };
}
