import { cli } from './cli.js';
import { common } from './common.js';
import { docx } from './docx.js';
import { html } from './html.js';
import { imports } from './import.js';
import { load } from './load.js';
import { plan } from './plan.js';
import { report } from './report.js';
import { rules } from './rules.js';

/**
 * Every human-facing word of the tool in English. Its ids and the data each message takes are
 * the contract every other language's catalogue follows (src/messages/catalogue.ts).
 */
export const en = {
  ...rules,
  ...load,
  ...cli,
  ...report,
  ...docx,
  ...plan,
  ...html,
  ...imports,
  ...common,
};
