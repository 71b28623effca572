import { render } from '../messages/catalogue.js';
import { type Finding, type Severity } from '../findings/finding.js';
import { allRules, isRuleId, ruleSummary, ruleTitle } from '../rules/index.js';
import type { Lang } from '../model/lang.js';
import type { Terms } from '../messages/types.js';
import { compareStrings } from '../model/order.js';
import { count } from '../messages/words.js';
import { escapeMarkdown } from './markdown-escape.js';
import { capped, moreLine } from './markdown-table.js';
import { formatProblemCount } from './findings-text.js';
import { textIn } from './text.js';

/** At most this many findings are listed under each rule; the JSON report has them all. */
export const maxFindingsPerRule = 10;
/** At most this many related places are listed under a finding (every document report). */
export const maxRelated = 3;

/**
 * A rule as every report heads its findings: its title in the reader's words and its one-line
 * summary; an id the catalogue does not know (untrusted text) as written, without summary.
 */
export function ruleText(
  id: string,
  lang: Lang,
  terms: Terms,
): { readonly title: string; readonly summary: string | undefined } {
  return isRuleId(id)
    ? { title: render(ruleTitle(id), lang, terms), summary: render(ruleSummary(id), lang, terms) }
    : { title: id, summary: undefined };
}

/** A severity as a finding's list names it: "Lỗi", "Warning". */
export function severityLabel(severity: Severity, lang: Lang): string {
  return textIn(lang)('report.severity', { severity });
}

/**
 * Rules whose findings the report details in a section of its own: listed last of their
 * severity, without their related places (a cluster's members), which that section shows.
 */
export const detailedElsewhere: ReadonlySet<string> = new Set(['module-overlap']);

/** Severities by rank, most severe first. */
export const severities: readonly Severity[] = ['error', 'warning', 'info'];

/** "2 lỗi · 40 cảnh báo · 3 lưu ý", counted as the console counts them (formatProblemCount). */
export function severityCounts(findings: readonly Finding[], lang: Lang): string {
  return formatProblemCount(findings, lang);
}

const catalogueOrder = new Map<string, number>(allRules.map((r, i) => [r.id, i]));

/**
 * The findings grouped by rule — errors first, then warnings, then notes, each in the order
 * of the rule catalogue — each rule with its title, severity, count and one-line summary, then
 * each finding's `file:line` and message (the first `maxFindingsPerRule`).
 */
export function findingsSection(
  findings: readonly Finding[],
  lang: Lang,
  terms: Terms = {},
): string {
  const t = textIn(lang, terms);
  let out = `## ${t('report.markdown.findings.heading')}\n\n`;
  if (findings.length === 0) return out + `${t('report.markdown.findings.none')}\n\n`;
  for (const { id, list, severity } of findingGroups(findings))
    out += ruleGroup(id, list, severity, lang, terms);
  return out;
}

/**
 * The findings of one rule, and the severity of the most severe of them: a configuration can
 * give a rule another severity than the catalogue's, and the findings say which.
 */
export interface FindingGroup {
  readonly id: string;
  readonly list: readonly Finding[];
  readonly severity: Severity;
}

/**
 * The findings grouped by rule, in the order every report lists them: errors first, then
 * warnings, then notes, each in the order of the rule catalogue, the rules whose findings a
 * section of their own details (`module-overlap`) last of their severity.
 */
export function findingGroups(findings: readonly Finding[]): FindingGroup[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const order = (rule: string) =>
    (detailedElsewhere.has(rule) ? allRules.length : 0) +
    (catalogueOrder.get(rule) ?? Number.MAX_SAFE_INTEGER);
  return [...byRule.entries()]
    .map(([id, list]) => ({ id, list, rank: worst(list) }))
    .sort((x, y) => x.rank - y.rank || order(x.id) - order(y.id) || compareStrings(x.id, y.id))
    .map(({ id, list, rank }) => ({ id, list, severity: severities[rank] ?? 'warning' }));
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** The rank of the most severe finding of a list (a loop: a rule may have 100,000 findings). */
function worst(list: readonly Finding[]): number {
  let rank = severityRank.info;
  for (const f of list) rank = Math.min(rank, severityRank[f.severity]);
  return rank;
}

function ruleGroup(
  id: string,
  list: readonly Finding[],
  severity: Severity,
  lang: Lang,
  terms: Terms,
): string {
  const t = textIn(lang, terms);
  const rule = ruleText(id, lang, terms);
  // Rule ids of the catalogue are plain words; any other is untrusted text.
  const name =
    rule.summary === undefined ? escapeMarkdown(id) : `${escapeMarkdown(rule.title)} (\`${id}\`)`;
  const elsewhere = detailedElsewhere.has(id);
  let out = `### ${name}\n\n`;
  out += `**${severityLabel(severity, lang)}** · ${count(list.length, 'noun.finding', lang)}`;
  out += rule.summary === undefined ? '' : `. ${escapeMarkdown(rule.summary)}`;
  out += elsewhere ? ` ${t('report.markdown.findings.clusters')}\n\n` : '\n\n';
  const { shown, more } = capped(list, maxFindingsPerRule);
  for (const f of shown) {
    out += `- ${escapeMarkdown(render(f.message, lang, terms))} ${place(f)}\n`;
    const related = capped(elsewhere ? [] : (f.related ?? []), maxRelated);
    for (const r of related.shown)
      out += `  - ${escapeMarkdown(render(r.message, lang, terms))} — ${escapeMarkdown(placeText(r))}\n`;
    if (related.more > 0)
      out += `  - ${t('report.markdown.findings.more-places', { n: related.more })}\n`;
  }
  if (more > 0) out += `\n${moreLine(more, 'noun.finding', lang)}`;
  return out + '\n';
}

interface Place {
  readonly file: string;
  readonly line: number;
}

/** `file:line`, or the file alone for a finding about a whole file (line 0). */
export const placeText = (where: Place) =>
  where.line >= 1 ? `${where.file}:${where.line}` : where.file;

/**
 * A finding's place, after what it says, in parentheses: a director reads the message; whoever
 * fixes the file finds it there.
 */
const place = (where: Place) => `(${escapeMarkdown(placeText(where))})`;
