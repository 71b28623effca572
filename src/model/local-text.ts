/**
 * The languages every human-facing word of the tool is written in. Vietnamese comes first:
 * the data is Vietnamese curriculum offices' own, and so are most readers.
 */
export type Lang = 'vi' | 'en';

export const langs: readonly Lang[] = ['vi', 'en'];

/**
 * A message in each language the tool speaks, chosen only when a report is written: the
 * analysis does not know who will read it, and one run can write a Vietnamese console report
 * beside an English SARIF file.
 */
export interface LocalText {
  readonly vi: string;
  readonly en: string;
}

export function localText(vi: string, en: string): LocalText {
  return { vi, en };
}

/** Text that reads the same in every language: a ref, a title quoted from the data. */
export function neutral(text: string): LocalText {
  return { vi: text, en: text };
}

export function isLang(value: string): value is Lang {
  return langs.some((l) => l === value);
}

/**
 * The report language a BCP-47 tag asks for (`vi`, `vi-VN` → vi); English for any other
 * language and when the data names none.
 */
export function langOfTag(tag: string | undefined): Lang {
  return tag !== undefined && /^vi(?:-|$)/i.test(tag) ? 'vi' : 'en';
}
