import type { CatalogueOf } from '../types.js';
import type { report as en } from '../en/report.js';

/** Vietnamese: the report messages. */
export const report: CatalogueOf<typeof en> = {};
