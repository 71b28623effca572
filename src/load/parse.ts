import {
  type CST,
  Composer,
  type Document,
  type Node,
  Parser,
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  YAMLParseError,
  type YAMLSeq,
} from 'yaml';
import type { Finding } from '../findings/finding.js';
import { finding } from '../rules/loader-rules.js';
import { message } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';
import {
  type IndexOptions,
  type IndexRoot,
  type LocationIndex,
  indexLocations,
  locationIndex,
  sealLocations,
} from './locate.js';
import { type SourceText, countLines, positionOf } from './source.js';
import { type ModuleItems, findModuleItems } from './split-modules.js';
import { describeYamlError, explainYamlErrors } from './yaml-errors.js';

/** Deeper than this is not a curriculum document but an attempt to exhaust the stack. */
export const maxNestingDepth = 64;
/**
 * More keys than this in one mapping is no curriculum document (the largest, a module, has
 * about fifteen): refused before it is composed. Lists have no such bound (100,000 modules).
 */
export const maxMappingKeys = 10_000;
/** Aliases expanded at most this many times in one document (yaml's guard against "billion laughs"). */
export const maxAliasCount = 100;

export interface ParsedDocument {
  readonly source: SourceText;
  /** The document as plain data (null for an empty file). */
  readonly value: unknown;
  /**
   * Where each node is written. Items of `topics` and `outcomes` are indexed one by one only
   * with `everyItem` (for schema errors): nothing after validation points into them.
   */
  locations(options?: IndexOptions): LocationIndex;
  /** How many pieces the module list was parsed in: 1 when the text was parsed whole. */
  readonly pieces: number;
}

export type ParseResult = { ok: true; parsed: ParsedDocument } | { ok: false; findings: Finding[] };

/**
 * Texts longer than `splitLength` are parsed in pieces of about `pieceLength` where they can
 * be: a parsed YAML tree costs about 35 times the text in memory, so a single file of 100,000
 * modules (38 MB) parsed whole needs over a gigabyte. Pieces this small die young in the
 * garbage collector: measured on such a file, parsing peaks at 357 MB with 16 KiB pieces,
 * 669 MB with 64 KiB and 732 MB with 1 MiB.
 */
export const pieceLength = 1 << 14;
export const splitLength = 1 << 20;

/** When a text is parsed in pieces, and how long each is (tests shrink both). */
export interface PieceLengths {
  readonly split: number;
  readonly piece: number;
}

const pieceLengths: PieceLengths = { split: splitLength, piece: pieceLength };

/**
 * Parses one YAML file safely: core schema only (no custom tags), unique keys, bounded aliases
 * and nesting, no `__proto__` keys, no alias cycles. Every problem is a located finding;
 * nothing throws. A long programme is parsed a piece of its `modules` list at a time.
 */
export function parseYaml(source: SourceText, lengths = pieceLengths): ParseResult {
  const items = source.text.length > lengths.split ? findModuleItems(source.text) : undefined;
  return (items && parsePieces(source, items, lengths.piece)) ?? parseWhole(source);
}

function parseWhole(source: SourceText): ParseResult {
  // The lines may be counted already, by an attempt to parse the text in pieces.
  const counted = source.lineStarts.length > 0;
  const addNewLine = counted ? undefined : (offset: number) => source.lineStarts.push(offset);
  const composed = compose(source, source.text, (offset) => offset, addNewLine);
  if (!composed.ok) return composed;
  const { document, value } = composed;
  return {
    ok: true,
    parsed: {
      source,
      value,
      locations: (options) =>
        locationIndex(source, [{ node: document.contents, path: [] }], options),
      pieces: 1,
    },
  };
}

/**
 * The programme without its module list, then the list a piece at a time, every offset placed
 * back where it is in the file. Undefined when the file turns out not to be a programme whose
 * `modules` the splitter found: it is then parsed whole.
 */
