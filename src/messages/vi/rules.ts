import type { CatalogueOf } from '../types.js';
import type { rules as en } from '../en/rules.js';

/** Vietnamese: rule titles, summaries and the findings of the analysis. */
export const rules: CatalogueOf<typeof en> = {
  'common.verbatim': (d) => d.text,
  'legacy.text': (d) => d.vi,
};
