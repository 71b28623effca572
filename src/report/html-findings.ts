import { render } from '../messages/catalogue.js';
import type { Finding } from '../findings/finding.js';
import type { Lang } from '../model/lang.js';
import type { Terms } from '../messages/types.js';
import { count } from '../messages/words.js';
import { capped } from './markdown-table.js';
import {
  detailedElsewhere,
  findingGroups,
  maxRelated,
  placeText,
  ruleText,
  severityLabel,
} from './markdown-findings.js';
import { type HtmlContext, filterAttributes, findingProgrammes } from './html-context.js';
import { htmlText } from './html-escape.js';
import { htmlMore, nothingNote } from './html-table.js';
import { textIn } from './text.js';

/** At most this many findings a rule: a national archive has tens of thousands. */
export const maxHtmlFindingsPerRule = 200;

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
    const rule = ruleText(id, lang, terms);
    const name = rule.summary === undefined ? id : `${rule.title} (${id})`;
    let about = `${severityLabel(worst, lang)} · ${count(list.length, 'noun.finding', lang)}`;
    if (rule.summary !== undefined) about += `. ${rule.summary}`;
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
