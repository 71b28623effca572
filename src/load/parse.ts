import {
  type Document,
  type Node,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
} from 'yaml';
import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/catalogue.js';
import { type SourceText, countLines, positionOf } from './source.js';

/** Deeper than this is not a curriculum document but an attempt to exhaust the stack. */
export const maxNestingDepth = 64;
/** Aliases expanded at most this many times in one document (yaml's guard against "billion laughs"). */
export const maxAliasCount = 100;

export interface ParsedDocument {
  readonly source: SourceText;
  readonly document: Document.Parsed;
  /** The document as plain data (null for an empty file). */
  readonly value: unknown;
}

export type ParseResult = { ok: true; parsed: ParsedDocument } | { ok: false; findings: Finding[] };

/**
 * Parses one YAML file safely: core schema only (no custom tags), unique keys, bounded aliases
 * and nesting, no `__proto__` keys. Every problem is a located finding; nothing throws.
 */
export function parseYaml(source: SourceText): ParseResult {
  // The parser itself recurses on flow collections: refuse a deep one before it does, so the
  // answer (and its position) does not depend on the machine's stack size.
  const deep = deepFlowOffset(source.text, maxNestingDepth);
  if (deep !== undefined) {
    countLines(source);
    return {
      ok: false,
      findings: [syntaxFinding(source, deep, `nesting deeper than ${maxNestingDepth} levels`)],
    };
  }
  const document = parseDocument(source.text, {
    lineCounter: source.lines,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    schema: 'core',
    merge: false,
    // Only the core schema's tags: no !!timestamp, !!binary, !!set and the like.
    resolveKnownTags: false,
  });
  const findings: Finding[] = [];
  const at = (offset: number, message: string) =>
    findings.push(syntaxFinding(source, offset, message));

  // A tab used as indentation derails the parser: what it reports after it is noise.
  const tabs = document.errors.filter((e) => e.code === 'TAB_AS_INDENT');
  for (const error of tabs.length > 0 ? tabs : document.errors) {
    // An unclosed quote or bracket is noticed only where the text ends: point at its opening.
    const opening = /MISSING_CHAR|BAD_INDENT|UNEXPECTED_TOKEN/.test(error.code)
      ? unclosedOpening(source.text)
      : undefined;
    if (opening !== undefined) {
      const c = source.text[opening]!;
      at(
        opening,
        c === '"' || c === "'" ? 'this quoted text is never closed' : `this "${c}" is never closed`,
      );
    } else
      at(error.pos[0], describeYamlError(error.code, error.message, source.text, error.pos[0]));
  }
  for (const warning of document.warnings)
    at(
      warning.pos[0],
      describeYamlError(warning.code, warning.message, source.text, warning.pos[0]),
    );
  if (findings.length > 0) return { ok: false, findings };

  const structural = checkStructure(document.contents);
  if (structural) {
    at(structural.offset, structural.message);
    return { ok: false, findings };
  }

  try {
    const value = document.toJS({ maxAliasCount }) as unknown;
    return { ok: true, parsed: { source, document, value } };
  } catch (error) {
    const firstAlias = findFirst(document.contents, isAlias);
    const reason = error instanceof Error ? error.message : String(error);
    at(
      firstAlias?.range?.[0] ?? 0,
      /excessive alias count/i.test(reason)
        ? `aliases expand to more than ${maxAliasCount} copies; a curriculum file never needs that`
        : reason.replace(/^Unresolved alias/, 'unknown alias'),
    );
    return { ok: false, findings };
  }
}

function syntaxFinding(source: SourceText, offset: number, message: string): Finding {
  return finding('yaml-syntax', { file: source.file, ...positionOf(source, offset) }, message);
}

function describeYamlError(code: string, message: string, text: string, offset: number): string {
  switch (code) {
    case 'DUPLICATE_KEY': {
      const written = /^(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\n]|'')*)'|([^:\n]*))/.exec(
        text.slice(offset),
      );
      const key = (written?.[1] ?? written?.[2]?.replace(/''/g, "'") ?? written?.[3] ?? '').trim();
      return key ? `duplicate key "${key}"` : 'duplicate key';
    }
    case 'MULTIPLE_DOCS':
      return 'a curriculum file holds one YAML document; this one has several (---)';
    case 'TAG_RESOLVE_FAILED': {
      const tag = message.replace(/^.*?: /, '');
      const core = /^tag:yaml\.org,2002:(str|int|float|bool|null|map|seq)$/.exec(tag);
      return core ? `the value does not fit the tag !!${core[1]}` : `unsupported tag: ${tag}`;
    }
    case 'RESOURCE_EXHAUSTION':
      return `nesting too deep: ${message}`;
    default:
      return message.split('\n')[0]!.replace(/ at line \d+, column \d+$/, '');
  }
}

/** Iterative walk (no recursion, so a deep document cannot overflow the stack). */
function checkStructure(root: unknown): { offset: number; message: string } | undefined {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > maxNestingDepth) {
      return { offset: rangeStart(node), message: `nesting deeper than ${maxNestingDepth} levels` };
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key)) {
          return {
            offset: rangeStart(key),
            message: 'a key must be plain text, not a list or mapping',
          };
        }
        if (key.value === '__proto__') {
          return { offset: rangeStart(key), message: 'the key "__proto__" is not allowed' };
        }
        stack.push({ node: pair.value, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    } else if (isPair(node)) {
      stack.push({ node: node.value, depth: depth + 1 });
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
  return (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
}

/**
 * Offset of the first `[` or `{` that opens a flow collection deeper than `limit`, outside
 * quotes and comments; undefined if there is none. Block nesting needs indentation, which
 * the parser handles without deep recursion.
 */
export function deepFlowOffset(text: string, limit: number): number | undefined {
  return scanFlow(text, limit).deep;
}

/** Offset of a quote or bracket still open at the end of the text, if any. */
export function unclosedOpening(text: string): number | undefined {
  return scanFlow(text, Infinity).open;
}

/**
 * A light scan of YAML text for flow brackets and quotes, outside comments. A plain scalar
 * such as `it's` does not open a quote: a quote opens only at the start of a value.
 */
function scanFlow(text: string, limit: number): { deep?: number; open?: number } {
  const brackets: number[] = [];
  let quote = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote >= 0) {
      if (c === '\\' && text[quote] === '"') i++;
      else if (c === text[quote]) quote = -1;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end;
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:-]/.test(text[i - 1]!))) quote = i;
    else if (c === '[' || c === '{') {
      brackets.push(i);
      if (brackets.length > limit) return { deep: i };
    } else if ((c === ']' || c === '}') && brackets.length > 0) brackets.pop();
  }
  const open = quote >= 0 ? quote : brackets[0];
  return open === undefined ? {} : { open };
}
