import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/rules.js';
import type { CurriculumFramework, Level as LevelDoc } from '../generated/framework.types.js';
import type { TrainingProgramme } from '../generated/programme.types.js';
import type { Catalog, Level, Module, Position, Programme, Track } from '../model/catalog.js';
import { roundHours } from '../model/hours.js';
import type { SourceLocation } from '../model/location.js';
import { compareStrings } from '../model/order.js';
import { type DataPath, type LocationIndex, locate } from './locate.js';
import { closest } from './text-distance.js';

export interface TypedDocument<K extends 'framework' | 'programme'> {
  readonly kind: K;
  readonly where: LocationIndex;
  readonly data: K extends 'framework' ? CurriculumFramework : TrainingProgramme;
}
export type FrameworkDocument = TypedDocument<'framework'>;
export type ProgrammeDocument = TypedDocument<'programme'>;
export type CurriculumDocument = FrameworkDocument | ProgrammeDocument;

export interface CatalogResult {
  /** Undefined when the repository breaks a rule of spec §3: analysis needs all of them. */
  readonly catalog: Catalog | undefined;
  readonly findings: Finding[];
}

/** What failed to load before this stage, so that its absence is not reported again. */
export interface IncompleteInput {
  /** The framework file exists but failed its schema: do not also say it is missing. */
  readonly frameworkFailed: boolean;
  /** Programmes that failed their schema: refs into them are not reported as unresolved. */
  readonly failedProgrammes: ReadonlySet<string>;
}

/** Broken module refs that get a "did you mean" hint; the rest are reported without one. */
export const maxModuleHints = 200;

/**
 * The cross-file rules of spec §3 (exactly one framework, unique ids, refs resolve, hours add
 * up), then the Catalog. Takes documents that already match their schema; every problem is
 * a finding, and the Catalog exists only when there is none.
 */
export function buildCatalog(
  documents: readonly CurriculumDocument[],
  files: readonly string[],
  incomplete: IncompleteInput = { frameworkFailed: false, failedProgrammes: new Set() },
): CatalogResult {
  const checks = new Checks();
  const frameworks = documents.filter((d): d is FrameworkDocument => d.kind === 'framework');
  const programmeDocs = documents
    .filter((d): d is ProgrammeDocument => d.kind === 'programme')
    .sort((a, b) => compareStrings(a.data.id, b.data.id));

  checkFrameworkCount(checks, frameworks, programmeDocs, files, incomplete);
  checkTopLevelIds(checks, [...frameworks, ...programmeDocs]);
  const frameworkDoc = frameworks[0];
  const framework = frameworkDoc ? buildFramework(checks, frameworkDoc) : undefined;
  if (framework) checkProgrammeLevels(checks, framework, programmeDocs);
  const programmes = buildProgrammes(checks, programmeDocs, frameworkDoc?.data.language);
  checkModuleRefs(checks, programmeDocs, programmes, incomplete);

  if (!frameworkDoc || !framework || checks.findings.length > 0) {
    return { catalog: undefined, findings: checks.findings };
  }
  const fw = frameworkDoc.data;
  const catalog: Catalog = {
    framework: {
      id: fw.id,
      title: fw.title,
      language: fw.language,
      periodMinutes: fw.periodMinutes ?? 45,
      location: checks.at(frameworkDoc, []),
    },
    tracks: framework.tracks,
    levels: framework.levels,
    comparable: framework.comparable,
    positions: framework.positions,
    programmes: programmes.list,
    modules: programmes.list.flatMap((p) => p.modules),
    moduleByRef: programmes.moduleByRef,
    files: [...files],
  };
  return { catalog: deepFreeze(catalog), findings: checks.findings };
}

/** The findings of this stage, with the ways every step locates and reports them. */
class Checks {
  readonly findings: Finding[] = [];

  report(...args: Parameters<typeof finding>): void {
    this.findings.push(finding(...args));
  }

  at(doc: CurriculumDocument, path: DataPath, key = false): SourceLocation {
    const { file, line, column } = locate(doc.where, path, { key });
    return { file, line, column };
  }