function parsePieces(
  source: SourceText,
  items: ModuleItems,
  pieceLength: number,
): ParseResult | undefined {
  const { text } = source;
  const first = items.starts[0] ?? items.end;
  // The frame is the file without the list: offsets past the list move back by its length.
  const cut = items.end - first;
  const placeFrame = (offset: number) => (offset < first ? offset : offset + cut);
  // Lines are counted first: findings of the pieces are located as they are made.
  countLines(source);
  const frame = compose(source, text.slice(0, first) + text.slice(items.end), placeFrame);
  if (!frame.ok) return frame;
  const programme = frame.value;
  if (!isModulesEmpty(programme)) return undefined;

  const pieces: Array<{ start: number; end: number }> = [];
  let pieceStart: number | undefined;
  for (const start of items.starts) {
    if (pieceStart === undefined) pieceStart = start;
    else if (start - pieceStart >= pieceLength) {
      pieces.push({ start: pieceStart, end: start });
      pieceStart = start;
    }
  }
  if (pieceStart !== undefined) pieces.push({ start: pieceStart, end: items.end });
  const findings: Finding[] = [];
  const readPieces = (
    visit: (document: Document.Parsed, list: YAMLSeq, place: (o: number) => number) => void,
  ) => {
    for (const { start, end } of pieces) {
      const place = (offset: number) => offset + start;
      const composed = compose(source, text.slice(start, end), place);
      if (!composed.ok) findings.push(...composed.findings);
      else if (!isSeq(composed.document.contents)) {
        findings.push(syntaxFinding(source, start, message('load.yaml.expected-module-item')));
      } else visit(composed.document, composed.document.contents, place);
    }
  };
  const itemRoots = (list: YAMLSeq, base: number, place: (o: number) => number) =>
    list.items.map((node, i): IndexRoot => ({
      node,
      path: ['modules', base + i],
      place,
    }));
  const frameRoots: IndexRoot[] = [{ node: frame.document.contents, path: [], place: placeFrame }];
  const growing = indexLocations(source, frameRoots);
  const modules: unknown[] = [];
  readPieces((document, list, place) => {
    const base = modules.length;
    const value: unknown = document.toJS();
    if (!Array.isArray(value)) throw new Error('a list of modules did not become an array');
    for (const item of value) modules.push(item);
    indexLocations(source, itemRoots(list, base, place), {}, growing);
  });
  if (findings.length > 0) return { ok: false, findings };
  programme.modules = modules;
  const defaultIndex = sealLocations(growing);
  return {
    ok: true,
    parsed: {
      source,
      value: programme,
      pieces: pieces.length,
      locations: (options) => {
        if (!options?.everyItem) return defaultIndex;
        // Only for a document with schema errors: the pieces are parsed once more.
        const index = indexLocations(source, frameRoots, options);
        let base = 0;
        readPieces((_document, list, place) => {
          const roots = itemRoots(list, base, place);
          base += roots.length;
          indexLocations(source, roots, options, index);
        });
        return sealLocations(index);
      },
    },
  };
}

/** A mapping whose `modules` is empty (`modules:` with the list cut out of the text). */
function isModulesEmpty(value: unknown): value is { modules: unknown } {
  return (
    value !== null &&
    typeof value === 'object' &&
    Object.hasOwn(value, 'modules') &&
    'modules' in value &&
    value.modules === null
  );
}

type Composed =
  { ok: true; document: Document.Parsed; value: unknown } | { ok: false; findings: Finding[] };

/**
 * One YAML text (a whole file, or a part of one whose offsets `place` puts in the file) to a
 * checked document and its plain value, every problem located in the file.
 */
