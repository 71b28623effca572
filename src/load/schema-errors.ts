import type { ErrorObject } from 'ajv';
import { message } from '../messages/catalogue.js';
import type { Named } from '../messages/en/load.js';
import type { Message } from '../messages/types.js';
import { slugOf } from '../model/slug.js';
import { type DataPath, formatPath } from './locate.js';
import { closest } from './text-distance.js';

/**
 * What an ajv error means, as a message, the property named by its path (`whole` names the
 * document itself: "the config file"; "the document" when not given). The one translator of
 * schema errors: curriculum documents and the config file say the same things the same way.
 */
export function describeSchemaError(
  error: ErrorObject,
  path: DataPath,
  root: unknown,
  whole?: Message,
): Message {
  const written = formatPath(path);
  // The data names the property by its path; the document itself only when it is the subject.
  const named = { path: written, ...(written === '' && whole !== undefined ? { whole } : {}) };
  const value = valueAt(root, path);
  const p: Record<string, unknown> = error.params;
  const limit = typeof p.limit === 'number' ? p.limit : String(p.limit);
  const given = givenValue(value);
  switch (error.keyword) {
    case 'required':
      return message('load.schema.required', { ...named, key: String(p.missingProperty) });
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const properties: unknown = error.parentSchema?.properties;
      const allowed =
        typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
      const hint = closest(key, allowed);
      return message('load.schema.unknown-property', {
        ...named,
        key,
        allowed,
        ...(hint ? { hint } : {}),
      });
    }
    case 'type': {
      const colon = p.type === 'string' ? colonText(value) : undefined;
      return message('load.schema.type', {
        ...named,
        type: String(p.type),
        given,
        ...(colon ? { colon } : {}),
      });
    }
    case 'const':
      return message('load.schema.const', { ...named, value: String(p.allowedValue) });
    case 'enum': {
      const allowed = Array.isArray(p.allowedValues) ? p.allowedValues.map(String) : [];
      const hint = typeof value === 'string' ? closest(value, allowed) : undefined;
      return message('load.schema.enum', { ...named, allowed, ...(hint ? { hint } : {}) });
    }
    case 'pattern':
      return describePattern(named, String(p.pattern), value);
    case 'format':
      return message('load.schema.format', {
        ...named,
        value: shown(value),
        format: String(p.format),
      });
    case 'exclusiveMinimum':
      return message('load.schema.exclusive-minimum', { ...named, limit, given });
    case 'minimum':
      return message('load.schema.minimum', { ...named, limit, given });
    case 'exclusiveMaximum':
      return message('load.schema.exclusive-maximum', { ...named, limit, given });
    case 'maximum':
      return message('load.schema.maximum', { ...named, limit, given });
    case 'multipleOf': {
      const multiple = typeof p.multipleOf === 'number' ? p.multipleOf : String(p.multipleOf);
      return message('load.schema.multiple-of', { ...named, limit: multiple, given });
    }
    case 'maxItems':
      return message('load.schema.max-items', {
        ...named,
        limit,
        ...(Array.isArray(value) ? { count: value.length } : {}),
      });
    case 'minItems':
      return p.limit === 1
        ? message('load.schema.min-items-empty', named)
        : message('load.schema.min-items', { ...named, limit });
    case 'maxLength':
      return message('load.schema.max-length', {
        ...named,
        limit,
        ...(typeof value === 'string' ? { length: [...value].length } : {}),
      });
    case 'minLength':
      return p.limit === 1 || p.limit === undefined
        ? message('load.schema.min-length-empty', named)
        : message('load.schema.min-length', { ...named, limit });
    case 'minProperties':
      return message('load.schema.min-properties', { ...named, limit });
    case 'maxProperties':
      return message('load.schema.max-properties', { ...named, limit });
    case 'uniqueItems':
      return message('load.schema.unique-items', {
        ...named,
        first: Number(p.j) + 1,
        second: Number(p.i) + 1,
      });
    case 'anyOf':
      return message('load.schema.any-of', { ...named, given });
    default:
      // A keyword the schemas do not use today: say where, and what the schema says.
      return message('load.schema.other', {
        ...named,
        keyword: error.keyword,
        ...(error.message === undefined ? {} : { message: error.message }),
      });
  }
}

/** A value as a message quotes it: `"Bad Id"`. */
function shown(value: unknown): string {
  return String(JSON.stringify(value));
}

function describePattern(named: Named, pattern: string, value: unknown): Message {
  const quoted = shown(value);
  if (pattern.includes('/')) {
    return pattern.startsWith('^(')
      ? message('load.schema.pattern.module-ref', { ...named, value: quoted })
      : message('load.schema.pattern.level-ref', { ...named, value: quoted });
  }
  if (pattern.startsWith('^[A-Za-z]'))
    return message('load.schema.pattern.language', { ...named, value: quoted });
  const hint = typeof value === 'string' ? slugOf(value) : '';
  return message('load.schema.pattern.slug', {
    ...named,
    value: quoted,
    ...(hint ? { hint } : {}),
  });
}

/**
 * `- Báo cáo: tình hình` in a list of texts is a mapping of one key to a text: most likely a
 * text holding ": " that was not quoted. The text, quoted, or undefined for any other value.
 */
function colonText(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries: Array<[string, unknown]> = Object.entries(value);
  const [entry] = entries;
  if (entries.length !== 1 || entry === undefined) return undefined;
  const [key, inner] = entry;
  if (inner !== null && typeof inner !== 'string' && typeof inner !== 'number') return undefined;
  return JSON.stringify(inner === null ? `${key}:` : `${key}: ${String(inner)}`);
}

export function valueAt(root: unknown, path: DataPath): unknown {
  let v = root;
  // ajv's paths go through mappings and lists only.
  for (const s of path) v = typeof v === 'object' && v !== null ? Reflect.get(v, s) : undefined;
  return v;
}

/**
 * The value found, for "must be X, not …": English names it ("not the text "abc""), and
 * Vietnamese says what it is now ("hiện là văn bản "abc"", "hiện đang để trống").
 */
export function givenValue(value: unknown): Message {
  if (value === null || value === undefined) return message('load.schema.given.empty');
  if (Array.isArray(value)) return message('load.schema.given.list');
  if (typeof value === 'object') return message('load.schema.given.mapping');
  if (typeof value === 'string') {
    const text = JSON.stringify(value.length > 40 ? value.slice(0, 37) + '...' : value);
    return message('load.schema.given.text', { text });
  }
  // A number as the reader writes it, as the limit beside it is: "từ 0,1 trở lên, hiện là 0,05".
  // Beyond what digits show plainly (1e308), as written.
  if (typeof value === 'number')
    return Math.abs(value) < 1e15
      ? message('load.schema.given.number', { value })
      : message('load.schema.given.written', { text: String(value) });
  if (typeof value === 'boolean' || typeof value === 'bigint')
    return message('load.schema.given.scalar', { type: typeof value, text: String(value) });
  return message('load.schema.given.kind', { type: typeof value }); // a symbol or a function: never parsed from YAML
}
