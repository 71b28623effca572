import { consoleReporter } from './console.js';
import { jsonReporter } from './json.js';
import type { Reporter } from './report-input.js';

/** Built-in reporters by name; the names are checked by the compiler wherever they are used. */
export const reporters = {
  console: consoleReporter,
  json: jsonReporter,
} as const satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;

export const reporterNames = Object.keys(reporters) as ReporterName[];
