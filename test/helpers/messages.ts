import { render } from '../../src/messages/catalogue.js';
import type { Message } from '../../src/messages/types.js';
import { type Lang, langs } from '../../src/model/lang.js';

/** A message in every language, for tests that check what each reader is told. */
export function renderAll(m: Message): Readonly<Record<Lang, string>> {
  return Object.fromEntries(langs.map((lang) => [lang, render(m, lang)])) as Record<Lang, string>;
}
