import type { YAMLError } from 'yaml';
import { excerpt } from '../model/excerpt.js';
import { message } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';

/** A syntax problem at an offset of the parsed text, said for a curriculum author. */
export interface YamlProblem {
  readonly offset: number;
  readonly message: Message;
}

/**
 * The errors the YAML parser reports, as a curriculum author understands them. Three slips
 * that the parser reports in its own terms, often at another line and several times over,
 * become one message at the place to fix, saying how to fix it:
 *
 * - a value holding ": " without quotes (`title: Báo cáo chuyên đề: Tình hình …`);
 * - a key indented more or less than its siblings (`     topics:` under `    hours: 8`);
 * - a forgotten `- ` before a list item (the second module written `  id: x`).
 *
 * Every other error keeps its meaning, in every language. `lineOf` gives the line of an offset
 * in the file (the text may be a piece of it).
 */
export function explainYamlErrors(
  text: string,
  errors: readonly YAMLError[],
  lineOf: (offset: number) => number,
): YamlProblem[] {
  const lines = new Lines(text);
  // An error placed on a comment or blank line belongs to the line after it.
  const lineIndexOf = (error: YAMLError) => {
    const at = lines.indexAt(error.pos[0]);
    return lines.shape(at).empty ? (lines.nextContent(at) ?? at) : at;
  };
  const found: YamlProblem[] = [];
  const explained = new Set<YAMLError>();
  const explain = (diagnosis: Diagnosis | undefined): boolean => {
    if (diagnosis === undefined) return false;
    const offset = diagnosis.offset;
    found.push({ offset, message: diagnosis.message(lineOf(offset)) });
    for (const e of errors) {
      const line = lineIndexOf(e);
      if (line >= diagnosis.lines[0] && line <= diagnosis.lines[1]) explained.add(e);
    }
    return true;
  };
  // First the slips, each explaining the errors it sets off wherever the parser put them;
  // then every error no slip explains, in the parser's words.
  if (errors.length > 0) explain(indentedStart(lines));
  let tries = 0;
  for (const error of errors) {
    if (explained.has(error)) continue;
    // Each try may read the file's lines once: a file broken everywhere is not read again
    // and again (its first slips are explained; the rest keep the parser's words).
    if (tries++ >= maxDiagnosed) break;
    const line = lineIndexOf(error);
    const code = error.code;
    if (
      /^(DUPLICATE_KEY|BAD_INDENT|MISSING_CHAR)$/.test(code) &&
      explain(forgottenDash(lines, line, code))
    )
      continue;
    if (/^(BAD_INDENT|MISSING_CHAR)$/.test(code) && explain(lessIndented(lines, line))) continue;
    if (/^(BLOCK_AS_IMPLICIT_KEY|MULTILINE_IMPLICIT_KEY)$/.test(code)) {
      // The line itself out of place, the line after it, or a value holding ": ".
      const slips = [lessIndented, moreIndented] as const;
      if (!slips.some((slip) => explain(slip(lines, line)))) {
        explain(unquotedColon(lines, line, error));
      }
    }
  }
  const problems: YamlProblem[] = [...found];
  for (const error of errors) {
    if (explained.has(error)) continue;
    problems.push({
      offset: error.pos[0],
      message: describeYamlError(error.code, error.message, text, error.pos[0]),
    });
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

/** Parser errors a file's slips are looked for in, at most. */
export const maxDiagnosed = 100;

/** One message for a slip, at `offset`, explaining every parser error on `lines`. */
interface Diagnosis {
  readonly offset: number;
  /** First and last line index (0-based) whose parser errors this slip explains. */
  readonly lines: readonly [number, number];
  readonly message: (line: number) => Message;
}

/** A line of YAML read for its shape: indentation, a `- ` and a `key:`. */
interface LineShape {
  /** Offset of the line in the text. */
  readonly start: number;
  readonly text: string;
  /** Spaces before the first character. */
  readonly indent: number;
  /** Blank, or a comment only. */
  readonly empty: boolean;
  /** The line starts with `- ` (a list item). */
  readonly dash: boolean;
  /** Column (0-based) where the content after any `- ` starts. */
  readonly column: number;
  /** `key` of a `key:` or `key: value` line (after any `- `). */
  readonly key?: string;
  /** What follows `key: `, without a trailing comment ('' when nothing). */
  readonly value?: string;
}

class Lines {
  private readonly starts: number[] = [0];
  private readonly shapes = new Map<number, LineShape>();

  constructor(private readonly text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
      this.starts.push(at + 1);
    }
  }

  get count(): number {
    return this.starts.length;
  }

  /** 0-based index of the line holding `offset`. */
  indexAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Lines of block scalars' text (after `key: |` or `key: >-`), found on first use. */
  private blockText: Set<number> | undefined;

  shape(index: number): LineShape {
    const known = this.shapes.get(index);
    if (known) return known;
    this.blockText ??= this.findBlockText();
    const read = this.read(index);
    // A line of a block of text is text, whatever it looks like ("Ghi chú: …", "- …").
    const shape: LineShape = this.blockText.has(index)
      ? {
          start: read.start,
          text: read.text,
          indent: read.indent,
          empty: read.text.trim() === '',
          dash: false,
          column: read.indent,
        }
      : read;
    this.shapes.set(index, shape);
    return shape;
  }

  private findBlockText(): Set<number> {
    const inside = new Set<number>();
    for (let i = 0; i < this.starts.length; i++) {
      const header = this.read(i);
      const opens =
        header.key !== undefined
          ? header.value
          : header.dash
            ? header.text.slice(header.column)
            : '';
      if (!/^[|>][-+0-9]*\s*(#.*)?$/.test(opens ?? '')) continue;
      // The block's first line sets its indentation; a line less indented ends it, unless it
      // is no key (a slip inside the text, which the parser reports as it is).
      let body: number | undefined;
      let j = i + 1;
      for (; j < this.starts.length; j++) {
        const line = this.read(j);
        if (line.text.trim() === '') {
          inside.add(j);
          continue;
        }
        body ??= line.indent;
        const text = line.indent >= body || (line.key === undefined && !line.dash);
        if (line.indent <= header.indent || !text) break;
        inside.add(j);
      }
      i = j - 1;
    }
    return inside;
  }

  private read(index: number): LineShape {
    const start = this.starts[index] ?? this.text.length;
    const end = this.starts[index + 1] ?? this.text.length + 1;
    const text = this.text.slice(start, end - 1).replace(/\r$/, '');
    const [, spaces = '', dash = '', rest = ''] = /^( *)(-(?: +|$))?(.*)$/.exec(text) ?? [];
    // A key as curriculum files write them: a name without spaces (`id`, `learnersPerYear`),
    // or quoted. Prose with a colon ("Ghi chú: …") is not taken for one.
    const keyed = /^([\p{L}_][\p{L}\p{N}_.-]*|"[^"]*"|'[^']*'):(?:[ \t]+(.*?))?[ \t]*$/u.exec(rest);
    const value = keyed?.[2]?.replace(/(^|[ \t]+)#.*$/, '') ?? '';
    const shape: LineShape = {
      start,
      text,
      indent: spaces.length,
      empty: dash === '' && (rest.trim() === '' || rest.trimStart().startsWith('#')),
      dash: dash !== '',
      column: spaces.length + dash.length,
      ...(keyed?.[1] !== undefined ? { key: keyed[1].trim(), value } : {}),
    };
    return shape;
  }

  /** The next line after `index` that is not blank or a comment. */
  nextContent(index: number): number | undefined {
    for (let i = index + 1; i < this.starts.length; i++) if (!this.shape(i).empty) return i;
    return undefined;
  }
}

/**
 * A list item written without its `- `: the line is a key at the column of the list's dashes
 * (`  id: b` under `  - id: a`), or at the column of the previous item's keys and repeating
 * its first key (`    id: b` under `  - id: a`). The parser reports every key of the lost item
 * (duplicate keys, bad indentation); this is one message for all of them.
 */
function forgottenDash(lines: Lines, index: number, code: string): Diagnosis | undefined {
  const line = lines.shape(index);
  if (line.dash || line.empty) return undefined;
  // The item above: the nearest line less indented, or a `- ` at the same indentation.
  let above: LineShape | undefined;
  let aboveIndex = index - 1;
  for (; aboveIndex >= 0; aboveIndex--) {
    const shape = lines.shape(aboveIndex);
    if (shape.empty) continue;
    if (shape.indent < line.indent || (shape.indent === line.indent && shape.dash)) {
      above = shape;
      break;
    }
  }
  if (!above?.dash) return undefined;
  if (line.key === undefined || above.key === undefined) {
    // A list of texts: a text at the column of the dashes, after a text item.
    if (line.key !== undefined || above.key !== undefined || line.indent !== above.indent) {
      return undefined;
    }
    return dashMissing(line, index, index, above.indent);
  }
  const itemKeys = new Set<string>();
  for (let i = aboveIndex; i < index; i++) {
    const shape = lines.shape(i);
    if (shape.key !== undefined && shape.column === above.column) itemKeys.add(shape.key);
  }
  const atDash = line.indent === above.indent;
  const atKeys = line.indent === above.column && code === 'DUPLICATE_KEY' && line.key === above.key;
  if (!(atDash && itemKeys.has(line.key)) && !atKeys) return undefined;
  // The lost item runs to the next line at the list's indentation or less.
  let last = index;
  for (let i = index + 1; i < lines.count; i++) {
    const shape = lines.shape(i);
    if (shape.empty) continue;
    if (shape.indent < line.indent || (shape.indent <= above.indent && shape.dash)) break;
    if (atKeys && shape.indent < above.column) break;
    last = i;
  }
  // The parser reads the next item as part of the lost one: its errors are this slip's too.
  const next = lines.nextContent(last);
  if (atDash && next !== undefined) {
    const shape = lines.shape(next);
    if (shape.dash && shape.indent === above.indent) last = next;
  }
  return dashMissing(line, index, last, above.indent);
}

function dashMissing(line: LineShape, index: number, last: number, dashes: number): Diagnosis {
  const fix = clip(`${' '.repeat(dashes)}- ${line.text.trimStart()}`, maxQuoted);
  return {
    offset: line.start + line.indent,
    lines: [index, last],
    message: (n) => message('load.yaml.dash-missing', { line: n, fix }),
  };
}

/**
 * A key or list item whose indentation matches no open level (one space less than its
 * siblings, or between two levels). The expected one is the nearest level of the same kind
 * above it (keys with keys, `- ` with `- `). When that level was set by the first line of its
 * block alone and the lines after keep this one's indentation, the first line is the slip:
 * the parser takes its indentation for the block's and reports the second line.
 */
function lessIndented(lines: Lines, index: number): Diagnosis | undefined {
  const line = lines.shape(index);
  if (line.empty || (!line.dash && line.key === undefined)) return undefined;
  if (line.dash) {
    const first = firstItemWithoutDash(lines, index);
    if (first !== undefined) return first;
  }
  const nearest = nearestLevel(lines, index);
  if (nearest === undefined) {
    // The first item of a list out of line with the items after it.
    const next =
      line.dash && isFirstOfBlock(lines, index) ? nextItemColumn(lines, index) : undefined;
    return next === undefined ? undefined : indentation(lines, line, index, next);
  }
  const above = lines.shape(nearest.index);
  // The keys of a list item are placed by its `- `: when that is the line out of place, the
  // keys under it are right and it is the slip (` - id: x` among `  - id: …` items).
  if (!line.dash && above.dash) {
    // Its siblings are the items above it or, for the first item of a list, those after it.
    const sibling =
      nearestLevel(lines, nearest.index)?.column ??
      (isFirstOfBlock(lines, nearest.index) ? nextItemColumn(lines, nearest.index) : undefined);
    if (sibling !== undefined && line.indent === sibling + (above.column - above.indent)) {
      return indentation(lines, above, nearest.index, sibling);
    }
  }
  const startsBlock = above.dash === line.dash && isFirstOfBlock(lines, nearest.index);
  if (startsBlock && nearest.index === index - 1 && followedAlike(lines, index, line)) {
    const diagnosis = indentation(lines, above, nearest.index, line.indent);
    return { ...diagnosis, lines: [nearest.index, diagnosis.lines[1]] };
  }
  return indentation(lines, line, index, nearest.column);
}

/**
 * The open level nearest a line whose indentation matches none of them (undefined when one
 * matches, or none is open): the columns of the keys (or, for a `- ` line, of the dashes) of
 * the lines above that enclose it. Between two, the deeper (the sibling just above). None for
 * the first line of a block, which sets its block's indentation.
 */
function nearestLevel(lines: Lines, index: number): { column: number; index: number } | undefined {
  const line = lines.shape(index);
  // The first line of a block opens a level of its own.
  if (isFirstOfBlock(lines, index)) return undefined;
  const levels: Array<{ column: number; index: number }> = [];
  let limit = Infinity;
  for (let i = index - 1; i >= 0 && limit > 0; i--) {
    const shape = lines.shape(i);
    if (shape.empty || shape.indent >= limit || (!shape.dash && shape.key === undefined)) continue;
    if (line.dash && shape.dash) levels.push({ column: shape.indent, index: i });
    if (!line.dash && shape.key !== undefined) levels.push({ column: shape.column, index: i });
    limit = shape.indent;
  }
  if (levels.some((l) => l.column === line.indent)) return undefined;
  const [nearest] = [...levels].sort(
    (a, b) =>
      Math.abs(a.column - line.indent) - Math.abs(b.column - line.indent) || b.column - a.column,
  );
  return nearest;
}

/**
 * A list whose first item lost its `- `: its keys stand at the column they would have after
 * the dash (`    id: x` under `modules:`), and the parser finds the second item out of line.
 */
function firstItemWithoutDash(lines: Lines, index: number): Diagnosis | undefined {
  const item = lines.shape(index);
  let first: number | undefined;
  for (let i = index - 1; i >= 0; i--) {
    const shape = lines.shape(i);
    if (shape.empty) continue;
    if (shape.indent < item.indent) break;
    if (shape.indent === item.column && !shape.dash && shape.key !== undefined) first = i;
    else if (shape.indent <= item.column) return undefined;
  }
  if (first === undefined || !isFirstOfBlock(lines, first)) return undefined;
  const diagnosis = dashMissing(lines.shape(first), first, index, item.indent);
  return diagnosis;
}

/** The indentation of the next item of the list whose item starts at `index`, if another. */
function nextItemColumn(lines: Lines, index: number): number | undefined {
  const item = lines.shape(index);
  for (let i = lines.nextContent(index); i !== undefined; i = lines.nextContent(i)) {
    const shape = lines.shape(i);
    if (shape.dash && shape.indent < item.column) {
      return shape.indent !== item.indent ? shape.indent : undefined;
    }
    if (shape.indent < item.indent) return undefined;
  }
  return undefined;
}

/** The line is the first of its block: the content line above it is less indented. */
function isFirstOfBlock(lines: Lines, index: number): boolean {
  const line = lines.shape(index);
  for (let i = index - 1; i >= 0; i--) {
    const shape = lines.shape(i);
    if (!shape.empty) return shape.indent < line.indent && !shape.dash && shape.value === '';
  }
  return false;
}

/** A later line of the block is written like this one (same indentation, same kind). */
function followedAlike(lines: Lines, index: number, line: LineShape): boolean {
  for (let i = lines.nextContent(index); i !== undefined; i = lines.nextContent(i)) {
    const shape = lines.shape(i);
    if (shape.indent < line.indent) return false;
    if (shape.indent === line.indent) return shape.dash === line.dash;
  }
  return false;
}

/**
 * The document's first key indented, the keys after it not: the parser reads the whole file
 * as one broken value and reports nearly every token after it.
 */
function indentedStart(lines: Lines): Diagnosis | undefined {
  const first = lines.nextContent(-1);
  if (first === undefined) return undefined;
  const line = lines.shape(first);
  if (line.indent === 0 || line.dash || line.key === undefined) return undefined;
  for (let i = lines.nextContent(first); i !== undefined; i = lines.nextContent(i)) {
    const shape = lines.shape(i);
    if (shape.indent === 0 && shape.key !== undefined) {
      const diagnosis = indentation(lines, line, first, 0);
      return { ...diagnosis, lines: [0, lines.count - 1] };
    }
  }
  return undefined;
}

/**
 * A key indented more than the key above it, which has a value: the parser takes both lines
 * for one key and reports the line above. The key belongs with the one above.
 */
function moreIndented(lines: Lines, index: number): Diagnosis | undefined {
  const above = lines.shape(index);
  if (above.key === undefined || above.value === undefined || above.value === '') return undefined;
  if (/^[|>]/.test(above.value)) return undefined;
  const next = lines.nextContent(index);
  if (next === undefined) return undefined;
  const line = lines.shape(next);
  if (line.dash || line.key === undefined || line.indent <= above.column) return undefined;
  // `  id: x` first under `modules:`, its keys under it as under a `- `: the dash is missing.
  if (!above.dash && line.indent === above.indent + 2 && isFirstOfBlock(lines, index)) {
    let last = next;
    for (let i = lines.nextContent(next); i !== undefined; i = lines.nextContent(i)) {
      const shape = lines.shape(i);
      if (shape.indent < above.indent || (shape.indent === above.indent && !shape.dash)) break;
      last = i;
      if (shape.dash && shape.indent === above.indent) break;
    }
    return dashMissing(above, index, last, above.indent);
  }
  const diagnosis = indentation(lines, line, next, above.column);
  return { ...diagnosis, lines: [index, diagnosis.lines[1]] };
}

/**
 * "line 12: indented 5 spaces, its sibling keys 4". The parser's errors on the rest of the
 * block (its later lines and their children) follow from the slip and are explained by it.
 */
function indentation(lines: Lines, line: LineShape, index: number, expected: number): Diagnosis {
  const what = line.dash ? '- ' : `${line.key ?? ''}:`;
  const floor = Math.min(line.indent, expected);
  let last = index;
  for (let i = lines.nextContent(index); i !== undefined; i = lines.nextContent(i)) {
    if (lines.shape(i).indent < floor || (floor === 0 && lines.shape(i).indent === 0)) break;
    last = i;
  }
  return {
    offset: line.start + line.indent,
    lines: [index, last],
    message: (n) =>
      message('load.yaml.indentation', {
        line: n,
        indent: line.indent,
        expected,
        what,
        list: line.dash,
      }),
  };
}

/** The most a fix quotes of a long value, in characters. */
const maxQuoted = 60;

/**
 * `key: text: more` without quotes: the parser reads `text: more` as a mapping inside a
 * mapping. Said at the value, with the line as it should be written.
 */
function unquotedColon(lines: Lines, index: number, error: YAMLError): Diagnosis | undefined {
  const line = lines.shape(index);
  if (line.key === undefined || line.value === undefined) return undefined;
  const from = error.pos[0] - line.start;
  const rest = line.text.slice(from);
  if (from < line.column || !/:(\s|$)/.test(rest)) return undefined;
  const value = line.value;
  const shown =
    [...value].length > maxQuoted ? [...value].slice(0, maxQuoted).join('') + ' …' : value;
  const quoted =
    shown.includes('"') && !shown.includes("'")
      ? `'${shown}'`
      : `"${shown.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const fix = `${line.key}: ${quoted}`;
  return {
    offset: line.start + line.text.indexOf(value, line.column + line.key.length),
    lines: [index, index],
    message: () => message('load.yaml.unquoted-colon', { fix }),
  };
}

/**
 * Every other parser error, as a message; the parser's words are the English, which the
 * Vietnamese catalogue translates.
 */
export function describeYamlError(
  code: string,
  parserMessage: string,
  text: string,
  offset: number,
): Message {
  switch (code) {
    case 'DUPLICATE_KEY': {
      const written = /^(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\n]|'')*)'|([^:\n]*))/.exec(
        text.slice(offset),
      );
      const key = (written?.[1] ?? written?.[2]?.replace(/''/g, "'") ?? written?.[3] ?? '').trim();
      return key
        ? message('load.yaml.duplicate-key', { key: excerpt(key) })
        : message('load.yaml.duplicate-key-unnamed');
    }
    case 'MULTIPLE_DOCS':
      return message('load.yaml.multiple-documents');
    case 'TAG_RESOLVE_FAILED': {
      const tag = parserMessage.replace(/^.*?: /, '');
      const core = /^tag:yaml\.org,2002:(str|int|float|bool|null|map|seq)$/.exec(tag);
      return core?.[1] !== undefined
        ? message('load.yaml.tag-mismatch', { tag: core[1] })
        : message('load.yaml.unsupported-tag', { tag: clip(tag) });
    }
    case 'RESOURCE_EXHAUSTION':
      return message('load.yaml.too-deep-to-read', { parser: parserMessage });
    default: {
      const en = clip(firstLine(parserMessage).replace(/ at line \d+, column \d+$/, ''));
      return message('load.yaml.parser', { code, text: en });
    }
  }
}

/**
 * A message or a piece of the file cut to `max` characters: what the parser quotes of a line
 * (a token, a tag) is told, never a whole line of whatever the file holds.
 */
function clip(text: string, max = 120): string {
  const chars = [...text];
  return chars.length > max ? chars.slice(0, max).join('') + ' …' : text;
}

function firstLine(text: string): string {
  const [first = ''] = text.split('\n');
  return first;
}
