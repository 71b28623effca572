import type { Lang } from '../../model/lang.js';
import { formatFixed, formatNumber } from '../number-format.js';
import { hoursNoun, nounForm } from '../words.js';
import type { Message, Say } from '../types.js';

/**
 * The property a schema problem is about: its path as written (`modules[2].hours`), or, for
 * the document itself, `whole` ("the config file"; "the document" when not given).
 */
export interface Named {
  readonly path: string;
  readonly whole?: Message;
}

const theDocument: Message = { id: 'load.schema.document' };
const name = (d: Named, say: Say) => d.path || say(d.whole ?? theDocument);

/** A schema's limit as the reader writes numbers ("10,000"); anything else as it is. */
export const limitText = (limit: number | string, lang: Lang) =>
  typeof limit === 'number' ? formatNumber(limit, lang, 6) : limit;

/** 67108864 → "64.0 MiB" (en), "64,0 MiB" (vi). */
export const mib = (bytes: number, lang: Lang) =>
  `${formatFixed(bytes / 1024 / 1024, lang, 1)} MiB`;

/** A byte as the reader of a hex editor writes it: 0xe9 → "E9". */
export const hexByte = (byte: number) => byte.toString(16).toUpperCase().padStart(2, '0');

const didYouMean = (hint: string | undefined) => (hint ? `; did you mean "${hint}"?` : '');

/** A JSON Schema type by the name its reader knows ("a list", not "array"). */
const typeNames: Readonly<Record<string, string>> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'empty',
};
const typeName = (type: string) => (Object.hasOwn(typeNames, type) ? typeNames[type] : type);

