import type { Finding } from '../findings/finding.js';
import { finding } from '../rules/loader-rules.js';
import { message } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';
import type { CurriculumFramework, Level as LevelDoc } from '../generated/framework.types.js';
import type { TrainingProgramme } from '../generated/programme.types.js';
import type {
  Catalog,
  Level,
  Module,
  Position,
  Programme,
  Provider,
  Track,
} from '../model/catalog.js';
import { roundHours } from '../model/hours.js';
import type { SourceLocation } from '../model/location.js';
import { compareStrings } from '../model/order.js';
import { type DataPath, type LocationIndex, locate } from './locate.js';
import type { PartialProgramme } from './salvage.js';
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
  /**
   * Undefined only when no framework is available (none, or the only one failed its schema).
   * Otherwise built from every valid document, whatever problems the repository has: a
   * programme whose track or level does not resolve, and the second of two uses of an id,
   * stay out; refs that do not resolve are left out of `requires`, `satisfies` and positions.
   */
  readonly catalog: Catalog | undefined;
  readonly findings: Finding[];
}

/** What failed to load before this stage, so that its absence is not reported again. */
export interface IncompleteInput {
  /** The framework file exists but failed its schema: do not also say it is missing. */
  readonly frameworkFailed: boolean;
  /** Programmes that failed their schema: refs into them are not reported as unresolved. */
  readonly failedProgrammes: ReadonlySet<string>;
  /**
   * What could be read of the programmes that failed (their refs, their module ids): their
   * refs are checked like those of valid programmes, so one run reports every error.
   */
  readonly brokenProgrammes?: readonly PartialProgramme[];
}

/** Broken module refs that get a "did you mean" hint; the rest are reported without one. */
export const maxModuleHints = 200;

/**
 * The cross-file rules of the format (docs/format.md §6.5) (exactly one framework, unique ids, refs resolve, hours add
 * up), then the Catalog. Takes documents that already match their schema, and what could be
 * read of those that do not; every problem is a finding. The Catalog holds what is valid and
 * exists whenever there is a framework.
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
  const broken = incomplete.brokenProgrammes ?? [];

  checkFrameworkCount(checks, frameworks, programmeDocs, files, incomplete);
  checkTopLevelIds(checks, [...frameworks, ...programmeDocs]);
  const frameworkDoc = frameworks[0];
  const framework = frameworkDoc ? buildFramework(checks, frameworkDoc) : undefined;
  const placed = framework
    ? checkProgrammeLevels(checks, framework, [...programmeDocs.map(partOf), ...broken])
    : new Set<string>();
  const programmes = buildProgrammes(checks, programmeDocs, frameworkDoc?.data);
  checkBrokenModuleIds(checks, broken);
  checkModuleRefs(checks, programmeDocs, broken, programmes, incomplete);
  const providers = frameworkDoc ? buildProviders(checks, frameworkDoc) : [];

  if (!frameworkDoc || !framework) return { catalog: undefined, findings: checks.findings };
  const fw = frameworkDoc.data;
  // Only what resolves goes into the model: analysis can trust every ref it holds.
  const list = programmes.list
    .filter((p) => placed.has(p.id))
    .map((p) => ({
      ...p,
      satisfies: p.satisfies.filter((ref) => framework.levels.has(ref)),
    }));
  const moduleByRef = new Map(list.flatMap((p) => p.modules.map((m) => [m.ref, m] as const)));
  const resolved = list.map((p) => ({
    ...p,
    modules: p.modules.map((m) => resolvedRefs(m, moduleByRef)),
  }));
  for (const p of resolved) for (const m of p.modules) moduleByRef.set(m.ref, m);
  const catalog: Catalog = {
    framework: {
      id: fw.id,
      title: fw.title,
      language: fw.language,
      periodMinutes: fw.periodMinutes ?? 45,
      moduleTerm: fw.moduleTerm,
      providers,
      location: checks.at(frameworkDoc, []),
    },
    tracks: framework.tracks,
    levels: framework.levels,
    comparable: framework.comparable,
    positions: framework.positions.map((position) => ({
      ...position,
      requires: position.requires.filter((ref) => framework.levels.has(ref)),
    })),
    programmes: resolved,
    modules: resolved.flatMap((p) => p.modules),
    moduleByRef,
    files: [...files],
  };
  return { catalog: deepFreeze(catalog), findings: checks.findings };
}

/** The module without the prerequisites and intended overlaps not in the model (reported, or not blamed). */
function resolvedRefs(module: Module, moduleByRef: ReadonlyMap<string, Module>): Module {
  const intended = module.intendedOverlaps;
  if (
    module.requires.every((ref) => moduleByRef.has(ref)) &&
    intended.every((o) => moduleByRef.has(o.module))
  )
    return module;
  const kept = module.requires.flatMap((ref, i) =>
    moduleByRef.has(ref) ? [{ ref, at: module.requireLocations[i] ?? module.location }] : [],
  );
  return {
    ...module,
    requires: kept.map((k) => k.ref),
    requireLocations: kept.map((k) => k.at),
    intendedOverlaps: intended.filter((o) => moduleByRef.has(o.module)),
  };
}

