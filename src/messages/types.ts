/**
 * The shape every language's catalogue shares. A message is stored as its id and its data,
 * never as text: a report renders it in its reader's language, and a baseline fingerprints the
 * id and the data, so rewording a message changes no fingerprint.
 */

/** A value a message is made from: plain data (a fingerprint hashes it), or another message. */
export type MessageValue =
  string | number | boolean | Message | readonly MessageValue[] | MessageRecord;

/** Named values, as a message's data. */
// An interface, not a Record alias: a type alias cannot refer to itself.
export interface MessageRecord {
  readonly [key: string]: MessageValue;
}

/** A message as findings and errors carry it: which one, and what fills it. */
export interface Message {
  readonly id: string;
  readonly data?: MessageRecord;
}

/** Renders a message nested in another's data, in the language being written. */
export type Say = (message: Message) => string;

/**
 * A message without data whose words depend on the data's own terms (the framework's
 * `moduleTerm`): it names them through `say` (`say(noun('noun.module'))`), so that a report
 * renders "chuyên đề" where the framework says so. Written like a template, called with no data.
 */
export type Worded = (data: undefined, say: Say) => string;

/**
 * One language's text for each message of `T` (English's catalogue, the source of the ids and
 * of the data each message takes): a string or a worded text for a message without data, else
 * a template.
 */
export type CatalogueOf<T> = {
  readonly [K in keyof T]: T[K] extends string | Worded
    ? string | Worded
    : T[K] extends (data: infer D, ...rest: never[]) => string
      ? (data: D, say: Say) => string
      : never;
};

/**
 * The words a repository gives itself (format 1.2), which a report in its language uses in
 * place of the catalogue's: `module`, what its offices call a module ("chuyên đề").
 */
export interface Terms {
  readonly module?: string;
}
