import { render } from '../messages/catalogue.js';
import type { AnalysisResult } from '../analysis.js';
import type { Lang } from '../model/lang.js';
import { planRows } from './plan-rows.js';
import { escapeUnsafeJson } from './json-text.js';
import type { ReportInput, ReportOptions, Reporter } from './report-input.js';

/**
 * The machine-readable report, version 1 (docs/json-report.md). The fields of the spec are fixed;
 * the others (scope, measures, topics, cohesion…) are additions the spec allows.
 */
export const jsonReporter: Reporter = function* (input: ReportInput, options: ReportOptions) {
  // Text from the files stays data: no control or bidi character reaches a terminal raw.
  for (const chunk of jsonChunks(jsonReport(input, options.lang))) yield escapeUnsafeJson(chunk);
};

function jsonReport(input: ReportInput, lang: Lang) {
  const a = input.analysis;
  const report = {
    version: 1,
    plan: a ? planJson(a, lang) : [],
    overlaps: (a?.overlap.overlaps ?? []).map((o) => ({
      a: o.a,
      b: o.b,
      score: o.score,
      kind: o.kind,
      hoursSaved: o.hoursSaved,
      shared: o.shared,
      scope: o.scope,
      measures: o.measures,
      topics: o.topics,
      ...(o.accepted === undefined ? {} : { accepted: o.accepted }),
    })),
    clusters: (a?.overlap.clusters ?? []).map((c) => ({
      modules: c.modules,
      hours: c.hours,
      hoursSaved: c.hoursSaved,
      kind: c.kind,
      representative: c.representative,
      keep: c.keep,
      cohesion: c.cohesion,
      shared: c.shared,
      ...(c.accepted === undefined ? {} : { accepted: c.accepted }),
    })),
    pathways: (a?.pathways.pathways ?? []).map((v) => ({
      position: v.position,
      ...(v.provider === undefined ? {} : { provider: v.provider }),
      programmes: v.programmes,
      hours: v.hours,
      hoursSaved: v.hoursSaved,
      ...(v.learnersPerYear === undefined
        ? {}
        : {
            learnersPerYear: v.learnersPerYear,
            learnersCounted: v.learnersCounted,
            personHoursSaved: v.personHoursSaved,
          }),
    })),
    exemptions: a?.pathways.exemptions ?? [],
    drift: a?.drift ?? [],
    copies: (a?.overlap.copies ?? []).map((c) => ({
      representative: c.representative,
      modules: c.modules,
      identical: c.identical.length,
    })),
    programmes: (a?.catalog.programmes ?? []).map((p) => ({
      id: p.id,
      title: p.title,
      track: p.track,
      level: p.level,
      hours: p.hours,
      ...(p.provider === undefined ? {} : { provider: p.provider }),
      ...(p.inferred === undefined
        ? {}
        : {
            copyOf: p.inferred.copyOf,
            providerInferred: true,
            providerFrom: p.inferred.providerFrom,
          }),
    })),
    findings: input.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: render(f.message, lang),
      file: f.file,
      line: f.line,
      column: f.column,
      ...(f.related && f.related.length > 0
        ? { related: f.related.map((r) => ({ ...r, message: render(r.message, lang) })) }
        : {}),
      ...(f.accepted === undefined ? {} : { accepted: f.accepted }),
    })),
    summary: {
      lang,
      programmes: a?.summary.programmes ?? input.stats.programmes,
      modules: a?.summary.modules ?? input.stats.modules,
      hours: a?.summary.hours ?? input.stats.hours,
      hoursSaved: a?.summary.hoursSaved ?? 0,
      files: input.stats.files,
      skipped: input.skipped.length,
      compared: a?.summary.compared ?? 0,
      clusters: a?.summary.clusters ?? 0,
      overlaps: a?.summary.overlaps ?? 0,
      overlapsNotListed: a?.summary.overlapsNotListed ?? 0,
      duplicatedHours: a?.summary.duplicatedHours ?? 0,
      personHoursSavedPerYear: a?.summary.personHoursSavedPerYear ?? 0,
      plan: a?.summary.plan ?? { actions: 0, personHoursPerYear: 0 },
      periodMinutes: a?.catalog.framework.periodMinutes,
      errors: input.findings.filter((f) => f.severity === 'error').length,
      ...(input.baseline
        ? {
            baseline: {
              file: input.baseline.file,
              suppressed: input.baseline.suppressed,
              pruned: input.baseline.pruned,
              stale: input.baseline.stale.map((m) => render(m, lang)),
              changed: input.baseline.changed.map((m) => render(m, lang)),
            },
          }
        : {}),
      thresholds: a?.overlap.thresholds,
    },
  };
  return report;
}

/** The plan's rows (docs/json-report.md): refs and figures, and the arithmetic in words. */
function planJson(a: AnalysisResult, lang: Lang) {
  return planRows(a).map(({ action: p, arithmetic }) => ({
    action: p.action,
    ...(p.action === 'merge' || p.action === 'exempt' ? { modules: p.modules } : {}),
    ...(p.action === 'merge' ? {} : { programmes: p.programmes }),
    keep: p.keep,
    reason: p.reason,
    ...(p.provider === undefined ? {} : { provider: p.provider }),
    hoursPerLearner: p.hoursPerLearner,
    pathways: p.pathways.map((v) => ({
      position: v.position,
      ...(v.provider === undefined ? {} : { provider: v.provider }),
      programmes: v.programmes,
      hoursSaved: v.hoursSaved,
      learnersCounted: v.learnersCounted,
    })),
    learnersPerYear: p.learnersPerYear,
    personHoursPerYear: p.personHoursPerYear,
    teachingHours: p.teachingHours,
    arithmetic: render(arithmetic, lang),
  }));
}

/**
 * `JSON.stringify(report, null, 2)` and a line end, byte for byte, but one top-level field and
 * one item of a top-level list at a time.
 */
function* jsonChunks(report: Record<string, unknown>): Generator<string, void, undefined> {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  yield '{\n';
  for (const [n, [key, value]] of entries.entries()) {
    const last = n === entries.length - 1 ? '\n' : ',\n';
    const head = `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield `${head}[\n`;
      for (const [i, item] of value.entries()) {
        const text = JSON.stringify(item, null, 2).replace(/\n/g, '\n    ');
        yield `    ${text}${i === value.length - 1 ? '\n' : ',\n'}`;
      }
      yield `  ]${last}`;
    } else {
      yield `${head}${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}${last}`;
    }
  }
  yield '}\n';
}
