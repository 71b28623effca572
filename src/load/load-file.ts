import type { Finding } from '../findings/finding.js';
import { finding } from '../rules/loader-rules.js';
import { message } from '../messages/catalogue.js';
import type { CurriculumDocument } from './build-catalog.js';
import type { DiscoveredFile } from './discover.js';
import { type LocationIndex, locate } from './locate.js';
import { longWords } from './long-words.js';
import { parseYaml } from './parse.js';
import { type FileIdentity, type ReadResult, readText } from './read.js';
import { type PartialProgramme, salvageProgramme } from './salvage.js';
import { type SourceText, makeSource } from './source.js';
import { closest } from './text-distance.js';
import { type DocumentKind, checkDocument, documentKinds } from './validate-schema.js';

/** `language` and `periodMinutes` as a framework document writes them. */
export interface FrameworkSettings {
  readonly language?: string;
  readonly periodMinutes?: number;
}

/**
 * What reading, parsing and checking one file gave: a valid document, a file skipped as not
 * curriculum, a file that failed (with what it meant to be, so that the rest of the repository
 * is not blamed for its absence), or one that could not be read. Plain data, so that it can
 * be made on another thread.
 */
export type FileOutcome = {
  readonly file: string;
  readonly findings: readonly Finding[];
  readonly identity?: FileIdentity;
  /** The source of a file with findings, for code frames. */
  readonly source?: SourceText;
  /** What a framework document (valid or not) says of its language and period. */
  readonly framework?: FrameworkSettings;
} & (
  | { readonly type: 'document'; readonly document: CurriculumDocument }
  | { readonly type: 'skipped' }
  | {
      readonly type: 'failed';
      readonly kind: string | undefined;
      readonly id: unknown;
      /** What can be read of a programme that failed its schema: its refs are checked too. */
      readonly broken?: PartialProgramme;
    }
  | { readonly type: 'unreadable' }
);

/** Reads a file (never rejects: a refused or unreadable file is a finding). */
export function readFile(f: DiscoveredFile): Promise<ReadResult> {
  return f.refused === undefined
    ? readText(f.absolute, f.display)
    : Promise.resolve({
        ok: false,
        finding: finding('unreadable-file', { file: f.display, line: 1, column: 1 }, f.refused),
      });
}

/**
 * The files read in order, a few ahead of the one being used: parsing one file on this thread
 * overlaps with reading the next ones (the reads go to libuv's thread pool).
 */
export async function* readAhead<F extends DiscoveredFile>(
  files: readonly F[],
  ahead = 8,
): AsyncGenerator<readonly [F, ReadResult]> {
  const pending = files.slice(0, ahead).map(readFile);
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const read = pending.shift();
    if (file === undefined || read === undefined) throw new Error('read past the last file');
    const next = files[i + ahead];
    if (next) pending.push(readFile(next));
    yield [file, await read];
  }
}

