import type { CatalogueOf } from '../types.js';
import type { load as en } from '../en/load.js';

/** Vietnamese: the load messages. */
export const load: CatalogueOf<typeof en> = {};
