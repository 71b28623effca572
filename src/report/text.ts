import { type DataOf, type MessageId, message, render } from '../messages/catalogue.js';
import { languages } from '../messages/languages.js';
import { formatNumber } from '../messages/number-format.js';
import { termNoun } from '../messages/words.js';
import type { Lang } from '../model/lang.js';
import type { Terms } from '../messages/types.js';

/** The text of a message of the catalogue, by id and data, in the language a report is in. */
export type Text = <K extends MessageId>(
  id: K,
  ...data: [DataOf<K>] extends [never] ? [] : [DataOf<K>]
) => string;

/**
 * `const t = textIn(lang)`, then `t('report.console.summary')`: a report's words, rendered;
 * with `terms`, in the repository's own words (reportTerms).
 */
export function textIn(lang: Lang, terms?: Terms): Text {
  return (id, ...data) => render(message(id, ...data), lang, terms);
}

/** "3 mô-đun", "3 chuyên đề", "3 modules": a count of modules in the data's own words. */
export function moduleCount(n: number, lang: Lang, terms?: Terms): string {
  return languages[lang].conventions.count(
    formatNumber(n, lang),
    render(termNoun('noun.module', n), lang, terms),
  );
}
