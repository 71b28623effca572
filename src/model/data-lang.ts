import type { Catalog } from './catalog.js';
import { type Lang, langOfTag } from './lang.js';

/** Letters only Vietnamese writes among the languages our data comes in (after NFC). */
const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/**
 * The language a report on this catalogue is written in, unless `--lang` says otherwise: the
 * framework's `language`; where it names none, Vietnamese when most programme titles are
 * written in Vietnamese letters, English otherwise.
 */
export function catalogLang(catalog: Catalog): Lang {
  const tag = catalog.framework.language;
  if (tag !== undefined) return langOfTag(tag);
  const titles = [catalog.framework.title, ...catalog.programmes.map((p) => p.title)];
  const inVietnamese = titles.filter((t) => vietnamese.test(t.normalize('NFC'))).length;
  return inVietnamese * 2 > titles.length ? 'vi' : 'en';
}
