import type { LoadResult } from '../load/load-repository.js';
import { catalogLang } from '../model/data-lang.js';
import { type Lang, langOfTag } from '../model/lang.js';

/**
 * The language of the reports when `--lang` does not say: the framework's (from its
 * `language`, or its titles), read even from a framework that failed to load; English when
 * there is no framework at all.
 */
export function loadedLang(loaded: LoadResult): Lang {
  if (loaded.catalog) return catalogLang(loaded.catalog);
  return loaded.language !== undefined ? langOfTag(loaded.language) : 'en';
}
