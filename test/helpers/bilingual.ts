import { catalogues } from '../../src/messages/catalogue.js';
import type { Message } from '../../src/messages/types.js';
import type { Lang } from '../../src/model/lang.js';

/**
 * A message that says `vi` to a Vietnamese reader and `en` to an English one, for reporter
 * tests: they check that each reporter picks the reader's language and escapes what it
 * writes, which should not hang on the wording of any real message. The template is added
 * to this test file's own copy of the catalogues (vitest loads modules per test file).
 */
const id = 'test.bilingual';
for (const lang of Object.keys(catalogues) as Lang[])
  Object.assign(catalogues[lang], { [id]: (d: Readonly<Record<Lang, string>>) => d[lang] });

export function bilingual(vi: string, en: string): Message {
  return { id, data: { vi, en } };
}
