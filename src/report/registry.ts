import { consoleReporter } from './console.js';
import { jsonReporter } from './json.js';
import type { Reporter } from './report-input.js';

/** Built-in reporters by name; the names are checked by the compiler wherever they are used. */
export const reporters = {
  console: consoleReporter,
  json: jsonReporter,
} as const satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;

function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(reporters, name);
}

export const reporterNames: readonly ReporterName[] = Object.keys(reporters).filter(isReporterName);