  /** True for the first use of an id in `seen`; a later use is reported, pointing at the first. */
  firstUse(
    seen: Map<string, DataPath>,
    id: string,
    doc: CurriculumDocument,
    path: DataPath,
    message: string,
  ): boolean {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, path);
      return true;
    }
    this.report('duplicate-id', this.at(doc, path), message, [
      { ...this.at(doc, first), message: 'first use' },
    ]);
    return false;
  }

  /** Whether level `ref` is defined; else an `unresolved-ref` at `path`, with a hint. */
  levelRef(
    doc: CurriculumDocument,
    path: DataPath,
    ref: string,
    levels: ReadonlyMap<string, Level>,
    trackIds: ReadonlySet<string>,
  ): boolean {
    if (levels.has(ref)) return true;
    this.report('unresolved-ref', this.at(doc, path), unresolvedLevel(ref, levels, trackIds));
    return false;
  }
}

function checkFrameworkCount(
  checks: Checks,
  frameworks: readonly FrameworkDocument[],
  programmeDocs: readonly ProgrammeDocument[],
  files: readonly string[],
  incomplete: IncompleteInput,
): void {
  const [first, ...extra] = frameworks;
  if (first === undefined && !incomplete.frameworkFailed) {
    const firstProgramme = programmeDocs[0];
    const where = firstProgramme
      ? checks.at(firstProgramme, ['kind'])
      : { file: files[0] ?? '.', line: 1, column: 1 };
    checks.report(
      'framework-count',
      where,
      'no framework found: a repository needs one file with `kind: framework`',
    );
  }
  if (first === undefined) return;
  for (const doc of extra) {
    checks.report(
      'framework-count',
      checks.at(doc, ['kind']),
      `a second framework ("${doc.data.id}"); a repository has exactly one`,
      [{ ...checks.at(first, ['kind']), message: `first framework "${first.data.id}"` }],
    );
  }
}

/** Programme and framework ids share one namespace (spec §3). */
function checkTopLevelIds(checks: Checks, documents: readonly CurriculumDocument[]): void {
  const seen = new Map<string, CurriculumDocument>();
  for (const doc of documents) {
    const previous = seen.get(doc.data.id);
    if (previous === undefined) {
      seen.set(doc.data.id, doc);
      continue;
    }
    checks.report(
      'duplicate-id',
      checks.at(doc, ['id']),
      `id "${doc.data.id}" is already used by the ${previous.kind} in ${previous.where.source.file}`,
      [{ ...checks.at(previous, ['id']), message: `first use of "${doc.data.id}"` }],
    );
  }
}

interface BuiltFramework {
  readonly tracks: Track[];
  /** By level ref `track/level`. */
  readonly levels: Map<string, Level>;
  readonly trackIds: ReadonlySet<string>;
  readonly comparable: string[][];
  readonly positions: Position[];
}

/** Tracks and their ordered levels, comparable levels and positions, with their own checks. */
function buildFramework(checks: Checks, doc: FrameworkDocument): BuiltFramework {
  const fw = doc.data;
  const levels = new Map<string, Level>();
  const tracks: Track[] = [];
  const trackIds = new Map<string, DataPath>();
  fw.tracks.forEach((track, t) => {
    const path = ['tracks', t, 'id'];
    if (!checks.firstUse(trackIds, track.id, doc, path, `track id "${track.id}" is used twice`))
      return;
    const trackLevels = buildLevels(checks, doc, track, t, levels);
    tracks.push({
      id: track.id,
      title: track.title,
      levels: trackLevels,
      location: checks.at(doc, ['tracks', t]),
    });
  });
  const knownTracks = new Set(trackIds.keys());
  const levelRef = (ref: string, path: DataPath) =>
    checks.levelRef(doc, path, ref, levels, knownTracks);

  const comparable: string[][] = [];
  (fw.comparable ?? []).forEach((group, g) => {
    const resolved = group.map((ref, i) => levelRef(ref, ['comparable', g, i]));
    if (resolved.every(Boolean)) comparable.push([...group]);
  });

  const positions: Position[] = [];
  const positionIds = new Map<string, DataPath>();
  (fw.positions ?? []).forEach((position, p) => {
    position.requires.forEach((ref, i) => levelRef(ref, ['positions', p, 'requires', i]));
    const path = ['positions', p, 'id'];
    const message = `position id "${position.id}" is used twice`;
    if (!checks.firstUse(positionIds, position.id, doc, path, message)) return;
    positions.push({
      id: position.id,
      title: position.title,
      requires: [...position.requires],
      learnersPerYear: position.learnersPerYear,
      location: checks.at(doc, ['positions', p]),
    });
  });
  return { tracks, levels, trackIds: knownTracks, comparable, positions };
}

