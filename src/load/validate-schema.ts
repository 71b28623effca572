import type { ErrorObject } from 'ajv';
import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/rules.js';
import type { CurriculumFramework } from '../generated/framework.types.js';
import type { TrainingProgramme } from '../generated/programme.types.js';
import { validate_framework, validate_programme } from '../generated/validators.js';
import type { CurriculumDocument } from './build-catalog.js';
import { type DataPath, type LocationIndex, formatPath, locate, pointerToPath } from './locate.js';
import { closest, suggestSlug } from './text-distance.js';

export const documentKinds = ['framework', 'programme'] as const;
export type DocumentKind = (typeof documentKinds)[number];

interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const validators: Record<DocumentKind, CompiledValidator> = {
  framework: validate_framework,
  programme: validate_programme,
};

// The validators are generated without types (src/generated/validators.ts); the document types
// are generated from the same schemas, so a value a validator accepts has its type.
function isFramework(value: unknown): value is CurriculumFramework {
  return validators.framework(value);
}

function isProgramme(value: unknown): value is TrainingProgramme {
  return validators.programme(value);
}

export type SchemaCheck =
  | { readonly ok: true; readonly document: CurriculumDocument }
  | { readonly ok: false; readonly findings: Finding[] };

/**
 * Schema check of one document of a known kind: the typed document, or every violation, each
 * at its node. `everyItem` indexes every node, down to single topics, and is called only for
 * an invalid document.
 */
export function checkDocument(
  value: unknown,
  kind: DocumentKind,
  where: LocationIndex,
  everyItem: () => LocationIndex = () => where,
): SchemaCheck {
  if (kind === 'framework') {
    if (isFramework(value)) return { ok: true, document: { kind, where, data: value } };
  } else if (isProgramme(value)) {
    return { ok: true, document: { kind, where, data: value } };
  }
  return { ok: false, findings: violations(value, everyItem(), validators[kind].errors) };
}

function violations(
  value: unknown,
  index: LocationIndex,
  errors: ErrorObject[] | null | undefined,
): Finding[] {
  return simplify(errors ?? []).map((error) => toFinding(value, index, error));
}

/**
 * ajv reports each failed branch of an `anyOf`. Keep what the user meant: when the value's
 * type rules a branch out, that branch's errors are noise; when none is left, say the anyOf.
 */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const anyOfPaths = new Set(
    errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath),
  );
  if (anyOfPaths.size === 0) return dedupe(errors);
  const kept: ErrorObject[] = [];
  for (const path of anyOfPaths) {
    const inside = errors.filter(
      (e) =>
        e.keyword !== 'anyOf' && (e.instancePath === path || e.instancePath.startsWith(path + '/')),
    );
    const branches = new Map<string, ErrorObject[]>();
    for (const e of inside) {
      const branch = /#\/.*?anyOf\/\d+/.exec(e.schemaPath)?.[0] ?? e.schemaPath;
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    const plausible = [...branches.values()].filter(
      (es) => !es.some((e) => e.keyword === 'type' && e.instancePath === path),
    );
    const [only, ...others] = plausible;
    if (only !== undefined && others.length === 0) kept.push(...only);
    else {
      // There is one: the path is that of an anyOf error.
      const anyOf = errors.find((e) => e.keyword === 'anyOf' && e.instancePath === path);
      if (anyOf) kept.push(anyOf);
    }
  }
  const isInsideAnyOf = (e: ErrorObject) =>
    [...anyOfPaths].some((p) => e.instancePath === p || e.instancePath.startsWith(p + '/'));
  return dedupe([...errors.filter((e) => !isInsideAnyOf(e)), ...kept]);
}

function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toFinding(value: unknown, index: LocationIndex, error: ErrorObject): Finding {
  const path = pointerToPath(error.instancePath);
  const extra =
    error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
  const where = locate(index, extra === undefined ? path : [...path, extra], {
    key: extra !== undefined,
  });
  return finding('schema', where, describe(error, path, value));
}

function describe(error: ErrorObject, path: DataPath, root: unknown): string {
  const name = formatPath(path) || 'the document';
  const value = valueAt(root, path);
  const p: Record<string, unknown> = error.params;
  switch (error.keyword) {
    case 'required':
      return `${name === 'the document' ? 'the document' : name} is missing required property "${String(p.missingProperty)}"`;
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const properties: unknown = error.parentSchema?.properties;
      const allowed =
        typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
      const hint = closest(key, allowed);
      return `unknown property "${key}" in ${name}${hint ? `; did you mean "${hint}"?` : ` (allowed: ${allowed.join(', ')})`}`;
    }
    case 'type':
      return `${name} must be ${article(String(p.type))}, not ${describeValue(value)}`;
    case 'const':
      return `${name} must be "${String(p.allowedValue)}"`;
    case 'enum': {
      const allowed = Array.isArray(p.allowedValues) ? p.allowedValues.map(String) : [];
      const hint = typeof value === 'string' ? closest(value, allowed) : undefined;
      return `${name} must be one of ${allowed.join(', ')}${hint ? `; did you mean "${hint}"?` : ''}`;
    }
    case 'pattern':
      return describePattern(name, String(p.pattern), value);
    case 'exclusiveMinimum':
      return `${name} must be more than ${String(p.limit)}, not ${describeValue(value)}`;
    case 'minimum':
      return `${name} must be at least ${String(p.limit)}, not ${describeValue(value)}`;
    case 'maximum':
      return `${name} must be at most ${count(p.limit)}, not ${describeValue(value)}`;
    case 'maxItems':
      return `${name} has ${count(Array.isArray(value) ? value.length : 'too many')} items; at most ${count(p.limit)} are allowed`;
    case 'maxLength':
      return `${name} is ${count(typeof value === 'string' ? [...value].length : 'too many')} characters long; at most ${count(p.limit)} are allowed`;
    case 'minItems':
      return `${name} must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'minLength':
      return `${name} must not be empty`;
    case 'uniqueItems':
      return `${name} lists the same value twice (items ${Number(p.j) + 1} and ${Number(p.i) + 1})`;
    case 'anyOf':
      return `${name} must be a slug or an object with an id (${describeValue(value)} given)`;
    default:
      return `${name} ${error.message ?? 'is invalid'}`;
  }
}

/** 10000 → "10,000": limits read as people write them. */
function count(n: unknown): string {
  return typeof n === 'number' ? n.toLocaleString('en-US') : String(n);
}

function describePattern(name: string, pattern: string, value: unknown): string {
  const shown = JSON.stringify(value);
  if (pattern.includes('/')) {
    const kind = pattern.startsWith('^(')
      ? 'module ref (`programme/module` or a module id)'
      : 'level ref (`track/level`)';
    return `${name} ${shown} is not a ${kind}`;
  }
  if (pattern.startsWith('^[A-Za-z]'))
    return `${name} ${shown} is not a BCP-47 language tag (e.g. "vi", "en")`;
  const hint = typeof value === 'string' ? suggestSlug(value) : '';
  return `${name} ${shown} is not a slug (lower-case letters and digits joined by single dashes${hint ? `, e.g. "${hint}"` : ''})`;
}

function valueAt(root: unknown, path: DataPath): unknown {
  let v = root;
  // ajv's paths go through mappings and lists only.
  for (const s of path) v = typeof v === 'object' && v !== null ? Reflect.get(v, s) : undefined;
  return v;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 37) + '...' : value)}`;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean' || typeof value === 'bigint')
    return `${typeof value} ${String(value)}`;
  return typeof value; // a symbol or a function: never parsed from YAML
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
  };
  return names[type] ?? type;
}
