import { excerpt } from '../../model/excerpt.js';
import { formatNumber } from '../number-format.js';
import { count } from '../words.js';
import type { Message, Say } from '../types.js';

/** " (file)" after a name, when there is one. */
export function inParentheses(file: string | undefined): string {
  return file === undefined ? '' : ` (${file})`;
}

/** `entries[3]`: an entry of a baseline file, as its problems name it. */
export function entryName(index: number): string {
  return `entries[${String(index)}]`;
}

/** The end of an unknown key's message: a close spelling, else the keys it may be. */
function unknownKeyHint(d: { readonly hint?: string; readonly allowed: readonly string[] }) {
  return d.hint !== undefined
    ? `; did you mean "${d.hint}"?`
    : ` (allowed: ${d.allowed.join(', ')})`;
}

/** English: the messages of the command line (`cli.…`) and of the baseline gate (`gate.…`). */
export const cli = {
  /** Several messages, one a line (each becomes a line of stderr). */
  'cli.lines': (d: { lines: readonly Message[] }, say: Say) => d.lines.map(say).join('\n'),
  /** A warning on stderr, which does not stop the run. */
  'cli.warning': (d: { warning: Message }, say: Say) => `warning: ${say(d.warning)}`,

  // Usage errors: reports asked for on the command line or in the config file.
  'cli.format.no-file': (d: { spec: string }) => `--format ${d.spec}: no file after "="`,
  'cli.format.unknown': (d: { name: string; names: readonly string[] }) =>
    `unknown format "${d.name}"; expected ${d.names.join(', ')}`,
  'cli.format.binary-terminal': (d: { format: string; extension: string }) =>
    `--format ${d.format} writes a binary file, not text for a terminal: give it a file (-o report.${d.extension}) or pipe it`,
  'cli.outputs.one-stdout': (d: { formats: readonly string[] }) =>
    `only one report can go to stdout, not ${d.formats.join(' and ')}; give the others a file (--format name=file or -o file)`,
  'cli.outputs.same-file': (d: { file: string }) => `${d.file} is named for two reports`,
  'cli.outputs.one-file': (d: { first: string; file: string }) =>
    `${d.first} and ${d.file} are one file, named for two reports`,
  'cli.validate.format-refused': (d: { format: string; file?: string }) =>
    `validate writes text (console) or JSON, not ${d.format}${inParentheses(d.file)}; analyze writes the ${d.format} report`,
  'cli.baseline.needs-file': (d: { flag: string }) =>
    `${d.flag} needs a baseline file: --baseline FILE, or baseline: in the config file`,

  // The paths to read.
  'cli.load.no-yaml-files': 'no YAML files found',
  'cli.load.no-yaml-in': (d: { path: string }) =>
    `no YAML files in "${d.path}" (or all are ignored)`,
  'cli.load.no-yaml-match': (d: { path: string }) => `no YAML files match "${d.path}"`,
  'cli.load.no-such-path': (d: { path: string }) => `no such file or folder: "${d.path}"`,
  'cli.load.ignore-unused': (d: { glob: string }) =>
    `--ignore "${d.glob}" matched no file (globs are matched inside the folder being read)`,

  // Writing a report or a baseline file.
  'cli.write.cannot-write': (d: { path: string; reason: Message }, say: Say) =>
    `cannot write ${d.path}: ${say(d.reason)}`,
  'cli.write.stdout-failed': (d: { reason: Message }, say: Say) =>
    `cannot write the report to standard output: ${say(d.reason)}`,
  'cli.write.folder': (d: { path: string }) => `folder ${d.path}`,
  'cli.write.not-a-folder': (d: { path: string }) => `${d.path} is not a folder`,
  'cli.write.symbolic-link': 'is a symbolic link; give the real file',
  'cli.write.is-folder': 'is a folder; give a file name',
  'cli.write.special-file': (d: { kind: Message }, say: Say) =>
    `is ${say(d.kind)}, not a regular file`,
  'cli.write.input-file': 'is one of the input files; choose another output file',
  'cli.write.read-only': 'is read-only',
  'cli.write.run-file': (d: { what: Message }, say: Say) =>
    `it is ${say(d.what)} of this run; choose another output file`,
  'cli.run-file.baseline': 'the baseline file',
  'cli.run-file.config': 'the config file',
  /** A path that ends in a slash, where a file is wanted (`-o out/`, `output: out/`). */
  'cli.path.names-folder': 'names a folder; give a file name',

  // A system error met while writing, in words, with its code for searching.
  'cli.write-error': (d: { reason: Message; code: string; subject?: Message }, say: Say) =>
    `${d.subject === undefined ? '' : `${say(d.subject)} `}${say(d.reason)} (${d.code})`,
  'cli.write-error.enoent': 'does not exist',
  'cli.write-error.enotdir': 'a part of the path is a file, not a folder',
  'cli.write-error.eacces': 'permission denied',
  'cli.write-error.eperm': 'operation not permitted',
  'cli.write-error.erofs': 'read-only file system',
  'cli.write-error.enospc': 'no space left on device',
  'cli.write-error.edquot': 'disk quota exceeded',
  'cli.write-error.eisdir': 'is a folder',
  'cli.write-error.enametoolong': 'file name too long',
  'cli.write-error.eexist': 'a temporary file of that name already exists',

  // The config file.
  'cli.config.not-found': (d: { file: string }) => `config file ${d.file} not found`,
  'cli.config.two-files': (d: { a: string; b: string }) =>
    `two config files in one folder: ${d.a} and ${d.b}; keep one`,
  'cli.config.ignored': (d: { file: string; reason: Message }, say: Say) =>
    `ignoring the config file ${d.file}: ${say(d.reason)}; to use it, name it with --config ${d.file}`,
  'cli.config.symbolic-link': (d: { file: string }) =>
    `the config file ${d.file} is a symbolic link: not read (name the file it points to with --config)`,
  'cli.config.invalid': (d: { file: string }) => `invalid config file ${d.file}`,
  'cli.config.other-owner': (d: { uid: number }) =>
    `it belongs to another user (uid ${String(d.uid)})`,
  'cli.config.folder-writable': 'its folder is writable by everyone, without the sticky bit',
  /** The config file, as the reader's and the schema's messages name it. */
  'cli.config.what': 'a config file',
  'cli.config.whole': 'the config file',
  'cli.baseline.what': 'a baseline file',
  'cli.config.not-a-mapping': (d: { given: Message }, say: Say) =>
    `the config file must be a mapping, not ${say(d.given)}`,
  'cli.config.beside-reports': (d: { key: string }) =>
    `\`${d.key}\` cannot stand beside \`reports\`: give either \`reports\` or \`format\`/\`output\`, not both`,
  'cli.config.fixed-rule': (d: { rule: string }) =>
    `the severity of rule "${d.rule}" cannot be changed: it reports input that cannot be read or breaks the format, which leaves the document out of the analysis`,
  'cli.config.unknown-rule': (d: { rule: string; hint?: string }) =>
    `unknown rule "${d.rule}"${d.hint === undefined ? '' : `; did you mean "${d.hint}"?`}`,
  'cli.config.unknown-option': (d: { key: string; hint?: string; allowed: readonly string[] }) =>
    `unknown option ${excerpt(d.key)}${unknownKeyHint(d)}`,
  'cli.config.unknown-property': (d: {
    key: string;
    where: string;
    hint?: string;
    allowed: readonly string[];
  }) => `unknown property ${excerpt(d.key)} in ${d.where}${unknownKeyHint(d)}`,
  /** A path of the config file that may not be written to (docs/security.md). */
  'cli.config.unsafe-path': (d: { name: string; path: string; problem: Message }, say: Say) =>
    `${d.name} ${excerpt(d.path)}: ${say(d.problem)}`,
  'cli.config.path-absolute': "must be a path relative to the config file's folder",
  'cli.config.path-climbs': 'may not climb out of the config file\'s folder ("..")',
  'cli.config.path-hidden': (d: { name: string }) =>
    `may not name a hidden file or folder (${excerpt(d.name)}), where git and other tools keep their own files`,
  'cli.config.path-link-out':
    "leads through a symbolic link out of the config file's folder or into a hidden folder",

  // The baseline file.
  'cli.baseline.not-found': (d: { file: string }) =>
    `baseline file ${d.file} not found; create it with --update-baseline`,
  'cli.baseline.invalid': (d: { file: string }) =>
    `invalid baseline file ${d.file}; fix it or write it again with --update-baseline`,
  'cli.baseline.invalid-kept': (d: { file: string }) =>
    `invalid baseline file ${d.file}, so it is not written over; fix it (a merge conflict?), or remove it to record a new one`,
  'cli.baseline.not-json':
    'not valid JSON (a trailing comma, a comment, single quotes?); a baseline file is JSON',
  'cli.baseline.not-written': (d: { path: string; files: number; update: boolean }) =>
    `the baseline ${d.path} was not ${d.update ? 'updated' : 'pruned'}: ${formatNumber(d.files, 'en')} input ${d.files === 1 ? 'file has' : 'files have'} errors (see below), and a baseline written now would lose their findings; fix ${d.files === 1 ? 'it' : 'them'} and run again`,

  // The baseline's data (src/gate/baseline-data.ts) and its stale entries.
  'gate.baseline.not-an-object':
    'a baseline file must be a JSON object with `version` and `entries`',
  'gate.baseline.unknown-property': (d: { key: string }) => `unknown property ${excerpt(d.key)}`,
  'gate.baseline.newer-version': (d: { version: number }) =>
    `baseline version ${String(d.version)} was written by a newer curriculum-dedup; upgrade the tool`,
  'gate.baseline.version': (d: { version: number }) => `\`version\` must be ${String(d.version)}`,
  'gate.baseline.entries-not-a-list': '`entries` must be a list',
  'gate.baseline.entry-not-an-object': (d: { index: number }) =>
    `${entryName(d.index)} must be an object`,
  'gate.baseline.entry-unknown-property': (d: { index: number; key: string }) =>
    `unknown property ${excerpt(d.key)} in ${entryName(d.index)}`,
  'gate.baseline.entry-missing': (d: { index: number; property: string }) =>
    `${entryName(d.index)} is missing required property "${d.property}"`,
  'gate.baseline.about-or-file': (d: { index: number }) =>
    `${entryName(d.index)} must have exactly one of \`about\` and \`file\``,
  /** A field of an entry that is wrong: `entries[3].count must be…`. */
  'gate.baseline.field': (d: { index: number; field: string; problem: Message }, say: Say) =>
    `${entryName(d.index)}.${d.field} ${say(d.problem)}`,
  'gate.baseline.field.rule-id': 'must be a rule id',
  'gate.baseline.field.unknown-rule': (d: { rule: string }) =>
    `${excerpt(d.rule)} is no rule's id (see docs/rules)`,
  'gate.baseline.field.text': 'must be a text',
  'gate.baseline.field.count': 'must be a whole number of at least 1',
  'gate.baseline.field.fingerprint': 'must be 64 hexadecimal digits (sha256)',
  'gate.baseline.field.about': 'must be a non-empty list of keys',
  'gate.baseline.field.file': 'must be a file path',
  'gate.baseline.stale': (d: { rule: string; what: string; count: number }) =>
    `Baseline entry no longer found: ${d.rule} (${d.what}), recorded ${count(d.count, 'noun.time', 'en')}; ` +
    'run again with --prune-baseline to remove it.',
  'gate.baseline.changed': (d: { rule: string; what: string; count: number }) =>
    `Finding in the baseline changed: ${d.rule} (${d.what}), recorded ${count(d.count, 'noun.time', 'en')}, is still found, but what it is about has changed; ` +
    'review it, then run again with --update-baseline to accept it as it is now.',
  'cli.init.exists': (d: { files: readonly string[] }) =>
    `init never writes over a file, and these exist: ${d.files.join(', ')}; run it in an empty folder`,
  'cli.init.made': (d: { folder: string; files: readonly string[] }) =>
    [
      `Made a curriculum repository in ${d.folder}:`,
      ...d.files.map((f) => `  ${f}`),
      'The baseline records what the example repository reports today (missing levels, positions nothing qualifies for).',
      'Next: edit framework.yaml, put your programmes in programmes/, then run',
      '  curriculum-dedup validate',
      '  curriculum-dedup analyze',
    ].join('\n'),
  'cli.init.check-failed': (d: { code: number }) =>
    `the repository made does not pass its own check (exit ${d.code}): please report it`,
};
