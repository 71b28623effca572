import type { AnalysisResult } from '../analysis.js';
import type { Finding } from '../findings/finding.js';
import type { RuleSettings } from '../findings/rule.js';
import type { Lang } from '../model/lang.js';
import { providerName } from '../model/lookup.js';
import { compareStrings } from '../model/order.js';
import type { Terms } from '../messages/types.js';
import { type MarkdownContext, markdownContext } from './markdown-context.js';
import { htmlText } from './html-escape.js';

/**
 * What every section of the HTML report reads: the markdown report's context (analysis,
 * language, words, lookups) and the filters' lists, by which an item names its programmes and
 * providers by number, never by the data's own ids in the page's attributes.
 */
export interface HtmlContext extends MarkdownContext {
  /** Programmes as the programme filter lists them: national first, then by title. */
  readonly programmeOrder: readonly string[];
  readonly programmeNumber: ReadonlyMap<string, number>;
  /** Providers as the provider filter lists them, by name. */
  readonly providerOrder: readonly string[];
  readonly providerNumber: ReadonlyMap<string, number>;
  /** Each provider's copy of a national programme, and the programme it copies (drift). */
  readonly copyOf: ReadonlyMap<string, string>;
  /** The programmes declared in each file, for a finding's filters. */
  readonly programmesOfFile: ReadonlyMap<string, readonly string[]>;
  /**
   * The programmes and providers some item of the page names (filterAttributes adds them as
   * the sections are written): the filters offer these alone, not a national archive's
   * thousands of programmes, most with nothing to show.
   */
  readonly named: { readonly programmes: Set<number>; readonly providers: Set<string> };
}

export function htmlContext(
  a: AnalysisResult,
  lang: Lang,
  terms: Terms,
  rules: RuleSettings | undefined,
): HtmlContext {
  const base = markdownContext(a, lang, terms, rules);
  const { programmes } = a.catalog;
  const programmeOrder = [...programmes]
    .sort(
      (x, y) =>
        Number(x.provider !== undefined) - Number(y.provider !== undefined) ||
        compareStrings(x.title, y.title) ||
        compareStrings(x.id, y.id),
    )
    .map((p) => p.id);
  const providerIds = [...new Set(programmes.flatMap((p) => (p.provider ? [p.provider] : [])))];
  const providerOrder = providerIds
    .map((id) => ({ id, name: providerName(a.catalog, id) }))
    .sort((x, y) => compareStrings(x.name, y.name) || compareStrings(x.id, y.id))
    .map((p) => p.id);
  const programmesOfFile = new Map<string, string[]>();
  for (const p of programmes) {
    const list = programmesOfFile.get(p.file);
    if (list) list.push(p.id);
    else programmesOfFile.set(p.file, [p.id]);
  }
  return {
    ...base,
    programmeOrder,
    programmeNumber: new Map(programmeOrder.map((id, i) => [id, i])),
    providerOrder,
    providerNumber: new Map(providerOrder.map((id, i) => [id, i])),
    copyOf: new Map(a.drift.map((d) => [d.programme, d.national])),
    programmesOfFile,
    named: { programmes: new Set(), providers: new Set() },
  };
}

/**
 * The attributes by which the search and filters find an item (html-script.ts): its
 * programmes and providers by number (`n` for a national programme), and the rules it
 * belongs to, each list between spaces so that a filter matches whole entries.
 */
export function filterAttributes(
  ctx: HtmlContext,
  programmes: readonly string[],
  rules: readonly string[] = [],
): string {
  const numbers = new Set<number>();
  const providers = new Set<string>();
  for (const id of programmes) {
    const n = ctx.programmeNumber.get(id);
    if (n !== undefined) numbers.add(n);
    const provider = ctx.programmes.get(id)?.provider;
    const v = provider === undefined ? undefined : ctx.providerNumber.get(provider);
    providers.add(v === undefined ? 'n' : String(v));
  }
  for (const n of numbers) ctx.named.programmes.add(n);
  for (const v of providers) ctx.named.providers.add(v);
  const list = (items: Iterable<string | number>) => ` ${[...items].join(' ')} `;
  const rule = rules.length > 0 ? ` data-rule="${htmlText(list(rules))}"` : '';
  return `data-f data-p="${list([...numbers].sort((x, y) => x - y))}" data-v="${list([...providers].sort())}"${rule}`;
}

/** The programmes a finding is about: those of its file and of its related places' files. */
export function findingProgrammes(ctx: HtmlContext, finding: Finding): string[] {
  const files = [finding.file, ...(finding.related ?? []).map((r) => r.file)];
  return [...new Set(files.flatMap((f) => ctx.programmesOfFile.get(f) ?? []))];
}

/** A programme as a reader knows it, escaped: its title, with its provider's name for a copy. */
export function programmeLabel(ctx: HtmlContext, id: string): string {
  const p = ctx.programmes.get(id);
  if (p === undefined) return htmlText(id);
  if (p.provider === undefined) return htmlText(p.title);
  const provider = providerName(ctx.a.catalog, p.provider);
  return htmlText(p.title.includes(provider) ? p.title : `${p.title} · ${provider}`);
}
