import { consoleReporter } from './console.js';
import { csvReporter } from './csv.js';
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import { markdownReporter } from './markdown.js';
import { htmlReporter } from './html.js';
import { planReporter } from './plan-text.js';
import type { Reporter } from './report-input.js';
import { sarifReporter } from './sarif.js';

/** Built-in reporters by name; the names are checked by the compiler wherever they are used. */
export const reporters = {
  console: consoleReporter,
  json: jsonReporter,
  markdown: markdownReporter,
  sarif: sarifReporter,
  github: githubReporter,
  csv: csvReporter,
  plan: planReporter,
  html: htmlReporter,
} as const satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;

export function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(reporters, name);
}

export const reporterNames: readonly ReporterName[] = Object.keys(reporters).filter(isReporterName);