/** The levels of the track at index `t`, lowest first, each added to `levels` by its ref. */
function buildLevels(
  checks: Checks,
  doc: FrameworkDocument,
  track: FrameworkDocument['data']['tracks'][number],
  t: number,
  levels: Map<string, Level>,
): Level[] {
  const trackLevels: Level[] = [];
  const levelIds = new Map<string, DataPath>();
  track.levels.forEach((levelDoc: LevelDoc, l) => {
    const written = typeof levelDoc === 'string';
    const id = written ? levelDoc : levelDoc.id;
    const path = written ? ['tracks', t, 'levels', l] : ['tracks', t, 'levels', l, 'id'];
    const message = `level id "${id}" is used twice in track "${track.id}"`;
    if (!checks.firstUse(levelIds, id, doc, path, message)) return;
    const level: Level = {
      ref: `${track.id}/${id}`,
      track: track.id,
      id,
      title: written ? id : (levelDoc.title ?? id),
      rank: trackLevels.length,
      location: checks.at(doc, ['tracks', t, 'levels', l]),
    };
    trackLevels.push(level);
    levels.set(level.ref, level);
  });
  return trackLevels;
}

/** Each programme's track and level exist, and so does every level it satisfies. */
function checkProgrammeLevels(
  checks: Checks,
  framework: BuiltFramework,
  programmeDocs: readonly ProgrammeDocument[],
): void {
  const { levels, trackIds } = framework;
  for (const doc of programmeDocs) {
    const pr = doc.data;
    if (!trackIds.has(pr.track)) {
      const hint = closest(pr.track, trackIds);
      checks.report(
        'unresolved-ref',
        checks.at(doc, ['track']),
        `track "${pr.track}" is not in the framework${hint ? `; did you mean "${hint}"?` : ` (tracks: ${[...trackIds].join(', ')})`}`,
      );
    } else if (!levels.has(`${pr.track}/${pr.level}`)) {
      const inTrack = [...levels.values()].filter((l) => l.track === pr.track).map((l) => l.id);
      const hint = closest(pr.level, inTrack);
      checks.report(
        'unresolved-ref',
        checks.at(doc, ['level']),
        `level "${pr.level}" is not a level of track "${pr.track}"${hint ? `; did you mean "${hint}"?` : ` (levels: ${inTrack.join(', ')})`}`,
      );
    }
    (pr.satisfies ?? []).forEach((ref, i) =>
      checks.levelRef(doc, ['satisfies', i], ref, levels, trackIds),
    );
  }
}

interface BuiltProgrammes {
  /** Sorted by id; a second programme with an id already used stays out. */
  readonly list: Programme[];
  readonly moduleByRef: Map<string, Module>;
  /** Every programme id written, duplicates included. */
  readonly ids: ReadonlySet<string>;
}

/** Programmes and their modules (module ids unique within a programme; hours add up). */
function buildProgrammes(
  checks: Checks,
  programmeDocs: readonly ProgrammeDocument[],
  frameworkLanguage: string | undefined,
): BuiltProgrammes {
  const list: Programme[] = [];
  const moduleByRef = new Map<string, Module>();
  const ids = new Set<string>();
  for (const doc of programmeDocs) {
    const pr = doc.data;
    // A second programme with the same id (already reported) is checked all the same, but
    // stays out of the model.
    const duplicate = ids.has(pr.id);
    ids.add(pr.id);
    const language = pr.language ?? frameworkLanguage;
    const modules = buildModules(checks, doc, language);
    const hours = roundHours(pr.modules.reduce((sum, m) => sum + m.hours, 0));
    if (pr.hours !== undefined && roundHours(pr.hours) !== hours) {
      const difference = roundHours(hours - pr.hours);
      checks.report(
        'hours-mismatch',
        checks.at(doc, ['hours']),
        `programme "${pr.id}" declares ${pr.hours} hours but its modules add up to ${hours} (${difference > 0 ? '+' : ''}${difference})`,
      );
    }
    if (duplicate) continue;
    for (const module of modules) moduleByRef.set(module.ref, module);
    list.push({
      id: pr.id,
      title: pr.title,
      track: pr.track,
      level: pr.level,
      levelRef: `${pr.track}/${pr.level}`,
      satisfies: [...(pr.satisfies ?? [])],
      provider: pr.provider,
      credential: pr.credential,
      audience: pr.audience,
      language,
      source: pr.source,
      hours,
      modules,
      file: doc.where.source.file,
      location: checks.at(doc, []),
    });
  }
  return { list, moduleByRef, ids };
}

