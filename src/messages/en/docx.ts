import { formatNumber } from '../number-format.js';
import { count } from '../words.js';

const num = (n: number) => formatNumber(n, 'en');

/**
 * English: the words of the Word report (`--format docx`) that the markdown report does not
 * share. The blanks (……) are what the office fills in by hand: the report is the same on
 * every run, so it writes no agency, number, place, date or signature of its own.
 */
export const docx = {
  'report.docx.agency': '……………………………',
  'report.docx.number': 'No.: ………',
  /**
   * The national title and motto head a Vietnamese report only (src/report/docx.ts): an
   * English one is a working copy, not a document of a Vietnamese agency. Their official
   * English wording, for a reader of this catalogue.
   */
  'report.docx.nation': 'SOCIALIST REPUBLIC OF VIET NAM',
  'report.docx.motto': 'Independence - Freedom - Happiness',
  'report.docx.place-date': '……………, date ……………',
  'report.docx.kind': 'REPORT',
  'report.docx.subject':
    'Overlapping content between the training programmes: results of the review',
  'report.docx.opening':
    'Pursuant to ……………………, ……………… reports the results of the review of the training programmes as follows:',
  'report.docx.framework': (d: { name: string; period: string }) =>
    `Scope of the review: ${d.name} (${d.period}).`,
  'report.docx.summary': 'Overall results',
  'report.docx.section': (d: { n: number; title: string }) => `${num(d.n)}. ${d.title}`,
  /** A rule's heading among the findings: "2.1. Modules that overlap (module-overlap)". */
  'report.docx.rule': (d: { section: number; n: number; title: string; rule: string }) =>
    `${num(d.section)}.${num(d.n)}. ${d.title}`,
  'report.docx.invalid':
    'The input has errors. This report lists the findings only: the overlap analysis needs a valid repository. Fix the errors below and run it again.',
  'report.docx.rule-line': (d: { severity: string; n: number; summary: string }) =>
    `Severity: ${d.severity.toLowerCase()}; ${count(d.n, 'noun.finding', 'en')}.${d.summary === '' ? '' : ` ${d.summary}`}`,
  'report.docx.findings.head.finding': 'Finding',
  'report.docx.findings.head.place': 'File and line',
  'report.docx.closing':
    'These are the results of the review of overlapping content between the training programmes, submitted to ……………… for consideration.',
  'report.docx.recipients': 'Distribution:',
  'report.docx.recipient': '- ……………… (for information);',
  'report.docx.archive': '- File.',
  'report.docx.signer': '……………………………',
  'report.docx.signature': '(Signature, seal)',
  'report.docx.signer-name': '……………………………',
};