function compose(
  source: SourceText,
  text: string,
  place: (offset: number) => number,
  addNewLine?: (offset: number) => void,
): Composed {
  const at = (offset: number, what: Message) => syntaxFinding(source, place(offset), what);
  // The syntax tree is built without recursion; the composer that turns it into nodes
  // recurses once per level. Refuse a deep document before composing, so the answer (and its
  // position) does not depend on the machine's stack size.
  const tokens = [...new Parser(addNewLine).parse(text)];
  const shape = shapeProblem(tokens);
  if (shape !== undefined) return { ok: false, findings: [at(shape.offset, shape.message)] };
  const composer = new Composer({
    prettyErrors: false,
    // yaml compares each key with every earlier one of its mapping: 80,000 keys took 69 s.
    // Duplicates are found below in linear time instead (`duplicateKeys`).
    uniqueKeys: false,
    strict: true,
    schema: 'core',
    merge: false,
    // Only the core schema's tags: no !!timestamp, !!binary, !!set and the like.
    resolveKnownTags: false,
  });
  let document: Document.Parsed | undefined;
  let secondDocument: number | undefined;
  for (const composed of composer.compose(tokens, true, text.length)) {
    if (document === undefined) document = composed;
    else {
      secondDocument = composed.range[0];
      break;
    }
  }
  if (document === undefined) throw new Error('the YAML composer returned no document');
  const duplicates = duplicateKeys(document.contents);
  if (duplicates.length > 0) {
    document.errors.push(...duplicates);
    document.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  }
  const findings: Finding[] = [];

  // A tab used as indentation derails the parser: what it reports after it is noise.
  const tabs = document.errors.filter((e) => e.code === 'TAB_AS_INDENT');
  const errors = tabs.length > 0 ? tabs : document.errors;
  // An unclosed quote or bracket is noticed only where the text ends: point at its opening.
  const opening = errors.some((e) => /MISSING_CHAR|BAD_INDENT|UNEXPECTED_TOKEN/.test(e.code))
    ? unclosedOpening(text)
    : undefined;
  if (opening !== undefined) {
    const c = text[opening] ?? '';
    findings.push(
      at(
        opening,
        c === '"' || c === "'"
          ? message('load.yaml.unclosed-quote', { quote: c })
          : message('load.yaml.unclosed-bracket', { bracket: c }),
      ),
    );
  } else {
    const lineOf = (offset: number) => positionOf(source, place(offset)).line;
    for (const problem of explainYamlErrors(text, errors, lineOf)) {
      findings.push(at(problem.offset, problem.message));
    }
  }
  for (const warning of document.warnings) {
    findings.push(
      at(warning.pos[0], describeYamlError(warning.code, warning.message, text, warning.pos[0])),
    );
  }
  if (secondDocument !== undefined) {
    findings.push(at(secondDocument, describeYamlError('MULTIPLE_DOCS', '', '', 0)));
  }
  if (findings.length > 0) return { ok: false, findings };

  const structural = checkStructure(document);
  if (structural) return { ok: false, findings: [at(structural.offset, structural.message)] };

  try {
    const value: unknown = document.toJS({ maxAliasCount });
    return { ok: true, document, value };
  } catch (error) {
    const firstAlias = findFirst(document.contents, isAlias);
    const reason = error instanceof Error ? error.message : String(error);
    const unknown = /^Unresolved alias.*?: *(.*)$/.exec(reason);
    const why = /excessive alias count/i.test(reason)
      ? message('load.yaml.too-many-aliases', { max: maxAliasCount })
      : unknown
        ? message('load.yaml.unknown-alias', { alias: unknown[1] ?? '', parser: reason })
        : message('load.verbatim', { text: reason });
    return { ok: false, findings: [at(firstAlias?.range?.[0] ?? 0, why)] };
  }
}

/**
 * Every key of a mapping that an earlier key of the same mapping already names, as the error
 * yaml's own `uniqueKeys` check gives (same code, same place), found with one set per mapping:
 * keys are equal when they are scalars of the same value, as yaml compares them.
 */
function duplicateKeys(root: unknown): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value)) {
            const at = rangeStart(key);
            errors.push(
              new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'),
            );
          } else seen.add(key.value);
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) stack.push(...node.items);
  }
  return errors;
}

function syntaxFinding(source: SourceText, offset: number, what: Message): Finding {
  return finding('yaml-syntax', { file: source.file, ...positionOf(source, offset) }, what);
}