function buildModules(
  checks: Checks,
  doc: ProgrammeDocument,
  language: string | undefined,
): Module[] {
  const pr = doc.data;
  const moduleIds = new Map<string, DataPath>();
  const modules: Module[] = [];
  pr.modules.forEach((m, i) => {
    const message = `module id "${m.id}" is used twice in programme "${pr.id}"`;
    if (!checks.firstUse(moduleIds, m.id, doc, ['modules', i, 'id'], message)) return;
    modules.push({
      ref: `${pr.id}/${m.id}`,
      id: m.id,
      programme: pr.id,
      title: m.title,
      hours: m.hours,
      part: m.part,
      activity: m.activity ?? 'lesson',
      description: m.description,
      topics: m.topics ?? [],
      outcomes: m.outcomes ?? [],
      requires: (m.requires ?? []).map((r) => fullModuleRef(pr.id, r)),
      requireLocations: (m.requires ?? []).map((_, r) =>
        checks.at(doc, ['modules', i, 'requires', r]),
      ),
      language,
      location: checks.at(doc, ['modules', i]),
    });
  });
  return modules;
}

/** A module ref as written (`module` inside its programme, or `programme/module`), in full. */
function fullModuleRef(programmeId: string, ref: string): string {
  return ref.includes('/') ? ref : `${programmeId}/${ref}`;
}

/**
 * Every prerequisite names a module that exists. "Did you mean" hints compare a ref with the
 * modules of its programme (else every module), for the first `maxModuleHints` broken refs:
 * they show the pattern of a mistake without making thousands of broken refs cost refs ×
 * modules comparisons.
 */
function checkModuleRefs(
  checks: Checks,
  programmeDocs: readonly ProgrammeDocument[],
  programmes: BuiltProgrammes,
  incomplete: IncompleteInput,
): void {
  const { moduleByRef, ids } = programmes;
  const modulesOf = new Map<string, string[]>();
  for (const ref of moduleByRef.keys()) {
    const programmeId = ref.slice(0, ref.indexOf('/'));
    const refs = modulesOf.get(programmeId);
    if (refs) refs.push(ref);
    else modulesOf.set(programmeId, [ref]);
  }
  let hintsLeft = maxModuleHints;
  for (const doc of programmeDocs) {
    doc.data.modules.forEach((m, i) => {
      (m.requires ?? []).forEach((ref, r) => {
        const full = fullModuleRef(doc.data.id, ref);
        if (moduleByRef.has(full)) return;
        const programmeId = full.slice(0, full.indexOf('/'));
        if (incomplete.failedProgrammes.has(programmeId)) return;
        const hint =
          hintsLeft-- > 0
            ? closest(full, modulesOf.get(programmeId) ?? moduleByRef.keys())
            : undefined;
        const why = ids.has(programmeId)
          ? `programme "${programmeId}" has no module "${full.slice(programmeId.length + 1)}"`
          : `no programme "${programmeId}"`;
        checks.report(
          'unresolved-ref',
          checks.at(doc, ['modules', i, 'requires', r]),
          `module ref "${ref}" does not resolve: ${why}${hint ? `; did you mean "${hint}"?` : ''}`,
        );
      });
    });
  }
}

function unresolvedLevel(
  ref: string,
  levels: ReadonlyMap<string, Level>,
  trackIds: ReadonlySet<string>,
): string {
  const [track] = ref.split('/');
  const hint = closest(ref, levels.keys());
  const why =
    track && !trackIds.has(track) ? `no track "${track}"` : `track "${track}" has no such level`;
  return `level ref "${ref}" does not resolve: ${why}${hint ? `; did you mean "${hint}"?` : ''}`;
}

function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || Object.isFrozen(v)) continue;
    if (v instanceof Map) for (const x of v.values()) stack.push(x);
    else for (const x of Object.values(v)) stack.push(x);
    Object.freeze(v);
  }
  return value;
}
