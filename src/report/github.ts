import { render } from '../messages/catalogue.js';
import { type Finding, type Severity, countBySeverity } from '../findings/finding.js';
import { isRuleId, ruleTitle } from '../rules/index.js';
import type { Lang } from '../model/lang.js';
import type { ReportInput, ReportOptions, Reporter } from './report-input.js';
import { textIn } from './text.js';
import { visible } from './visible.js';

const commands: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line a finding,
 * which the runner turns into an annotation on the file and line of a pull request, then one
 * plain line counting the findings.
 */
export const githubReporter: Reporter = (input: ReportInput, options: ReportOptions) => [
  ...input.findings.map((f) => annotation(f, options.lang) + '\n'),
  summary(input.findings, options.lang) + '\n',
];

/** `::warning file=F,line=L,col=C,title=T::message`, on one line whatever the text holds. */
export function annotation(f: Finding, lang: Lang): string {
  const properties: [string, string | number | undefined][] = [
    ['file', visible(f.file)],
    ['line', f.line >= 1 ? f.line : undefined],
    ['col', f.line >= 1 && f.column >= 1 ? f.column : undefined],
    ['endLine', f.endLine],
    ['endColumn', f.endColumn],
    ['title', titled(f.rule, lang)],
  ];
  const list = properties
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  // The annotation's text: the message, then each related place on a line of its own.
  const text = [
    visible(render(f.message, lang)),
    ...(f.related ?? []).map(
      (r) => `${visible(r.file)}:${r.line}:${r.column}  ${visible(render(r.message, lang))}`,
    ),
  ].join('\n');
  return `::${commands[f.severity]} ${list}::${escapeData(text)}`;
}

/** "Mô-đun trùng lặp (module-overlap)": the rule's title and id; the id alone if unknown. */
function titled(id: string, lang: Lang): string {
  return isRuleId(id) ? `${render(ruleTitle(id), lang)} (${id})` : visible(id);
}

/** The closing line, plain text (not a command): how many findings of each severity. */
function summary(findings: readonly Finding[], lang: Lang): string {
  return textIn(lang)('report.github.summary', countBySeverity(findings));
}

/** A command's data: `%`, CR and LF escaped as the runner unescapes them (actions/toolkit). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value: as data, and `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
