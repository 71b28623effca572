import type { CatalogueOf } from '../types.js';
import type { cli as en } from '../en/cli.js';

/** Vietnamese: the cli messages. */
export const cli: CatalogueOf<typeof en> = {};
