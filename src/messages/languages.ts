import type { Lang } from '../model/lang.js';
import type { Conventions, NounsOf } from './conventions.js';
import * as en from './en/common.js';
import * as vi from './vi/common.js';

/** A noun's id: `noun.module`, `noun.period`… English's nouns are the list. */
export type NounId = Extract<keyof typeof en.nouns, string>;

/** What number-format.ts and words.ts read of a language: its conventions and its nouns. */
export interface Language {
  readonly conventions: Conventions;
  readonly nouns: NounsOf<typeof en.nouns>;
}

/**
 * Every language's conventions and nouns (src/messages/<lang>/common.ts). Adding a language
 * is adding its folder, naming it here and in catalogue.ts, and adding it to `Lang`.
 */
export const languages: Readonly<Record<Lang, Language>> = { vi, en };
