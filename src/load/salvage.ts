import type { LocationIndex } from './locate.js';

/** A ref as written, and its index in the list that holds it (for its location). */
export interface WrittenRef {
  readonly ref: string;
  readonly index: number;
}

/**
 * What can safely be read of a programme, valid or not: the refs the cross-file checks need.
 * A value that is missing, of the wrong type or not well formed is left out (the schema check
 * has reported it), so nothing here is reported twice.
 */
export interface PartialProgramme {
  readonly where: LocationIndex;
  readonly id: string | undefined;
  readonly track: string | undefined;
  readonly level: string | undefined;
  /** Level refs, at their index in `satisfies`. */
  readonly satisfies: readonly WrittenRef[];
  /** Modules at their index in `modules`, with the module refs each requires. */
  readonly modules: ReadonlyArray<{
    readonly index: number;
    readonly id: string | undefined;
    readonly requires: readonly WrittenRef[];
    /** The modules of its `intendedOverlaps`, at their index in that list. */
    readonly intended: readonly WrittenRef[];
  }>;
  /** Every module's id could be read: a ref into this programme can be judged. */
  readonly modulesComplete: boolean;
}

// The schema's own patterns (schemas/programme.schema.json, $defs slug, levelRef, moduleRef).
const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const levelRef = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;
const moduleRef = /^([a-z0-9]+(-[a-z0-9]+)*\/)?[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The refs of a programme document that failed its schema (or a later check), read where
 * they are well formed, so that one broken property does not hide a broken ref beside it.
 */
export function salvageProgramme(value: unknown, where: LocationIndex): PartialProgramme {
  const doc = isRecord(value) ? value : {};
  const list = Array.isArray(doc.modules) ? (doc.modules as unknown[]) : undefined;
  const modules = (list ?? []).map((item, index) => {
    const m = isRecord(item) ? item : {};
    const intended = Array.isArray(m.intendedOverlaps)
      ? (m.intendedOverlaps as unknown[]).map((o) => (isRecord(o) ? o.module : undefined))
      : undefined;
    return {
      index,
      id: matching(m.id, slug),
      requires: refs(m.requires, moduleRef),
      intended: refs(intended, moduleRef),
    };
  });
  return {
    where,
    id: matching(doc.id, slug),
    track: matching(doc.track, slug),
    level: matching(doc.level, slug),
    satisfies: refs(doc.satisfies, levelRef),
    modules,
    modulesComplete: list !== undefined && modules.every((m) => m.id !== undefined),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function matching(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === 'string' && pattern.test(value) ? value : undefined;
}

function refs(value: unknown, pattern: RegExp): WrittenRef[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((ref: unknown, index) =>
    typeof ref === 'string' && pattern.test(ref) ? [{ ref, index }] : [],
  );
}