/** read → parse → check, for one file: the work of one file, on whatever thread. */
export function loadFile(file: string, read: ReadResult): FileOutcome {
  if (!read.ok) return { type: 'unreadable', file, findings: [read.finding] };
  const { identity } = read;
  const source = makeSource(file, read.text);
  const parsed = parseYaml(source);
  if (!parsed.ok) {
    const meant = guessKindAndId(read.text);
    return {
      type: 'failed',
      file,
      identity,
      source,
      findings: parsed.findings,
      kind: meant.kind,
      id: meant.id,
      ...(meant.kind === 'framework'
        ? { framework: meant.language === undefined ? {} : { language: meant.language } }
        : {}),
    };
  }
  const value = parsed.parsed.value;
  const kind = kindOf(value);
  if (kind === undefined)
    return { type: 'skipped', file, identity, findings: [skipFinding(file, value)] };
  const where = parsed.parsed.locations();
  if (!isDocumentKind(kind.value)) {
    return {
      type: 'failed',
      file,
      identity,
      source,
      findings: [unknownKind(where, kind.value)],
      // What it most likely meant (`programe`): refs into it are then not blamed on others.
      kind: typeof kind.value === 'string' ? closest(kind.value, documentKinds) : undefined,
      id: idOf(value),
    };
  }
  const framework = kind.value === 'framework' ? { framework: frameworkSettings(value) } : {};
  // Indexing every topic and outcome costs a second pass (for a large file, a second parse):
  // done only when a schema error or a long word must be located, and at most once.
  let everyItemIndex: LocationIndex | undefined;
  const everyItem = () => (everyItemIndex ??= parsed.parsed.locations({ everyItem: true }));
  const checked = checkDocument(value, kind.value, where, everyItem);
  const problems = checked.ok ? longWords(value, everyItem) : checked.findings;
  if (!checked.ok || problems.length > 0) {
    return {
      type: 'failed',
      file,
      identity,
      source,
      findings: problems,
      kind: kind.value,
      id: idOf(value),
      ...framework,
      // Its refs are indexed without `everyItem`: salvage reads no topic or outcome.
      ...(kind.value === 'programme' ? { broken: salvageProgramme(value, where) } : {}),
    };
  }
  return {
    type: 'document',
    file,
    identity,
    findings: [],
    document: checked.document,
    ...framework,
  };
}

/** `language` and `periodMinutes` of a framework document, where they are well formed. */
function frameworkSettings(value: unknown): FrameworkSettings {
  if (typeof value !== 'object' || value === null) return {};
  const language = 'language' in value ? value.language : undefined;
  const period = 'periodMinutes' in value ? value.periodMinutes : undefined;
  return {
    ...(typeof language === 'string' && languageTag.test(language) ? { language } : {}),
    ...(typeof period === 'number' && Number.isInteger(period) && period > 0
      ? { periodMinutes: period }
      : {}),
  };
}

/** The schema's pattern for a BCP-47 language tag. */
const languageTag = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** The document's `kind`; undefined when it has none (not a curriculum file). */
function kindOf(value: unknown): { value: unknown } | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if (!Object.hasOwn(value, 'kind') || !('kind' in value)) return undefined;
  return { value: value.kind };
}

/** The document's `id`, whatever it is. */
function idOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'id' in value ? value.id : undefined;
}

function isDocumentKind(kind: unknown): kind is DocumentKind {
  return documentKinds.some((k) => k === kind);
}

/** A top-level `kind:`, `id:` and `language:` read from text that does not parse. */
function guessKindAndId(text: string): { kind?: string; id?: string; language?: string } {
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*["']?([\\w-]+)`, 'm').exec(text)?.[1];
  const kind = field('kind');
  const id = field('id');
  const language = field('language');
  return {
    ...(kind ? { kind } : {}),
    ...(id ? { id } : {}),
    ...(language && languageTag.test(language) ? { language } : {}),
  };
}

function skipFinding(file: string, value: unknown): Finding {
  const empty = value === null || value === undefined;
  return finding(
    'not-curriculum',
    { file, line: 1, column: 1 },
    message(empty ? 'load.file.empty' : 'load.file.no-kind'),
  );
}

function unknownKind(where: LocationIndex, kind: unknown): Finding {
  const { file, line, column } = locate(where, ['kind']);
  const kinds = [...documentKinds];
  if (kind !== null && typeof kind === 'object') {
    return finding(
      'schema',
      { file, line, column },
      message('load.file.kind-not-scalar', {
        kinds,
        type: Array.isArray(kind) ? 'array' : 'object',
      }),
    );
  }
  // A scalar (the kind is no mapping or list here), or nothing.
  const text =
    typeof kind === 'string' || typeof kind === 'number' || typeof kind === 'boolean'
      ? String(kind)
      : '';
  const hint = closest(text, documentKinds);
  return finding(
    'schema',
    { file, line, column },
    message('load.file.unknown-kind', { kind: text, kinds, ...(hint ? { hint } : {}) }),
  );
}