/** The refs of a valid programme, in the shape of what can be read of a broken one. */
function partOf(doc: ProgrammeDocument): PartialProgramme {
  const pr = doc.data;
  return {
    where: doc.where,
    id: pr.id,
    track: pr.track,
    level: pr.level,
    satisfies: (pr.satisfies ?? []).map((ref, index) => ({ ref, index })),
    modules: pr.modules.map((m, index) => ({
      index,
      id: m.id,
      requires: (m.requires ?? []).map((ref, r) => ({ ref, index: r })),
      intended: (m.intendedOverlaps ?? []).map((o, r) => ({ ref: o.module, index: r })),
    })),
    modulesComplete: true,
  };
}

/** The findings of this stage, with the ways every step locates and reports them. */
class Checks {
  readonly findings: Finding[] = [];

  report(...args: Parameters<typeof finding>): void {
    this.findings.push(finding(...args));
  }

  at(doc: { readonly where: LocationIndex }, path: DataPath, key = false): SourceLocation {
    const { file, line, column } = locate(doc.where, path, { key });
    return { file, line, column };
  }

  /** True for the first use of an id in `seen`; a later use is reported, pointing at the first. */
  firstUse(
    seen: Map<string, DataPath>,
    id: string,
    doc: { readonly where: LocationIndex },
    path: DataPath,
    twice: Message,
    about: string,
  ): boolean {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, path);
      return true;
    }
    this.report(
      'duplicate-id',
      this.at(doc, path),
      twice,
      [{ ...this.at(doc, first), message: message('load.catalog.first-use') }],
      [about],
    );
    return false;
  }

  /** Whether level `ref` is defined; else an `unresolved-ref` at `path`, with a hint. */
  levelRef(
    doc: { readonly where: LocationIndex },
    path: DataPath,
    ref: string,
    levels: ReadonlyMap<string, Level>,
    trackIds: ReadonlySet<string>,
    about: readonly string[],
  ): boolean {
    if (levels.has(ref)) return true;
    this.report(
      'unresolved-ref',
      this.at(doc, path),
      unresolvedLevel(ref, levels, trackIds),
      [],
      about,
    );
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
    checks.report('framework-count', where, message('load.catalog.no-framework'));
  }
  if (first === undefined) return;
  for (const doc of extra) {
    checks.report(
      'framework-count',
      checks.at(doc, ['kind']),
      message('load.catalog.second-framework', { id: doc.data.id }),
      [
        {
          ...checks.at(first, ['kind']),
          message: message('load.catalog.first-framework', { id: first.data.id }),
        },
      ],
      [`framework:${doc.data.id}`],
    );
  }
}