/** English: what reading, parsing and checking curriculum files finds wrong. */
export const load = {
  /** Text the tool only passes on (a parser's or the system's words). */
  'load.verbatim': (d: { text: string }) => d.text,

  // Reading a file (src/load/read.ts).
  'load.read.not-regular': (d: { kind: Message }, say: Say) =>
    `${say(d.kind)}, not a regular file: not read`,
  'load.read.too-large': (d: { limit: number; what: Message }, say: Say) =>
    `file is over the ${mib(d.limit, 'en')} limit for ${say(d.what)}`,
  'load.read.what.curriculum-file': 'one curriculum file',
  'load.read.unreadable': (d: { why: Message }, say: Say) => `cannot be read: ${say(d.why)}`,
  'load.read.utf16': 'UTF-16 text; save the file as UTF-8',
  'load.read.binary': 'binary file (contains a NUL byte), not YAML text',
  'load.read.invalid-utf8': (d: { byte: number }) =>
    `invalid UTF-8 (byte 0x${hexByte(d.byte)}); save the file as UTF-8`,
  'load.read.kind.folder': 'a folder',
  'load.read.kind.fifo': 'a FIFO (named pipe)',
  'load.read.kind.device': 'a device',
  'load.read.kind.socket': 'a socket',
  'load.read.kind.special': 'a special file',
  'load.system.eacces': 'permission denied (EACCES)',
  'load.system.eperm': 'operation not permitted (EPERM)',
  'load.system.enoent': 'the file no longer exists (ENOENT)',
  'load.system.eloop': 'too many symbolic links (ELOOP)',
  'load.system.eio': 'input/output error (EIO)',
  'load.system.enxio': 'no such device (ENXIO)',
  'load.system.eisdir': 'it is a folder (EISDIR)',

  // Finding the files (src/load/discover.ts, src/load/load-repository.ts).
  'load.discover.broken-link': 'broken symbolic link: its target does not exist',
  'load.discover.link-outside':
    'symbolic link to a file outside the folder being read: not read (name the file itself to read it)',
  'load.discover.link-hidden':
    'symbolic link to a hidden file or into a hidden folder (such as .git): not read (name the file itself to read it)',
  'load.folder-unreadable': (d: { why: Message }, say: Say) =>
    `folder cannot be read: ${say(d.why)}; the files in it were not checked`,

  // What a file is (src/load/load-file.ts, src/load/long-words.ts).
  'load.file.empty': 'empty file: skipped (not a curriculum file)',
  'load.file.no-kind': 'no `kind`: skipped (not a curriculum file)',
  'load.file.kind-not-scalar': (d: { kinds: readonly string[]; type: string }) =>
    `kind must be ${d.kinds.map((k) => `"${k}"`).join(' or ')}, not ${typeName(d.type)}`,
  'load.file.unknown-kind': (d: { kind: string; kinds: readonly string[]; hint?: string }) =>
    `unknown kind "${d.kind}"; expected ${d.kinds.map((k) => `"${k}"`).join(' or ')}${d.hint ? ` (did you mean "${d.hint}"?)` : ''}`,
  'load.long-word': (d: { path: string; max: number; word: string }) =>
    `${d.path} has a word of more than ${formatNumber(d.max, 'en')} characters ("${d.word}…"); put spaces between words`,

  // YAML syntax (src/load/parse.ts).
  'load.yaml.expected-module-item': 'expected a list item of `modules`',
  'load.yaml.unclosed-quote': (_d: { quote: string }) => 'this quoted text is never closed',
  'load.yaml.unclosed-bracket': (d: { bracket: string }) => `this "${d.bracket}" is never closed`,
  'load.yaml.too-many-aliases': (d: { max: number }) =>
    `aliases expand to more than ${d.max} copies; a curriculum file never needs that`,
  'load.yaml.unknown-alias': (d: { alias: string; parser: string }) =>
    d.parser.replace(/^Unresolved alias/, 'unknown alias'),
  'load.yaml.too-deep': (d: { max: number }) => `nesting deeper than ${d.max} levels`,
  'load.yaml.too-many-keys': (d: { max: number }) =>
    `a mapping of more than ${formatNumber(d.max, 'en')} keys; no curriculum document needs that`,
  'load.yaml.complex-key': 'a key must be plain text, not a list or mapping',
  'load.yaml.proto-key': 'the key "__proto__" is not allowed',
  'load.yaml.alias-cycle': (d: { alias: string }) =>
    `the alias *${d.alias} stands inside the node it names (&${d.alias}): a cycle`,

  // YAML slips and the parser's errors (src/load/yaml-errors.ts).
  'load.yaml.dash-missing': (d: { line: number; fix: string }) =>
    `line ${d.line}: a "- " is probably missing, to start a new list item; write "${d.fix}"`,
  'load.yaml.indentation': (d: {
    line: number;
    indent: number;
    expected: number;
    what: string;
    list: boolean;
  }) => {
    const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;
    const siblings = d.list ? 'its sibling list items' : 'its sibling keys';
    const fix =
      d.expected === 0
        ? `${siblings} are not indented; remove the indentation before "${d.what}"`
        : `${siblings} ${d.expected}; indent "${d.what}" by ${spaces(d.expected)}`;
    return `line ${d.line}: indented ${spaces(d.indent)}, ${fix}`;
  },
  'load.yaml.unquoted-colon': (d: { fix: string }) =>
    `a value that contains ": " must be put in quotes; write it as ${d.fix}`,
  'load.yaml.duplicate-key': (d: { key: string }) => `duplicate key ${d.key}`,
  'load.yaml.duplicate-key-unnamed': 'duplicate key',
  'load.yaml.multiple-documents':
    'a curriculum file holds one YAML document; this one has several (---)',
  'load.yaml.tag-mismatch': (d: { tag: string }) => `the value does not fit the tag !!${d.tag}`,
  'load.yaml.unsupported-tag': (d: { tag: string }) => `unsupported tag: ${d.tag}`,
  'load.yaml.too-deep-to-read': (d: { parser: string }) => `nesting too deep: ${d.parser}`,
  /** Any other parser error: its own (English) words, which Vietnamese translates. */
  'load.yaml.parser': (d: { code: string; text: string }) => d.text,

  // Schema errors (src/load/schema-errors.ts); the config file's too (src/cli/config-file.ts).
  'load.schema.document': 'the document',
  'load.schema.required': (d: Named & { key: string }, say: Say) =>
    `${name(d, say)} is missing required property "${d.key}"`,
  'load.schema.unknown-property': (
    d: Named & { key: string; allowed: readonly string[]; hint?: string },
    say: Say,
  ) =>
    `unknown property "${d.key}" in ${name(d, say)}${d.hint ? didYouMean(d.hint) : ` (allowed: ${d.allowed.join(', ')})`}`,
  'load.schema.type': (d: Named & { type: string; given: Message; colon?: string }, say: Say) =>
    `${name(d, say)} must be ${typeName(d.type)}, not ${say(d.given)}${d.colon ? `; a text that contains ": " must be put in quotes: ${d.colon}` : ''}`,
  'load.schema.const': (d: Named & { value: string }, say: Say) =>
    `${name(d, say)} must be "${d.value}"`,
  'load.schema.enum': (d: Named & { allowed: readonly string[]; hint?: string }, say: Say) =>
    `${name(d, say)} must be one of ${d.allowed.join(', ')}${didYouMean(d.hint)}`,
  'load.schema.pattern.module-ref': (d: Named & { value: string }, say: Say) =>
    `${name(d, say)} ${d.value} is not a module ref (\`programme/module\` or a module id)`,
  'load.schema.pattern.level-ref': (d: Named & { value: string }, say: Say) =>
    `${name(d, say)} ${d.value} is not a level ref (\`track/level\`)`,
  'load.schema.pattern.language': (d: Named & { value: string }, say: Say) =>
    `${name(d, say)} ${d.value} is not a BCP-47 language tag (e.g. "vi", "en")`,
  'load.schema.pattern.slug': (d: Named & { value: string; hint?: string }, say: Say) =>
    `${name(d, say)} ${d.value} is not a slug (lower-case letters and digits joined by single dashes${d.hint ? `, e.g. "${d.hint}"` : ''})`,
  'load.schema.format': (d: Named & { value: string; format: string }, say: Say) =>
    `${name(d, say)} ${d.value} is not a valid ${d.format}`,
  'load.schema.exclusive-minimum': (
    d: Named & { limit: number | string; given: Message },
    say: Say,
  ) => `${name(d, say)} must be more than ${limitText(d.limit, 'en')}, not ${say(d.given)}`,
  'load.schema.minimum': (d: Named & { limit: number | string; given: Message }, say: Say) =>
    `${name(d, say)} must be at least ${limitText(d.limit, 'en')}, not ${say(d.given)}`,
  'load.schema.exclusive-maximum': (
    d: Named & { limit: number | string; given: Message },
    say: Say,
  ) => `${name(d, say)} must be less than ${limitText(d.limit, 'en')}, not ${say(d.given)}`,
  'load.schema.maximum': (d: Named & { limit: number | string; given: Message }, say: Say) =>
    `${name(d, say)} must be at most ${limitText(d.limit, 'en')}, not ${say(d.given)}`,
  'load.schema.multiple-of': (d: Named & { limit: number | string; given: Message }, say: Say) =>
    `${name(d, say)} must be a multiple of ${limitText(d.limit, 'en')}, not ${say(d.given)}`,
  'load.schema.max-items': (d: Named & { limit: number | string; count?: number }, say: Say) =>
    `${name(d, say)} has ${d.count === undefined ? 'too many' : limitText(d.count, 'en')} items; at most ${limitText(d.limit, 'en')} are allowed`,
  'load.schema.min-items-empty': (d: Named, say: Say) => `${name(d, say)} must not be empty`,
  'load.schema.min-items': (d: Named & { limit: number | string }, say: Say) =>
    `${name(d, say)} must have at least ${limitText(d.limit, 'en')} item${d.limit === 1 ? '' : 's'}`,
  'load.schema.max-length': (d: Named & { limit: number | string; length?: number }, say: Say) =>
    `${name(d, say)} is ${d.length === undefined ? 'too many' : limitText(d.length, 'en')} characters long; at most ${limitText(d.limit, 'en')} are allowed`,
  'load.schema.min-length-empty': (d: Named, say: Say) => `${name(d, say)} must not be empty`,
  'load.schema.min-length': (d: Named & { limit: number | string }, say: Say) =>
    `${name(d, say)} must be at least ${limitText(d.limit, 'en')} characters long`,
  'load.schema.min-properties': (d: Named & { limit: number | string }, say: Say) =>
    `${name(d, say)} must have at least ${limitText(d.limit, 'en')} propert${d.limit === 1 ? 'y' : 'ies'}`,
  'load.schema.max-properties': (d: Named & { limit: number | string }, say: Say) =>
    `${name(d, say)} must have at most ${limitText(d.limit, 'en')} propert${d.limit === 1 ? 'y' : 'ies'}`,
  'load.schema.unique-items': (d: Named & { first: number; second: number }, say: Say) =>
    `${name(d, say)} lists the same value twice (items ${d.first} and ${d.second})`,
  'load.schema.any-of': (d: Named & { given: Message }, say: Say) =>
    `${name(d, say)} must be a slug or an object with an id (${say(d.given)} given)`,
  /** A keyword the schemas do not use today: where, and what the schema validator says. */
  'load.schema.other': (d: Named & { keyword: string; message?: string }, say: Say) =>
    `${name(d, say)} ${d.message ?? 'is invalid'}`,

  // The value a schema problem found, for "must be X, not …".
  'load.schema.given.empty': 'empty',
  'load.schema.given.list': 'a list',
  'load.schema.given.mapping': 'a mapping',
  'load.schema.given.text': (d: { text: string }) => `the text ${d.text}`,
  'load.schema.given.number': (d: { value: number }) => formatNumber(d.value, 'en', 6),
  /** A number beyond what digits show plainly (1e308), as written. */
  'load.schema.given.written': (d: { text: string }) => d.text,
  'load.schema.given.scalar': (d: { type: string; text: string }) => `${d.type} ${d.text}`,
  'load.schema.given.kind': (d: { type: string }) => d.type,

  // Across files (src/load/build-catalog.ts).
  'load.catalog.first-use': 'first use',
  'load.catalog.no-framework':
    'no framework found: a repository needs one file with `kind: framework`',
  'load.catalog.second-framework': (d: { id: string }) =>
    `a second framework ("${d.id}"); a repository has exactly one`,
  'load.catalog.first-framework': (d: { id: string }) => `first framework "${d.id}"`,
  'load.catalog.id-taken': (d: { id: string; kind: string; file: string }) =>
    `id "${d.id}" is already used by the ${d.kind} in ${d.file}`,
  'load.catalog.first-use-of': (d: { id: string }) => `first use of "${d.id}"`,
  'load.catalog.duplicate-track': (d: { track: string }) => `track id "${d.track}" is used twice`,
  'load.catalog.duplicate-position': (d: { position: string }) =>
    `position id "${d.position}" is used twice`,
  'load.catalog.duplicate-provider': (d: { provider: string }) =>
    `provider id "${d.provider}" is used twice in \`providers\``,
  'load.catalog.duplicate-level': (d: { level: string; track: string }) =>
    `level id "${d.level}" is used twice in track "${d.track}"`,
  'load.catalog.duplicate-module': (d: { module: string; programme: string }) =>
    `module id "${d.module}" is used twice in programme "${d.programme}"`,
  'load.catalog.unknown-track': (d: { track: string; tracks: readonly string[]; hint?: string }) =>
    `track "${d.track}" is not in the framework${d.hint ? didYouMean(d.hint) : ` (tracks: ${d.tracks.join(', ')})`}`,
  'load.catalog.unknown-level': (d: {
    level: string;
    track: string;
    levels: readonly string[];
    hint?: string;
  }) =>
    `level "${d.level}" is not a level of track "${d.track}"${d.hint ? didYouMean(d.hint) : ` (levels: ${d.levels.join(', ')})`}`,
  'load.catalog.hours-mismatch': (d: {
    programme: string;
    declared: number;
    hours: number;
    difference: number;
    periodMinutes: number;
  }) => {
    const n = (x: number) => formatNumber(x, 'en', 2);
    const sign = d.difference > 0 ? '+' : '';
    const units = nounForm(hoursNoun(d.periodMinutes), 'en');
    return `programme "${d.programme}" declares ${n(d.declared)} ${units} but its modules add up to ${n(d.hours)} (${sign}${n(d.difference)})`;
  },
  'load.catalog.unresolved-module': (d: { ref: string; why: Message; hint?: string }, say: Say) =>
    `module ref "${d.ref}" does not resolve: ${say(d.why)}${didYouMean(d.hint)}`,
  'load.catalog.no-such-module': (d: { programme: string; module: string }) =>
    `programme "${d.programme}" has no module "${d.module}"`,
  'load.catalog.no-such-programme': (d: { programme: string }) => `no programme "${d.programme}"`,
  'load.catalog.unresolved-level': (d: { ref: string; why: Message; hint?: string }, say: Say) =>
    `level ref "${d.ref}" does not resolve: ${say(d.why)}${didYouMean(d.hint)}`,
  'load.catalog.no-such-track': (d: { track: string }) => `no track "${d.track}"`,
  'load.catalog.no-such-level': (d: { track: string }) => `track "${d.track}" has no such level`,
};
