import { consoleReporter } from './console.js';
import { csvReporter } from './csv.js';
import { docxReporter } from './docx.js';
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import { markdownReporter } from './markdown.js';
import { htmlReporter } from './html.js';
import { planReporter } from './plan-text.js';
import type { DocumentReporter, Reporter } from './report-input.js';
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

/** Built-in reporters whose report is a binary document, by name: written whole, never to a terminal. */
export const documentReporters = {
  docx: docxReporter,
} as const satisfies Record<string, DocumentReporter>;

export type TextReporterName = keyof typeof reporters;
export type DocumentReporterName = keyof typeof documentReporters;
export type ReporterName = TextReporterName | DocumentReporterName;

export function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(reporters, name) || isDocumentReporterName(name);
}

export function isDocumentReporterName(name: string): name is DocumentReporterName {
  return Object.hasOwn(documentReporters, name);
}

export const reporterNames: readonly ReporterName[] = [
  ...Object.keys(reporters),
  ...Object.keys(documentReporters),
].filter(isReporterName);
