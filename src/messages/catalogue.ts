import type { Lang } from '../model/lang.js';
import { en } from './en/index.js';
import { languages } from './languages.js';
import type { CatalogueOf, Message, Say, Terms, Worded } from './types.js';
import { vi } from './vi/index.js';

/**
 * The message catalogues, one per language (src/messages/<lang>/): adding a language is adding
 * its folder and naming it here. English's catalogue is the contract: its ids, and the data
 * each template takes; the type below makes a missing or ill-typed message a compile error,
 * and test/messages/catalogue.test.ts checks the same at run time.
 */
export type Catalogue = CatalogueOf<typeof en>;

export const catalogues: Readonly<Record<Lang, Catalogue>> = { vi, en };

export type MessageId = Extract<keyof Catalogue, string>;

/** The data a message takes: nothing for a plain string, else its template's first parameter. */
export type DataOf<K extends MessageId> = Catalogue[K] extends string | Worded
  ? never
  : Catalogue[K] extends (data: infer D, say: Say) => string
    ? D
    : never;

/** A message of the catalogue, typed by its id and data. */
export interface TypedMessage<K extends MessageId = MessageId> extends Message {
  readonly id: K;
}

/** `message('schema.required', { key: 'id' })`; `message('common.accepted')` for a plain one. */
export function message<K extends MessageId>(
  id: K,
  ...data: [DataOf<K>] extends [never] ? [] : [DataOf<K>]
): TypedMessage<K> {
  const [values] = data;
  // Every template's data is an object of message values: the catalogue's types say so.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- see the line above
  return values === undefined ? { id } : { id, data: values as NonNullable<Message['data']> };
}

/**
 * The text of a message in a language; a message nested in the data renders in the same one.
 * With `terms`, the nouns a repository names itself (`moduleTerm`) take its word.
 */
export function render(m: Message, lang: Lang, terms?: Terms): string {
  if (terms?.module !== undefined && m.id === 'noun.module') {
    const n = m.data?.n;
    return languages[lang].conventions.term(terms.module, typeof n === 'number' ? n : undefined);
  }
  const catalogue = catalogues[lang];
  const say: Say = (nested) => render(nested, lang, terms);
  const table: Readonly<Record<string, string | ((data: never, say: Say) => string)>> = catalogue;
  const entry = table[m.id];
  if (typeof entry === 'string') return entry;
  // The data was checked against this template's type where the message was made.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- see the line above
  if (entry) return entry(m.data as never, say);
  // Ids are checked by the compiler where messages are made; one from elsewhere is a bug.
  throw new Error(`no message ${m.id} in the ${lang} catalogue`);
}
