import type { AnalysisResult } from '../analysis.js';
import { message } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';
import { hoursNoun } from '../messages/words.js';
import type { Catalog } from '../model/catalog.js';
import { programmesById, providerName } from '../model/lookup.js';
import type { PlanAction } from '../plan/plan.js';

/** One row of the plan as every human report shows it: titles, never codes. */
export interface PlanRow {
  readonly action: PlanAction;
  /** What to do, with the titles of what it is done to. */
  readonly what: Message;
  /** The module or programme kept, and why; undefined for an exemption. */
  readonly keep: Message | undefined;
  /**
   * Why, alone, for a table's column that says "Reason" above it (every action, an exemption
   * too): "Lý do: …" in each cell under "Lý do đề xuất" said it twice (native readers).
   */
  readonly reason: Message;
  /** "24 tiết × 1.000 người/năm × 45 phút = 18.000 giờ", or why there is no such figure. */
  readonly arithmetic: Message;
}

/**
 * The plan's total, the sum of its rows, as the document reports state it above their table;
 * or, when no affected position says how many learners it has a year, why there is none.
 */
export function planTotal(a: AnalysisResult): Message {
  const actions = a.plan.actions.length;
  return a.plan.personHoursPerYear === 0
    ? message('plan.total.uncounted', { actions })
    : message('plan.total', {
        hours: a.plan.personHoursPerYear,
        actions,
        counted: countedActions(a),
      });
}

/**
 * The actions the total counts: those that save learners' time a year, their learners known.
 * Said beside it: "the sum of 37 actions" over a table where 26 show "—" read as a figure 37
 * make (a native reader's check).
 */
export function countedActions(a: AnalysisResult): number {
  return a.plan.actions.filter((action) => action.personHoursPerYear > 0).length;
}

/** The plan's rows, in its order, as messages a reporter renders in its reader's language. */
export function planRows(a: AnalysisResult): PlanRow[] {
  const name = namer(a.catalog);
  const unit = hoursNoun(a.catalog.framework.periodMinutes);
  return a.plan.actions.map((action) => ({
    action,
    what: what(action, name, unit),
    keep: keepOf(action),
    reason: message('plan.reason', { reason: action.reason }),
    arithmetic: arithmetic(action, a.catalog.framework.periodMinutes, unit),
  }));
}

interface Namer {
  module(ref: string): { title: string; where: string };
  programme(id: string): { title: string };
  provider(id: string | undefined): string;
  hours(refs: readonly string[]): number;
}

function namer(catalog: Catalog): Namer {
  const programmes = programmesById(catalog);
  return {
    module(ref) {
      const m = catalog.moduleByRef.get(ref);
      const p = programmes.get(m?.programme ?? '');
      return { title: m?.title ?? ref, where: p?.title ?? m?.programme ?? '' };
    },
    programme: (id) => ({ title: programmes.get(id)?.title ?? id }),
    hours: (refs) => refs.reduce((sum, ref) => sum + (catalog.moduleByRef.get(ref)?.hours ?? 0), 0),
    provider: (id) => (id === undefined ? '' : providerName(catalog, id)),
  };
}

function what(action: PlanAction, name: Namer, unit: ReturnType<typeof hoursNoun>): Message {
  const [first = '', ...rest] = action.programmes;
  switch (action.action) {
    case 'merge': {
      const [keep = '', ...others] = action.modules;
      return message('plan.merge', {
        keep: name.module(keep),
        others: others.map((ref) => name.module(ref)),
      });
    }
    case 'exempt':
      return message('plan.exempt', {
        held: name.programme(first),
        next: name.programme(rest[0] ?? ''),
        modules: action.modules.map((ref) => ({ title: name.module(ref).title })),
      });
    case 'retire':
      return message('plan.retire', {
        programme: name.programme(first),
        hours: name.hours(action.modules),
        total: action.teachingHours,
        elsewhere: rest.map((id) => name.programme(id)),
        unit,
      });
    case 'align':
      return message('plan.align', {
        copy: name.programme(first),
        national: name.programme(rest[0] ?? ''),
        provider: name.provider(action.provider),
      });
  }
}

function keepOf(action: PlanAction): Message | undefined {
  // An exemption keeps both programmes: there is nothing to choose.
  return action.action === 'exempt' ? undefined : message('plan.keep', { reason: action.reason });
}

function arithmetic(
  action: PlanAction,
  minutes: number,
  unit: ReturnType<typeof hoursNoun>,
): Message {
  const terms = action.pathways
    .filter((p) => p.learnersCounted > 0)
    .map((p) => ({ hours: p.hoursSaved, learners: p.learnersCounted }));
  if (terms.length > 0)
    return message('plan.arithmetic', { terms, minutes, total: action.personHoursPerYear, unit });
  if (action.hoursPerLearner > 0)
    return message('plan.arithmetic.unknown-learners', { hours: action.hoursPerLearner, unit });
  return message('plan.arithmetic.teaching', { hours: action.teachingHours, unit });
}
