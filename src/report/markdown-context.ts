import { programmesById } from '../model/lookup.js';
import { clockHours as hoursOnClock } from '../model/hours.js';
import type { AnalysisResult } from '../analysis.js';
import type { Programme } from '../model/catalog.js';
import type { Lang } from '../model/lang.js';
import type { RuleSettings } from '../findings/rule.js';
import type { Terms } from '../messages/types.js';
import { formatNumber } from '../messages/number-format.js';
import { type NounId, hoursNoun } from '../messages/words.js';
import { escapeMarkdown } from './markdown-escape.js';
import { type Text, textIn } from './text.js';

/** What every section of the markdown report reads: the analysis, the language, lookups. */
export interface MarkdownContext {
  readonly a: AnalysisResult;
  readonly lang: Lang;
  /** The report's words in its language. */
  readonly t: Text;
  /** The data's hour unit: tiết / periods (giờ / hours for periods of 60 minutes). */
  readonly unit: NounId;
  readonly programmes: ReadonlyMap<string, Programme>;
  /** The data's own words (`moduleTerm`), in the data's language. */
  readonly terms: Terms;
  /** Whether diagrams mark the levels nothing reaches: not when `missing-level` is off. */
  readonly gaps: boolean;
}

export function markdownContext(
  a: AnalysisResult,
  lang: Lang,
  terms: Terms = {},
  rules: RuleSettings = {},
): MarkdownContext {
  return {
    a,
    lang,
    terms,
    gaps: rules['missing-level'] !== 'off',
    t: textIn(lang, terms),
    unit: hoursNoun(a.catalog.framework.periodMinutes),
    programmes: programmesById(a.catalog),
  };
}

/** A number as the reader writes it: 3.858 / 133,2 (vi), 3,858 / 133.2 (en). */
export function num(ctx: { readonly lang: Lang }, n: number): string {
  return formatNumber(n, ctx.lang);
}

/** A programme as a reader knows it, escaped: its title, and its id where that differs. */
export function programmeName(ctx: MarkdownContext, id: string): string {
  const title = ctx.programmes.get(id)?.title;
  return escapeMarkdown(title === undefined || title === id ? id : `${title} (${id})`);
}

/** A programme's title alone (its id when it has none), escaped. */
export function programmeTitle(ctx: MarkdownContext, id: string): string {
  return escapeMarkdown(ctx.programmes.get(id)?.title ?? id);
}

/** The title of a level, by ref `track/level` (the ref when the framework has no such level). */
export function levelTitle(ctx: MarkdownContext, ref: string): string {
  return ctx.a.catalog.levels.get(ref)?.title ?? ref;
}

/** Clock hours from hours in the data's unit. */
export function clockHours(ctx: MarkdownContext, periods: number): number {
  return hoursOnClock(periods, ctx.a.catalog.framework.periodMinutes);
}
