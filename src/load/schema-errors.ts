import type { ErrorObject } from 'ajv';
import { type Lang, type LocalText, localText, neutral } from '../model/local-text.js';
import { formatNumber } from '../messages/number-format.js';
import { slugOf } from '../model/slug.js';
import { type DataPath, formatPath } from './locate.js';
import { closest } from './text-distance.js';

/**
 * What an ajv error means, said in every language, the property named by its path (`whole`
 * names the document itself: "tài liệu", "tệp cấu hình"). The one translator of schema
 * errors: curriculum documents and the config file say the same things the same way.
 */
export function describeSchemaError(
  error: ErrorObject,
  path: DataPath,
  root: unknown,
  whole: LocalText = localText('tài liệu', 'the document'),
): LocalText {
  const written = formatPath(path);
  const name = localText(written || whole.vi, written || whole.en);
  const value = valueAt(root, path);
  const p: Record<string, unknown> = error.params;
  const both = (vi: (lang: Lang) => string, en: (lang: Lang) => string) =>
    localText(vi('vi'), en('en'));
  const n = (x: unknown, lang: Lang) =>
    typeof x === 'number' ? formatNumber(x, lang, 6) : String(x);
  const given = givenValue(value);
  switch (error.keyword) {
    case 'required': {
      const key = String(p.missingProperty);
      return localText(
        `${name.vi} thiếu khóa bắt buộc "${key}"`,
        `${name.en} is missing required property "${key}"`,
      );
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const properties: unknown = error.parentSchema?.properties;
      const allowed =
        typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
      const hint = closest(key, allowed);
      return localText(
        `${name.vi} có khóa lạ "${key}"${hint ? `; có phải ý bạn là "${hint}"?` : ` (các khóa được phép: ${allowed.join(', ')})`}`,
        `unknown property "${key}" in ${name.en}${hint ? `; did you mean "${hint}"?` : ` (allowed: ${allowed.join(', ')})`}`,
      );
    }
    case 'type': {
      const type = typeName(String(p.type));
      const colon = p.type === 'string' ? colonText(value) : undefined;
      const hint = colon
        ? localText(
            `; nếu đây là một văn bản có chứa ": ", hãy đặt nó trong dấu ngoặc kép: ${colon}`,
            `; a text that contains ": " must be put in quotes: ${colon}`,
          )
        : localText('', '');
      return localText(
        `${name.vi} phải là ${type.vi}, ${given.vi}${hint.vi}`,
        `${name.en} must be ${type.en}, not ${given.en}${hint.en}`,
      );
    }
    case 'const':
      return localText(
        `${name.vi} phải là "${String(p.allowedValue)}"`,
        `${name.en} must be "${String(p.allowedValue)}"`,
      );
    case 'enum': {
      const allowed = Array.isArray(p.allowedValues) ? p.allowedValues.map(String) : [];
      const hint = typeof value === 'string' ? closest(value, allowed) : undefined;
      return localText(
        `${name.vi} phải là một trong các giá trị ${allowed.join(', ')}${hint ? `; có phải ý bạn là "${hint}"?` : ''}`,
        `${name.en} must be one of ${allowed.join(', ')}${hint ? `; did you mean "${hint}"?` : ''}`,
      );
    }
    case 'pattern':
      return describePattern(name, String(p.pattern), value);
    case 'format': {
      const shown = JSON.stringify(value);
      return localText(
        `${name.vi} ${shown} không đúng định dạng ${String(p.format)}`,
        `${name.en} ${shown} is not a valid ${String(p.format)}`,
      );
    }
    case 'exclusiveMinimum':
      return both(
        (l) => `${name.vi} phải lớn hơn ${n(p.limit, l)}, ${given.vi}`,
        (l) => `${name.en} must be more than ${n(p.limit, l)}, not ${given.en}`,
      );
    case 'minimum':
      return both(
        (l) => `${name.vi} phải từ ${n(p.limit, l)} trở lên, ${given.vi}`,
        (l) => `${name.en} must be at least ${n(p.limit, l)}, not ${given.en}`,
      );
    case 'exclusiveMaximum':
      return both(
        (l) => `${name.vi} phải nhỏ hơn ${n(p.limit, l)}, ${given.vi}`,
        (l) => `${name.en} must be less than ${n(p.limit, l)}, not ${given.en}`,
      );
    case 'maximum':
      return both(
        (l) => `${name.vi} tối đa là ${n(p.limit, l)}, ${given.vi}`,
        (l) => `${name.en} must be at most ${n(p.limit, l)}, not ${given.en}`,
      );
    case 'multipleOf':
      return both(
        (l) => `${name.vi} phải là bội số của ${n(p.multipleOf, l)}, ${given.vi}`,
        (l) => `${name.en} must be a multiple of ${n(p.multipleOf, l)}, not ${given.en}`,
      );
    case 'maxItems': {
      const has = Array.isArray(value) ? value.length : undefined;
      return both(
        (l) =>
          `${name.vi} có ${has === undefined ? 'quá nhiều' : n(has, l)} mục; tối đa ${n(p.limit, l)} mục`,
        (l) =>
          `${name.en} has ${has === undefined ? 'too many' : n(has, l)} items; at most ${n(p.limit, l)} are allowed`,
      );
    }
    case 'minItems':
      return p.limit === 1
        ? localText(`${name.vi} không được rỗng`, `${name.en} must not be empty`)
        : both(
            (l) => `${name.vi} phải có ít nhất ${n(p.limit, l)} mục`,
            (l) => `${name.en} must have at least ${n(p.limit, l)} item${p.limit === 1 ? '' : 's'}`,
          );
    case 'maxLength': {
      const length = typeof value === 'string' ? [...value].length : undefined;
      return both(
        (l) =>
          `${name.vi} dài ${length === undefined ? 'quá' : n(length, l)} ký tự; tối đa ${n(p.limit, l)} ký tự`,
        (l) =>
          `${name.en} is ${length === undefined ? 'too many' : n(length, l)} characters long; at most ${n(p.limit, l)} are allowed`,
      );
    }
    case 'minLength':
      return p.limit === 1 || p.limit === undefined
        ? localText(`${name.vi} không được để trống`, `${name.en} must not be empty`)
        : both(
            (l) => `${name.vi} phải dài ít nhất ${n(p.limit, l)} ký tự`,
            (l) => `${name.en} must be at least ${n(p.limit, l)} characters long`,
          );
    case 'minProperties':
      return both(
        (l) => `${name.vi} phải có ít nhất ${n(p.limit, l)} khóa`,
        (l) =>
          `${name.en} must have at least ${n(p.limit, l)} propert${p.limit === 1 ? 'y' : 'ies'}`,
      );
    case 'maxProperties':
      return both(
        (l) => `${name.vi} chỉ được có tối đa ${n(p.limit, l)} khóa`,
        (l) =>
          `${name.en} must have at most ${n(p.limit, l)} propert${p.limit === 1 ? 'y' : 'ies'}`,
      );
    case 'uniqueItems': {
      const [first, second] = [Number(p.j) + 1, Number(p.i) + 1];
      return localText(
        `${name.vi} có một giá trị lặp lại (mục thứ ${first} và ${second})`,
        `${name.en} lists the same value twice (items ${first} and ${second})`,
      );
    }
    case 'anyOf':
      return localText(
        `${name.vi} phải là một mã (slug) hoặc một ánh xạ có khóa id, ${given.vi}`,
        `${name.en} must be a slug or an object with an id (${given.en} given)`,
      );
    default:
      // A keyword the schemas do not use today: say where, and what the schema says.
      return localText(
        `${name.vi} không đúng định dạng (quy tắc "${error.keyword}" của lược đồ)`,
        `${name.en} ${error.message ?? 'is invalid'}`,
      );
  }
}

