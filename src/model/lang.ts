/**
 * The languages every human-facing word of the tool is written in. Vietnamese comes first:
 * the data is Vietnamese curriculum offices' own, and so are most readers.
 */
export type Lang = 'vi' | 'en';

export const langs: readonly Lang[] = ['vi', 'en'];

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
