import type { ErrorObject } from 'ajv';
import type { Finding } from '../findings/finding.js';
import { finding } from '../rules/loader-rules.js';
import type { CurriculumFramework } from '../generated/framework.types.js';
import type { TrainingProgramme } from '../generated/programme.types.js';
import { validate_framework, validate_programme } from '../generated/validators.js';
import type { CurriculumDocument } from './build-catalog.js';
import { type LocationIndex, locate, pointerToPath } from './locate.js';
import { describeSchemaError } from './schema-errors.js';

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
  return finding('schema', where, describeSchemaError(error, path, value));
}
