import { type DataOf, type MessageId, message, render } from '../messages/catalogue.js';
import type { Lang } from '../model/lang.js';

/** The text of a message of the catalogue, by id and data, in the language a report is in. */
export type Text = <K extends MessageId>(
  id: K,
  ...data: [DataOf<K>] extends [never] ? [] : [DataOf<K>]
) => string;

/** `const t = textIn(lang)`, then `t('report.console.summary')`: a report's words, rendered. */
export function textIn(lang: Lang): Text {
  return (id, ...data) => render(message(id, ...data), lang);
}
