import type { Finding } from '../findings/finding.js';
import { reporterOf } from '../findings/rule.js';
import { message } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';
import type { Catalog } from '../model/catalog.js';
import { crossLevelRepeat } from './cross-level-repeat.js';
import { crossTrackOverlap } from './cross-track-overlap.js';
import { duplicateId } from './duplicate-id.js';
import { frameworkCount } from './framework-count.js';
import { hoursMismatch } from './hours-mismatch.js';
import { inputEncoding } from './input-encoding.js';
import { longWord } from './long-word.js';
import { missingLevel } from './missing-level.js';
import { moduleOverlap } from './module-overlap.js';
import { notCurriculum } from './not-curriculum.js';
import { positionUnmet } from './position-unmet.js';
import { prerequisiteCycle } from './prerequisite-cycle.js';
import { prerequisiteInversion } from './prerequisite-inversion.js';
import { providerDrift } from './provider-drift.js';
import { redundantPrerequisite } from './redundant-prerequisite.js';
import type { AnalysisContext, Rule } from './rule.js';
import { schema } from './schema.js';
import { subsumedProgramme } from './subsumed-programme.js';
import { unreadableFile } from './unreadable-file.js';
import { unresolvedRef } from './unresolved-ref.js';
import { yamlSyntax } from './yaml-syntax.js';

/**
 * Every rule the tool can report, one module each (src/rules/<id>.ts), in the order a reader
 * meets them: reading files, the format, the analysis (SARIF lists them in this order). docs/rules/<id>.md documents each one.
 */
export const allRules = [
  inputEncoding,
  unreadableFile,
  yamlSyntax,
  longWord,
  notCurriculum,
  schema,
  frameworkCount,
  duplicateId,
  unresolvedRef,
  hoursMismatch,
  moduleOverlap,
  missingLevel,
  positionUnmet,
  prerequisiteCycle,
  prerequisiteInversion,
  crossLevelRepeat,
  crossTrackOverlap,
  subsumedProgramme,
  redundantPrerequisite,
  providerDrift,
] as const;

export type RuleId = (typeof allRules)[number]['id'];

const byId: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.id, r]));

/** The rule of an id; undefined for an id the tool does not know (an old baseline's). */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/**
 * Whether a rule's severity is fixed (`RuleMeta.fixed`): its errors mean a file is left out of
 * the analysis, so hiding or softening them would hide that part of the repository.
 */
export function isFixedRule(id: string): boolean {
  return ruleById(id)?.fixed ?? false;
}

export function isRuleId(id: string): id is RuleId {
  return byId.has(id);
}

/** The findings of the checks run on a built catalogue: by `validate` and by `analyze`. */
export function checkCatalogue(catalog: Catalog): Finding[] {
  return allRules.flatMap((rule: Rule) =>
    rule.stage === 'validate' && rule.check ? rule.check(catalog, reporterOf(rule)) : [],
  );
}

/** The findings of the checks only `analyze` runs, on the catalogue and the engine's results. */
export function checkAnalysis(context: AnalysisContext): Finding[] {
  return allRules.flatMap((rule: Rule) =>
    rule.stage === 'analyse' ? rule.check(context, reporterOf(rule)) : [],
  );
}

/** A rule's title, a few words for headings (markdown, SARIF `shortDescription`). */
export function ruleTitle(id: RuleId): Message {
  return message(`rule.${id}.title`);
}

/** A rule's summary, one or two sentences; the long form is docs/rules/<id>.md. */
export function ruleSummary(id: RuleId): Message {
  return message(`rule.${id}.summary`);
}