/** Programme and framework ids share one namespace (docs/format.md §6.1). */
function checkTopLevelIds(checks: Checks, documents: readonly CurriculumDocument[]): void {
  const seen = new Map<string, CurriculumDocument>();
  for (const doc of documents) {
    const previous = seen.get(doc.data.id);
    if (previous === undefined) {
      seen.set(doc.data.id, doc);
      continue;
    }
    const id = doc.data.id;
    const file = previous.where.source.file;
    checks.report(
      'duplicate-id',
      checks.at(doc, ['id']),
      message('load.catalog.id-taken', { id, kind: previous.kind, file }),
      [{ ...checks.at(previous, ['id']), message: message('load.catalog.first-use-of', { id }) }],
      [`${doc.kind}:${id}`],
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
    const twice = message('load.catalog.duplicate-track', { track: track.id });
    if (!checks.firstUse(trackIds, track.id, doc, path, twice, `track:${track.id}`)) return;
    const trackLevels = buildLevels(checks, doc, track, t, levels);
    tracks.push({
      id: track.id,
      title: track.title,
      levels: trackLevels,
      location: checks.at(doc, ['tracks', t]),
    });
  });
  const knownTracks = new Set(trackIds.keys());
  const levelRef = (ref: string, path: DataPath, about: string) =>
    checks.levelRef(doc, path, ref, levels, knownTracks, [about]);

  const comparable: string[][] = [];
  (fw.comparable ?? []).forEach((group, g) => {
    const resolved = group.map((ref, i) =>
      levelRef(ref, ['comparable', g, i], `framework:${fw.id}`),
    );
    if (resolved.every(Boolean)) comparable.push([...group]);
  });

  const positions: Position[] = [];
  const positionIds = new Map<string, DataPath>();
  (fw.positions ?? []).forEach((position, p) => {
    const about = `position:${position.id}`;
    position.requires.forEach((ref, i) => levelRef(ref, ['positions', p, 'requires', i], about));
    const path = ['positions', p, 'id'];
    const twice = message('load.catalog.duplicate-position', { position: position.id });
    if (!checks.firstUse(positionIds, position.id, doc, path, twice, about)) return;
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

/**
 * The framework's provider names (format 1.2), ids unique (`duplicate-id`). An entry no
 * programme read declares is no error: the list names providers, it refers to nothing, and a
 * run on part of a repository (some files, `--ignore`) need not read every provider's files.
 */
function buildProviders(checks: Checks, doc: FrameworkDocument): Provider[] {
  const providers: Provider[] = [];
  const ids = new Map<string, DataPath>();
  (doc.data.providers ?? []).forEach((provider, i) => {
    const about = `provider:${provider.id}`;
    const path = ['providers', i, 'id'];
    const twice = message('load.catalog.duplicate-provider', { provider: provider.id });
    if (!checks.firstUse(ids, provider.id, doc, path, twice, about)) return;
    providers.push({
      id: provider.id,
      title: provider.title,
      location: checks.at(doc, ['providers', i]),
    });
  });
  return providers;
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
    const twice = message('load.catalog.duplicate-level', { level: id, track: track.id });
    if (!checks.firstUse(levelIds, id, doc, path, twice, `level:${track.id}/${id}`)) return;
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

/**
 * Each programme's track and level exist, and so does every level it satisfies. Returns the
 * ids of the programmes placed in the framework (track and level resolve).
 */
function checkProgrammeLevels(
  checks: Checks,
  framework: BuiltFramework,
  programmes: readonly PartialProgramme[],
): Set<string> {
  const { levels, trackIds } = framework;
  const placed = new Set<string>();
  for (const pr of programmes) {
    const about = pr.id === undefined ? [] : [`programme:${pr.id}`];
    if (pr.track === undefined) {
      // Missing or not a slug: the schema has said so.
    } else if (!trackIds.has(pr.track)) {
      const hint = closest(pr.track, trackIds);
      checks.report(
        'unresolved-ref',
        checks.at(pr, ['track']),
        message('load.catalog.unknown-track', {
          track: pr.track,
          tracks: [...trackIds],
          ...(hint ? { hint } : {}),
        }),
        [],
        about,
      );
    } else if (pr.level === undefined) {
      // As for the track.
    } else if (!levels.has(`${pr.track}/${pr.level}`)) {
      const inTrack = [...levels.values()].filter((l) => l.track === pr.track).map((l) => l.id);
      const hint = closest(pr.level, inTrack);
      checks.report(
        'unresolved-ref',
        checks.at(pr, ['level']),
        message('load.catalog.unknown-level', {
          level: pr.level,
          track: pr.track,
          levels: inTrack,
          ...(hint ? { hint } : {}),
        }),
        [],
        about,
      );
    } else if (pr.id !== undefined) {
      placed.add(pr.id);
    }
    for (const { ref, index } of pr.satisfies) {
      checks.levelRef(pr, ['satisfies', index], ref, levels, trackIds, about);
    }
  }
  return placed;
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
  framework: CurriculumFramework | undefined,
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
    const language = pr.language ?? framework?.language;
    const modules = buildModules(checks, doc, language);
    const hours = roundHours(pr.modules.reduce((sum, m) => sum + m.hours, 0));
    if (pr.hours !== undefined && roundHours(pr.hours) !== hours) {
      checks.report(
        'hours-mismatch',
        checks.at(doc, ['hours']),
        message('load.catalog.hours-mismatch', {
          programme: pr.id,
          declared: roundHours(pr.hours),
          hours,
          difference: roundHours(hours - pr.hours),
          periodMinutes: framework?.periodMinutes ?? 45,
        }),
        [],
        [`programme:${pr.id}`],
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
    const path = ['modules', i, 'id'];
    const about = `module:${pr.id}/${m.id}`;
    if (!checks.firstUse(moduleIds, m.id, doc, path, duplicateModule(pr.id, m.id), about)) return;
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
      intendedOverlaps: (m.intendedOverlaps ?? []).map((o, r) => ({
        module: fullModuleRef(pr.id, o.module),
        reason: o.reason,
        location: checks.at(doc, ['modules', i, 'intendedOverlaps', r, 'module']),
      })),
      language,
      location: checks.at(doc, ['modules', i]),
    });
  });
  return modules;
}

function duplicateModule(programmeId: string, moduleId: string): Message {
  return message('load.catalog.duplicate-module', { module: moduleId, programme: programmeId });
}

/** Module ids used twice in a programme that failed its schema (valid ones are checked as built). */
function checkBrokenModuleIds(checks: Checks, broken: readonly PartialProgramme[]): void {
  for (const pr of broken) {
    const seen = new Map<string, DataPath>();
    for (const m of pr.modules) {
      if (m.id === undefined) continue;
      const about = pr.id === undefined ? `module:${m.id}` : `module:${pr.id}/${m.id}`;
      const twice = duplicateModule(pr.id ?? '', m.id);
      checks.firstUse(seen, m.id, pr, ['modules', m.index, 'id'], twice, about);
    }
  }
}

/** A module ref as written (`module` inside its programme, or `programme/module`), in full. */
function fullModuleRef(programmeId: string, ref: string): string {
  return ref.includes('/') ? ref : `${programmeId}/${ref}`;
}

/**
 * Every prerequisite names a module that exists, in valid programmes and in what could be
 * read of broken ones. A broken programme's own modules count when every one of them could be
 * read; refs into any other programme that failed are not reported (it is not known what it
 * holds). "Did you mean" hints compare a ref with the modules of its programme (else every
 * module), for the first `maxModuleHints` broken refs: they show the pattern of a mistake
 * without making thousands of broken refs cost refs × modules comparisons.
 */
function checkModuleRefs(
  checks: Checks,
  programmeDocs: readonly ProgrammeDocument[],
  broken: readonly PartialProgramme[],
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
  const check = (pr: PartialProgramme, known: ReadonlySet<string> | undefined) => {
    if (pr.id === undefined) return;
    const programmeId = pr.id;
    for (const m of pr.modules) {
      const about = m.id === undefined ? [] : [`module:${programmeId}/${m.id}`];
      const written = [
        ...m.requires.map((r) => ({ ...r, path: ['requires', r.index] })),
        ...m.intended.map((r) => ({ ...r, path: ['intendedOverlaps', r.index, 'module'] })),
      ];
      for (const { ref, path } of written) {
        const full = fullModuleRef(programmeId, ref);
        const target = full.slice(0, full.indexOf('/'));
        if (target === programmeId && known !== undefined) {
          if (known.has(full)) continue;
        } else if (moduleByRef.has(full) || incomplete.failedProgrammes.has(target)) continue;
        const own = target === programmeId && known !== undefined ? [...known] : undefined;
        const hint =
          hintsLeft-- > 0
            ? closest(full, own ?? modulesOf.get(target) ?? moduleByRef.keys())
            : undefined;
        const name = full.slice(target.length + 1);
        const why =
          ids.has(target) || own !== undefined
            ? message('load.catalog.no-such-module', { programme: target, module: name })
            : message('load.catalog.no-such-programme', { programme: target });
        checks.report(
          'unresolved-ref',
          checks.at(pr, ['modules', m.index, ...path]),
          message('load.catalog.unresolved-module', { ref, why, ...(hint ? { hint } : {}) }),
          [],
          about,
        );
      }
    }
  };
  for (const doc of programmeDocs) check(partOf(doc), undefined);
  for (const pr of broken) {
    // Refs into a broken programme itself resolve against the modules it could be read to
    // have. When some could not be read, its id is among the failed programmes: such refs are
    // not judged, as refs into any failed programme.
    const own = pr.modules.flatMap((m) => (m.id === undefined ? [] : [`${pr.id}/${m.id}`]));
    check(pr, pr.modulesComplete ? new Set(own) : undefined);
  }
}

function unresolvedLevel(
  ref: string,
  levels: ReadonlyMap<string, Level>,
  trackIds: ReadonlySet<string>,
): Message {
  const [track = ''] = ref.split('/');
  const hint = closest(ref, levels.keys());
  const why =
    track && !trackIds.has(track)
      ? message('load.catalog.no-such-track', { track })
      : message('load.catalog.no-such-level', { track });
  return message('load.catalog.unresolved-level', { ref, why, ...(hint ? { hint } : {}) });
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