function describePattern(name: LocalText, pattern: string, value: unknown): LocalText {
  const shown = JSON.stringify(value);
  if (pattern.includes('/')) {
    return pattern.startsWith('^(')
      ? localText(
          `${name.vi} ${shown} không phải tham chiếu mô-đun (\`chương-trình/mô-đun\` hoặc mã một mô-đun cùng chương trình)`,
          `${name.en} ${shown} is not a module ref (\`programme/module\` or a module id)`,
        )
      : localText(
          `${name.vi} ${shown} không phải tham chiếu bậc (\`nhánh/bậc\`)`,
          `${name.en} ${shown} is not a level ref (\`track/level\`)`,
        );
  }
  if (pattern.startsWith('^[A-Za-z]')) {
    return localText(
      `${name.vi} ${shown} không phải mã ngôn ngữ BCP-47 (ví dụ "vi", "en")`,
      `${name.en} ${shown} is not a BCP-47 language tag (e.g. "vi", "en")`,
    );
  }
  const hint = typeof value === 'string' ? slugOf(value) : '';
  return localText(
    `${name.vi} ${shown} không phải mã hợp lệ (chỉ gồm chữ thường không dấu và chữ số, nối với nhau bằng một dấu gạch ngang${hint ? `, ví dụ "${hint}"` : ''})`,
    `${name.en} ${shown} is not a slug (lower-case letters and digits joined by single dashes${hint ? `, e.g. "${hint}"` : ''})`,
  );
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
export function givenValue(value: unknown): LocalText {
  if (value === null || value === undefined) return localText('hiện đang để trống', 'empty');
  if (Array.isArray(value)) return localText('hiện là một danh sách', 'a list');
  if (typeof value === 'object')
    return localText('hiện là một ánh xạ (khóa: giá trị)', 'a mapping');
  if (typeof value === 'string') {
    const shown = JSON.stringify(value.length > 40 ? value.slice(0, 37) + '...' : value);
    return localText(`hiện là văn bản ${shown}`, `the text ${shown}`);
  }
  // A number as the reader writes it, as the limit beside it is: "từ 0,1 trở lên, hiện là 0,05".
  // Beyond what digits show plainly (1e308), as written.
  if (typeof value === 'number')
    return Math.abs(value) < 1e15
      ? localText(`hiện là ${formatNumber(value, 'vi', 6)}`, formatNumber(value, 'en', 6))
      : localText(`hiện là ${String(value)}`, String(value));
  if (typeof value === 'boolean' || typeof value === 'bigint')
    return localText(`hiện là ${String(value)}`, `${typeof value} ${String(value)}`);
  return neutral(typeof value); // a symbol or a function: never parsed from YAML
}

export function typeName(type: string): LocalText {
  const names: Record<string, LocalText> = {
    object: localText('một ánh xạ (khóa: giá trị)', 'a mapping'),
    array: localText('một danh sách', 'a list'),
    string: localText('một văn bản', 'a text'),
    number: localText('một số', 'a number'),
    integer: localText('một số nguyên', 'a whole number'),
    boolean: localText('true hoặc false', 'true or false'),
    null: localText('để trống', 'empty'),
  };
  return names[type] ?? neutral(type);
}
