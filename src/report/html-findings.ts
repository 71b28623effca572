import { render } from '../messages/catalogue.js';
import type { Finding } from '../findings/finding.js';
import type { Lang } from '../model/lang.js';
import type { Terms } from '../messages/types.js';
import { count } from '../messages/words.js';
import { isRuleId, ruleSummary, ruleTitle } from '../rules/index.js';
import { capped } from './markdown-table.js';
import { detailedElsewhere, findingGroups, placeText, severityLabel } from './markdown-findings.js';
import { type HtmlContext, filterAttributes, findingProgrammes } from './html-context.js';
import { htmlText } from './html-escape.js';
import { htmlMore, nothingNote } from './html-table.js';
import { textIn } from './text.js';

/** At most this many findings a rule: a national archive has tens of thousands. */
export const maxHtmlFindingsPerRule = 200;
const maxRelated = 3;

/**
 * The findings by rule, in the markdown report's order: each rule with its title, severity,
 * count and summary, then its findings, each with its message and place and the places it
 * relates to. Without an analysis (invalid input) the programme filter has nothing to name.
 */
export function htmlFindingsSection(
  findings: readonly Finding[],
  lang: Lang,
  terms: Terms,
  ctx: HtmlContext | undefined,
): string {
  const t = textIn(lang, terms);
  let out = `<section id="findings"><h2>${htmlText(t('report.markdown.findings.heading'))}</h2>\n`;
  if (findings.length === 0)
    return `${out}<p>${htmlText(t('report.markdown.findings.none'))}</p></section>\n`;
  for (const { id, list, severity: worst } of findingGroups(findings)) {
    const known = isRuleId(id);
    const name = known ? `${render(ruleTitle(id), lang, terms)} (${id})` : id;
    const severity = severityLabel(worst, lang);
    let about = `${severity} · ${count(list.length, 'noun.finding', lang)}`;
    if (known) about += `. ${render(ruleSummary(id), lang, terms)}`;
    const elsewhere = detailedElsewhere.has(id);
    out += `<div class="rule" data-group><h3>${htmlText(name)}</h3><p>${htmlText(about)}</p>\n<ul class="findings">\n`;
    const { shown, more } = capped(list, maxHtmlFindingsPerRule);
    for (const f of shown) {
      const attributes = ctx
        ? filterAttributes(ctx, findingProgrammes(ctx, f), [id])
        : `data-f data-rule="${htmlText(` ${id} `)}"`;
      out += `<li ${attributes}>${htmlText(render(f.message, lang, terms))} <span class="place">(${htmlText(placeText(f))})</span>`;
      const related = capped(elsewhere ? [] : (f.related ?? []), maxRelated);
      if (related.shown.length > 0 || related.more > 0) {
        out += '<ul>';
        for (const r of related.shown)
          out += `<li>${htmlText(render(r.message, lang, terms))} <span class="place">(${htmlText(placeText(r))})</span></li>`;
        if (related.more > 0)
          out += `<li>${htmlText(t('report.markdown.findings.more-places', { n: related.more }))}</li>`;
        out += '</ul>';
      }
      out += '</li>\n';
    }
    out += '</ul>\n';
    out += nothingNote(t) + htmlMore(t, more, 'noun.finding');
    out += '</div>\n';
  }
  return out + '</section>\n';
}