/**
 * The first collection nested deeper than `maxNestingDepth`, or the first mapping of more than
 * `maxMappingKeys` keys, in a syntax tree. The walk keeps its own stack, so no depth of input
 * can overflow the machine's; refusing a huge mapping here, before it is composed, spares the
 * composer's nodes for every key (880,000 keys in 15 MB took 49 s to compose and check).
 */
function shapeProblem(
  tokens: readonly CST.Token[],
): { offset: number; message: Message } | undefined {
  // The root collection is level 0.
  const stack: Array<{ token: CST.Token; depth: number }> = tokens.map((token) => ({
    token,
    depth: -1,
  }));
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { token } = next;
    const collection =
      token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
    const depth = collection ? next.depth + 1 : next.depth;
    if (depth > maxNestingDepth)
      return {
        offset: token.offset,
        message: message('load.yaml.too-deep', { max: maxNestingDepth }),
      };
    if (token.type === 'document' && token.value) stack.push({ token: token.value, depth });
    if (collection) {
      const mapping =
        token.type === 'block-map' ||
        (token.type === 'flow-collection' && token.start.source === '{');
      if (mapping && token.items.length > maxMappingKeys)
        return {
          offset: token.offset,
          message: message('load.yaml.too-many-keys', { max: maxMappingKeys }),
        };
      for (const item of token.items) {
        if (item.key) stack.push({ token: item.key, depth });
        if (item.value) stack.push({ token: item.value, depth });
      }
    }
  }
  return undefined;
}

/**
 * Iterative walk (no recursion) for what the schema cannot say: keys that are collections,
 * the `__proto__` key, and aliases inside the node they name (a cycle that would send any
 * later walk of the data round for ever).
 */
function checkStructure(
  document: Document.Parsed,
): { offset: number; message: Message } | undefined {
  const stack: unknown[] = [document.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key)) {
          return {
            offset: rangeStart(key),
            message: message('load.yaml.complex-key'),
          };
        }
        if (key.value === '__proto__') {
          return {
            offset: rangeStart(key),
            message: message('load.yaml.proto-key'),
          };
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      stack.push(...node.items);
    } else if (isAlias(node)) {
      const target = node.resolve(document);
      const at = rangeStart(node);
      const range = target?.range;
      if (range && at >= range[0] && at < range[2]) {
        return {
          offset: at,
          message: message('load.yaml.alias-cycle', { alias: node.source }),
        };
      }
    }
  }
  return undefined;
}

function findFirst<T extends Node>(root: unknown, test: (n: unknown) => n is T): T | undefined {
  const stack: unknown[] = [root];
  let best: T | undefined;
  while (stack.length > 0) {
    const node = stack.pop();
    if (test(node) && (best === undefined || rangeStart(node) < rangeStart(best))) best = node;
    if (isMap(node)) for (const p of node.items) stack.push(p.key, p.value);
    else if (isSeq(node)) stack.push(...node.items);
  }
  return best;
}

function rangeStart(node: unknown): number {
  return (isNode(node) ? node.range?.[0] : undefined) ?? 0;
}

/** Offset of a quote or bracket still open at the end of the text, if any. */
export function unclosedOpening(text: string): number | undefined {
  return scanFlow(text);
}

/**
 * A light scan of YAML text for flow brackets and quotes, outside comments. A plain scalar
 * such as `it's` does not open a quote: a quote opens only at the start of a value.
 */
function scanFlow(text: string): number | undefined {
  const brackets: number[] = [];
  let quote = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote >= 0) {
      if (c === '\\' && text[quote] === '"') i++;
      else if (c === text[quote]) quote = -1;
      continue;
    }
    const before = text[i - 1]; // undefined at the start of the text
    if (c === '#' && (before === undefined || /\s/.test(before))) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end;
    } else if ((c === '"' || c === "'") && (before === undefined || /[\s[{,:-]/.test(before)))
      quote = i;
    else if (c === '[' || c === '{') brackets.push(i);
    else if ((c === ']' || c === '}') && brackets.length > 0) brackets.pop();
  }
  return quote >= 0 ? quote : brackets[0];
}
