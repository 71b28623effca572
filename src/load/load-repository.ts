import type { Finding } from '../findings/finding.js';
import { compareFindings } from '../findings/finding.js';
import { finding } from '../findings/catalogue.js';
import type { Catalog } from '../model/catalog.js';
import { type CurriculumDocument, buildCatalog } from './build-catalog.js';
import { type DiscoverOptions, discover } from './discover.js';
import { type LocationIndex, indexLocations, locate } from './locate.js';
import { parseYaml } from './parse.js';
import { readText } from './read.js';
import { type SourceText, makeSource } from './source.js';
import { type DocumentKind, documentKinds, validateSchema } from './validate-schema.js';
import { closest } from './text-distance.js';

export interface LoadStats {
  readonly files: number;
  readonly programmes: number;
  readonly modules: number;
  readonly hours: number;
}

export interface LoadResult {
  /** Every file read, as shown to users. */
  readonly files: readonly string[];
  /** Paths or globs that matched nothing (a usage error for the command to report). */
  readonly unmatched: readonly string[];
  /** Files skipped as not curriculum (no `kind`, or empty). */
  readonly skipped: readonly string[];
  /** Every problem found, in a stable order. */
  readonly findings: readonly Finding[];
  /** Present only when the repository has no error: analysis needs a whole, valid model. */
  readonly catalog: Catalog | undefined;
  /** Counts over the documents that matched their schema. */
  readonly stats: LoadStats;
  /** Sources of files with findings, for code frames. */
  readonly sources: ReadonlyMap<string, SourceText>;
}

/** discover → read → parse → validate → Catalog. Collects every problem; never throws on input. */
export async function loadRepository(
  paths: readonly string[],
  options: DiscoverOptions,
): Promise<LoadResult> {
  const discovery = await discover(paths, options);
  const findings: Finding[] = [];
  const documents: CurriculumDocument[] = [];
  const skipped: string[] = [];
  const sources = new Map<string, SourceText>();
  // Documents that exist but failed to load: the rest of the repository is not blamed for
  // their absence (no "no framework", no unresolved refs into them).
  const failedIds = new Set<string>();
  let frameworkFailed = false;
  const failed = (kind: string | undefined, id: unknown) => {
    if (kind === 'framework') frameworkFailed = true;
    else if (kind === 'programme' && typeof id === 'string') failedIds.add(id);
  };

  const texts = readAll(discovery.files);
  for (const file of discovery.files) {
    const read = await texts.next();
    if (!read.ok) {
      findings.push(read.finding);
      continue;
    }
    const source = makeSource(file.display, read.text);
    const parsed = parseYaml(source);
    if (!parsed.ok) {
      findings.push(...parsed.findings);
      sources.set(file.display, source);
      const meant = guessKindAndId(read.text);
      failed(meant.kind, meant.id);
      continue;
    }
    const value = parsed.parsed.value;
    const kind = kindOf(value);
    if (kind === undefined) {
      skipped.push(file.display);
      findings.push(skipFinding(file.display, value));
      continue;
    }
    const where = indexLocations(parsed.parsed);
    if (!(documentKinds as readonly string[]).includes(kind)) {
      findings.push(unknownKind(where, kind));
      sources.set(file.display, source);
      continue;
    }
    const schemaFindings = validateSchema(
      value,
      () => indexLocations(parsed.parsed, { everyItem: true }),
      kind as DocumentKind,
    );
    if (schemaFindings.length > 0) {
      findings.push(...schemaFindings);
      sources.set(file.display, source);
      failed(kind, (value as { id?: unknown }).id);
      continue;
    }
    documents.push({ kind, where, data: value } as CurriculumDocument);
  }

  const fileNames = discovery.files.map((f) => f.display);
  const built = buildCatalog(documents, fileNames, {
    frameworkFailed,
    failedProgrammes: failedIds,
  });
  const sourceOf = new Map(documents.map((d) => [d.where.source.file, d.where.source]));
  for (const f of built.findings) {
    findings.push(f);
    const source = sourceOf.get(f.file);
    if (source) sources.set(f.file, source);
  }
  const hasErrors = findings.some((f) => f.severity === 'error');
  return {
    files: fileNames,
    unmatched: discovery.unmatched,
    skipped,
    findings: findings.sort(compareFindings),
    catalog: hasErrors ? undefined : built.catalog,
    stats: countDocuments(fileNames.length, documents),
    sources,
  };
}

/** Reads ahead a few files while the current one is parsed. */
function readAll(files: readonly { absolute: string; display: string }[]) {
  const ahead = 8;
  const pending = files.slice(0, ahead).map((f) => readText(f.absolute, f.display));
  let next = ahead;
  return {
    async next() {
      const result = await pending.shift()!;
      const f = files[next++];
      if (f) pending.push(readText(f.absolute, f.display));
      return result;
    },
  };
}

/** The document's `kind`; undefined when it has none (not a curriculum file). */
function kindOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if (!Object.hasOwn(value, 'kind')) return undefined;
  const kind = (value as Record<string, unknown>).kind;
  return kind === null || kind === undefined ? '' : String(kind);
}

/** A top-level `kind:` and `id:` read from text that does not parse. */
function guessKindAndId(text: string): { kind?: string; id?: string } {
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*["']?([\\w-]+)`, 'm').exec(text)?.[1];
  const kind = field('kind');
  const id = field('id');
  return { ...(kind ? { kind } : {}), ...(id ? { id } : {}) };
}

function skipFinding(file: string, value: unknown): Finding {
  const what = value === null || value === undefined ? 'empty file' : 'no `kind`';
  return finding(
    'not-curriculum',
    { file, line: 1, column: 1 },
    `${what}: skipped (not a curriculum file)`,
  );
}

function unknownKind(where: LocationIndex, kind: string): Finding {
  const hint = closest(kind, documentKinds);
  const { file, line, column } = locate(where, ['kind']);
  const expected = documentKinds.map((k) => `"${k}"`).join(' or ');
  return finding(
    'schema',
    { file, line, column },
    `unknown kind "${kind}"; expected ${expected}${hint ? ` (did you mean "${hint}"?)` : ''}`,
  );
}

function countDocuments(files: number, documents: readonly CurriculumDocument[]): LoadStats {
  let programmes = 0;
  let modules = 0;
  let hours = 0;
  for (const doc of documents) {
    if (doc.kind !== 'programme') continue;
    programmes++;
    modules += doc.data.modules.length;
    for (const m of doc.data.modules) hours += m.hours;
  }
  return { files, programmes, modules, hours: Math.round(hours * 1000) / 1000 };
}
