import { render } from '../messages/catalogue.js';
import type { Location, Log, PhysicalLocation, Region, ReportingDescriptor, Result } from 'sarif';
import type { Finding, Severity } from '../findings/finding.js';
import { type RuleId, allRules, isRuleId, ruleSummary, ruleTitle } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import type { Lang } from '../model/lang.js';
import type { SourceLocation } from '../model/location.js';
import { compareStrings } from '../model/order.js';
import { catalogContent, fingerprintFindings } from '../gate/fingerprint.js';
import { escapeUnsafeJson } from './json-text.js';
import type { ReportInput, ReportOptions, Reporter } from './report-input.js';
import { textIn } from './text.js';

/** The key of the fingerprint in `partialFingerprints`; a new way of computing it is a new key. */
export const fingerprintKey = 'curriculumDedup/v1';

const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json';

const levels: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/**
 * SARIF 2.1.0, the format GitHub code scanning and editors' SARIF viewers read: one run, every
 * catalogued rule with its help, one result per finding with its location and a fingerprint
 * that survives moved lines and reordering.
 */
export const sarifReporter: Reporter = (input: ReportInput, options: ReportOptions) => [
  escapeUnsafeJson(JSON.stringify(sarifLog(input, options), null, 2)) + '\n',
];

/** The SARIF log of a report, as an object (the reporter is its JSON text). */
export function sarifLog(input: ReportInput, options: ReportOptions): Log {
  const { lang } = options;
  const descriptors = ruleDescriptors(input.findings, lang);
  const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));
  return {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'curriculum-dedup',
            ...(options.toolVersion === undefined
              ? {}
              : { version: options.toolVersion, semanticVersion: options.toolVersion }),
            rules: descriptors,
          },
        },
        // Messages are in the reader's language; columns count UTF-16 code units, as the
        // YAML parser does.
        language: lang,
        columnKind: 'utf16CodeUnits',
        results: fingerprintFindings(
          input.findings,
          input.analysis ? catalogContent(input.analysis.catalog) : () => undefined,
        ).map(({ finding, fingerprint }) =>
          result(finding, fingerprint, ruleIndex.get(finding.rule) ?? 0, lang),
        ),
      },
    ],
  };
}

/** Every catalogued rule, then any rule a finding names that the catalogue does not know. */
function ruleDescriptors(findings: readonly Finding[], lang: Lang): ReportingDescriptor[] {
  const unknown = [...new Set(findings.map((f) => f.rule))]
    .filter((id) => !isRuleId(id))
    .sort(compareStrings);
  const severityOf = (id: string) => findings.find((f) => f.rule === id)?.severity ?? 'warning';
  return [
    ...allRules.map((rule) => descriptor(rule, lang)),
    ...unknown.map((id) => ({
      id,
      name: pascalCase(id),
      defaultConfiguration: { level: levels[severityOf(id)] },
    })),
  ];
}

function descriptor(rule: Rule<RuleId>, lang: Lang): ReportingDescriptor {
  const title = render(ruleTitle(rule.id), lang);
  const summary = render(ruleSummary(rule.id), lang);
  const page = `docs/rules/${rule.id}.md`;
  const t = textIn(lang);
  const more = {
    text: t('report.sarif.see-also', { page }),
    markdown: t('report.sarif.see-also-markdown', { page }),
  };
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: message(title) },
    fullDescription: { text: message(summary) },
    help: {
      text: message(`${summary} ${more.text}`),
      markdown: message(`**${title}**\n\n${summary}\n\n${more.markdown}`),
    },
    defaultConfiguration: { level: levels[rule.severity] },
  };
}

function result(f: Finding, fingerprint: string, ruleIndex: number, lang: Lang): Result {
  return {
    ruleId: f.rule,
    ruleIndex,
    level: levels[f.severity],
    message: { text: message(render(f.message, lang)) },
    locations: [location(f)],
    ...(f.related && f.related.length > 0
      ? {
          relatedLocations: f.related.map((r, i) => ({
            id: i + 1,
            ...location(r),
            message: { text: message(render(r.message, lang)) },
          })),
        }
      : {}),
    partialFingerprints: { [fingerprintKey]: fingerprint },
  };
}

function location(where: SourceLocation & { endLine?: number; endColumn?: number }): Location {
  const physical: PhysicalLocation = { artifactLocation: artifactLocation(where.file) };
  const r = region(where);
  return { physicalLocation: r ? { ...physical, region: r } : physical };
}

/** Lines and columns from 1; a place before the first line (a whole file) has no region. */
function region(where: SourceLocation & { endLine?: number; endColumn?: number }) {
  if (!(where.line >= 1)) return undefined;
  const r: Region = { startLine: where.line };
  if (where.column >= 1) r.startColumn = where.column;
  if (where.endLine !== undefined && where.endLine >= where.line) r.endLine = where.endLine;
  if (where.endColumn !== undefined && where.endColumn >= 1) r.endColumn = where.endColumn;
  return r;
}

/**
 * A file as a URI reference: a relative path stays relative to the checkout (`%SRCROOT%`),
 * each segment percent-encoded so spaces, `#`, `%` and `?` stay part of the name; an absolute
 * path becomes a `file:` URI.
 */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const path = file.replace(/\\/g, '/');
  const encode = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  const drive = /^[A-Za-z]:\//.exec(path);
  if (drive) return { uri: `file:///${drive[0]}${encode(path.slice(drive[0].length))}` };
  if (path.startsWith('/')) return { uri: `file://${encode(path)}` };
  return { uri: encode(path), uriBaseId: '%SRCROOT%' };
}

/**
 * SARIF message strings read `{0}` as a placeholder and `{{`, `}}` as literal braces (SARIF
 * 2.1.0 §3.11.5): untrusted text doubles its braces so it is never read as a placeholder.
 */
export function message(text: string): string {
  return text.replace(/[{}]/g, (c) => c + c);
}

/** `module-overlap` → `ModuleOverlap`: SARIF's `name` for a rule, an identifier. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}
