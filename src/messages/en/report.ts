import { formatFixed, formatNumber } from '../number-format.js';
import { type NounId, count, moduleWord, nounForm } from '../words.js';
import type { Say } from '../types.js';

const num = (n: number, maxDecimals?: number) => formatNumber(n, 'en', maxDecimals);
const fixed = (n: number) => formatFixed(n, 'en');
/** "1 fieldwork module", "3 fieldwork modules": a count of a phrase no other message uses. */
const counted = (n: number, one: string, other = `${one}s`) => `${num(n)} ${n === 1 ? one : other}`;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** The unit of the data's hours as a column heading says it: "Periods". */
/** A module as the data calls it ("module", or the framework's `moduleTerm`): plural unless n is 1. */
const mod = (say: Say, n?: number) => moduleWord(say, n);
/** The same, heading a column: "Module", "Modules". */
const Mod = (say: Say, n?: number) => capitalise(mod(say, n));
/** "3 modules", "1 module". */
const mods = (say: Say, n: number) => `${num(n)} ${mod(say, n)}`;
const unitHeading = (unit: NounId) => capitalise(nounForm(unit, 'en'));

/** The kinds of overlap, and where the two modules of one stand (src/overlap/types.ts). */
type Kind = 'duplicate' | 'overlap';
type Scope =
  'within-programme' | 'same-level' | 'cross-level' | 'comparable-levels' | 'cross-track';
type Severity = 'error' | 'warning' | 'info';

const kinds: Record<Kind, string> = { duplicate: 'duplicate', overlap: 'overlap' };
const scopes: Record<Scope, string> = {
  'within-programme': 'within one programme',
  'same-level': 'same level',
  'cross-level': 'across levels',
  'comparable-levels': 'across tracks, comparable levels',
  'cross-track': 'across tracks',
};
const severityNouns: Record<Severity, NounId> = {
  error: 'noun.error',
  warning: 'noun.warning',
  info: 'noun.note',
};
const severityNames: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

/** "2 errors, 1 warning": the severities that occur, in the order given. */
const severityParts = (counts: Readonly<Record<Severity, number>>, order: readonly Severity[]) =>
  order.filter((s) => counts[s] > 0).map((s) => count(counts[s], severityNouns[s], 'en'));

/** How a large cluster's copies are counted, in the console and the markdown report. */
interface CopiesData {
  readonly modules: number;
  readonly programmes: number;
  /** The first programmes, by id (escaped as the report needs). */
  readonly named: readonly string[];
  /** How many programmes `named` leaves out. */
  readonly more: number;
  /** The members identical to the representative. */
  readonly identical: number;
  readonly lines: number;
}

const copiesText = (d: CopiesData, say: Say) =>
  `${mods(say, d.modules)} in ${count(d.programmes, 'noun.programme', 'en')} (${d.named.join(', ')}${d.more > 0 ? ` and ${num(d.more)} more` : ''}); ${num(d.identical)} identical to ★; below, one line for each group of copies (${count(d.lines, 'noun.line', 'en')})`;

/**
 * English: the words of the reports (console, markdown, CSV, GitHub, SARIF). Data holds raw
 * numbers, refs and the unit of the data's hours; each template writes them as English does.
 */
export const report = {
  // Words every report shares.
  'report.overlap.kind': (d: { kind: Kind }) => kinds[d.kind],
  'report.overlap.scope': (d: { scope: Scope }) => scopes[d.scope],
  'report.severity': (d: { severity: Severity }) => severityNames[d.severity],
  'report.cluster.saves': (d: { hours: number; unit: NounId }) =>
    `${count(d.hours, d.unit, 'en')} taught twice`,
  /** "3 problems (1 error, 2 warnings)", what validate and the console count. */
  /** Findings by severity, as every human report counts them: "2 errors · 40 warnings · 3 notes". */
  'report.problems': (d: { error: number; warning: number; info: number; accepted: number }) => {
    const parts = severityParts(d, ['error', 'warning', 'info']);
    if (d.accepted > 0) parts.push(`${count(d.accepted, 'noun.finding', 'en')} accepted`);
    return parts.length > 0 ? parts.join(' · ') : 'no findings';
  },

  // A list of findings, one a line (console, validate).
  'report.findings.accepted': (d: { reason: string }) => `(accepted: ${d.reason})`,

  // validate's closing line.
  'report.validation.summary': (
    d: {
      files: number;
      skipped: number;
      programmes: number;
      modules: number;
      hours: number;
      unit: NounId;
    },
    say: Say,
  ) =>
    [
      count(d.files, 'noun.file', 'en') + (d.skipped > 0 ? ` (${num(d.skipped)} skipped)` : ''),
      count(d.programmes, 'noun.programme', 'en'),
      mods(say, d.modules),
      count(d.hours, d.unit, 'en'),
    ].join(', '),

  // The console report.
  'report.console.cluster': (d: { n: number }) => `Cluster ${d.n}`,
  'report.console.accepted-label': 'Accepted (intended): ',
  'report.console.shared-label': 'Shared: ',
  'report.console.where-label': 'Where: ',
  'report.console.copies-label': 'Copies: ',
  'report.console.cohesion': (d: { min: number; mean: number }) =>
    `similarity min ${fixed(d.min)}, mean ${fixed(d.mean)} · ★ module to keep`,
  'report.console.head.module': (_d: undefined, say: Say) => Mod(say, 1),
  'report.console.head.level': 'Level',
  'report.console.head.hours': (d: { unit: NounId }) => unitHeading(d.unit),
  'report.console.head.score': 'Score',
  'report.console.copies': (d: CopiesData, say: Say) => copiesText(d, say),
  'report.console.copy-count': (d: { copies: number; identical: number }) =>
    `and ${count(d.copies, 'noun.copy', 'en')} (${num(d.identical)} identical)`,
  'report.console.other-pairs': (d: { n: number }) => `Other overlapping pairs (${num(d.n)})`,
  'report.console.pair-shared': (d: { shared: readonly string[] }) =>
    `shared: ${d.shared.join('; ')}`,
  'report.console.summary': 'Summary',
  'report.console.totals': (
    d: {
      programmes: number;
      modules: number;
      hours: number;
      unit: NounId;
    },
    say: Say,
  ) =>
    `${count(d.programmes, 'noun.programme', 'en')}, ${mods(say, d.modules)}, ${count(d.hours, d.unit, 'en')}`,
  'report.console.excluded': (d: { n: number }, say: Say) =>
    `${num(d.n)} fieldwork or assessment ${mod(say, d.n)} not compared (--include compares them)`,
  'report.console.none': (_d: undefined, say: Say) => `no overlapping ${mod(say)}`,
  'report.console.threshold': (d: { threshold: number }) =>
    ` (overlap threshold ${num(d.threshold, 2)})`,
  'report.console.clusters': (
    d: { clusters: number; pairs: number; notListed: number },
    say: Say,
  ) =>
    `${counted(d.clusters, 'cluster')} of overlapping ${mod(say)} (${count(d.pairs, 'noun.pair', 'en')}${d.notListed > 0 ? `; ${count(d.notListed, 'noun.pair', 'en')} not listed` : ''})`,
  /** The hours are in bold on a terminal: the console finds them in the text as `count` writes them. */
  'report.console.duplicated': (d: { hours: number; unit: NounId }) =>
    `the archive holds ${count(d.hours, d.unit, 'en')} of teaching more than once`,
  'report.console.baseline-suppressed': (d: { n: number; file: string }) =>
    `${num(d.n)} findings recorded in the baseline ${d.file} left out`,
  'report.console.baseline-pruned': (d: { n: number }) =>
    `${num(d.n)} entries no longer found removed from the baseline`,
  // The console's overview: findings grouped by rule, the first few of each.
  'report.console.group': (d: { title: string; rule: string; n: number; noun: NounId }) =>
    `${d.title} · ${count(d.n, d.noun, 'en')} (${d.rule})`,
  'report.console.group-more': (d: { n: number; noun: NounId }) =>
    `… and ${num(d.n)} more ${nounForm(d.noun, 'en', d.n)}: --details shows them all`,
  'report.console.rows-more': (d: { n: number }) =>
    `… and ${counted(d.n, 'more line', 'more lines')} (--details)`,
  'report.console.details-hint':
    'The whole report (study time by position, every cluster and finding): add --details',
  // The findings that fail the check (`--fail-on`), last.
  'report.console.failing': (d: { n: number; failOn: string; baseline: boolean }) =>
    `${count(d.n, 'noun.finding', 'en')} ${d.n === 1 ? 'fails' : 'fail'} the check (--fail-on ${d.failOn})${d.baseline ? ', not accepted by the baseline' : ''}`,
  'report.console.mark-new': 'new',
  'report.console.mark-changed': 'changed since the baseline',

  // The console's study time by position.
  'report.study-time.heading': 'Study time by position',
  'report.study-time.national': ' (national pathways)',
  'report.study-time.provider': ' (provider pathways)',
  'report.study-time.head.pathway': 'Position: pathway',
  'report.study-time.head.sits': (d: { unit: NounId }) => `Sits (${nounForm(d.unit, 'en')})`,
  'report.study-time.head.twice': 'Twice',
  'report.study-time.more': (d: { n: number }) =>
    `${counted(d.n, 'provider pathway')} more in the JSON report`,
  'report.study-time.person-hours': (d: {
    clock: number;
    periods: number;
    unit: NounId;
    minutes: number;
  }) =>
    `With the learners per year the framework gives, teaching each repeated piece once gives back ${num(d.clock)} person-hours a year (${count(d.periods, d.unit, 'en')} × ${d.minutes} minutes).`,
  /** The part of `report.study-time.person-hours` in bold on a terminal. */
  'report.study-time.person-hours-mark': (d: { clock: number }) => `${num(d.clock)} person-hours`,

  // The console's provider drift.
  'report.drift.heading': (d: { drifting: number; all: number }) =>
    `Provider copies that differ from the national programme (${num(d.drifting)} of ${count(d.all, 'noun.copy', 'en')})`,
  'report.drift.head.copy': 'Provider copy',
  'report.drift.head.dropped': 'Dropped',
  'report.drift.head.added': 'Added',
  'report.drift.head.reworded': 'Reworded',
  'report.drift.copies': (d: { national: string }) => `copies ${d.national}`,
  'report.drift.more': (d: { n: number }) =>
    `${counted(d.n, 'more copy', 'more copies')} in the JSON report`,

  // The CSV report's header.
  'report.csv.module': (d: { side: string }, say: Say) => `${Mod(say, 1)} ${d.side}`,
  'report.csv.title': (d: { side: string }, say: Say) => `${Mod(say, 1)} ${d.side} title`,
  'report.csv.programme': (d: { side: string }) => `Programme ${d.side}`,
  'report.csv.track': (d: { side: string }) => `Track ${d.side}`,
  'report.csv.level': (d: { side: string }) => `Level ${d.side}`,
  'report.csv.hours': (d: { side: string; unit: NounId }) => `${unitHeading(d.unit)} ${d.side}`,
  'report.csv.score': 'Score',
  'report.csv.kind': 'Kind',
  'report.csv.scope': 'Scope',
  'report.csv.saved': (d: { unit: NounId }) => `${unitHeading(d.unit)} sat twice`,
  'report.csv.shared': 'Shared content',

  // GitHub Actions' closing line.
  'report.github.summary': (d: { error: number; warning: number; info: number }) => {
    const total = d.error + d.warning + d.info;
    if (total === 0) return 'curriculum-dedup: no findings';
    const parts = severityParts(d, ['error', 'warning', 'info']);
    return `curriculum-dedup: ${count(total, 'noun.finding', 'en')} (${parts.join(', ')})`;
  },

  // SARIF: where a rule's help continues.
  'report.sarif.see-also': (d: { page: string }) =>
    `See ${d.page} in the curriculum-dedup sources.`,
  'report.sarif.see-also-markdown': (d: { page: string }) =>
    `See \`${d.page}\` in the curriculum-dedup sources.`,

  // The markdown report: its title and summary.
  'report.markdown.title': 'Curriculum overlap report',
  'report.markdown.framework': 'Framework',
  'report.markdown.period': (d: { unit: NounId; minutes: number }) =>
    `${count(1, d.unit, 'en')} = ${num(d.minutes)} minutes`,
  'report.markdown.invalid':
    '**The input has errors.** This report lists the findings only: the overlap analysis needs a valid repository. Fix the errors below and run it again.',
  'report.markdown.summary': 'Summary',
  'report.markdown.head.measure': 'Measure',
  'report.markdown.head.value': 'Value',
  'report.markdown.files': 'Files read',
  'report.markdown.skipped': (d: { n: number }) => ` (${num(d.n)} skipped)`,
  'report.markdown.programmes': 'Programmes',
  'report.markdown.modules': (_d: undefined, say: Say) => Mod(say),
  'report.markdown.compared': (d: { n: number }) => ` (${num(d.n)} compared)`,
  'report.markdown.not-listed': (d: { n: number; perEnd: number }, say: Say) =>
    ` (and ${num(d.n)} more not listed: for each ${mod(say, 1)} and its copies, the report lists the ${d.perEnd} pairs repeated most)`,
  'report.markdown.hours': 'Total study time',
  'report.markdown.clusters': (_d: undefined, say: Say) => `Clusters of overlapping ${mod(say)}`,
  'report.markdown.overlaps': (_d: undefined, say: Say) => `Overlapping ${mod(say, 1)} pairs`,
  'report.markdown.duplicated': 'Teaching time the archive holds more than once',
  'report.markdown.person-hours': "Learners' study time saved a year",
  'report.markdown.plan-total': (d: { clock: number; actions: number; counted: number }) =>
    `**${num(d.clock)} hours**, ${d.counted === d.actions ? `the sum of the plan's ${count(d.actions, 'noun.action', 'en')}` : `from ${num(d.counted)} of the plan's ${count(d.actions, 'noun.action', 'en')} (the others' learners a year are not known, or they save teaching time only)`}`,
  'report.markdown.findings': 'Findings',
  /** The line under a capped table or list. */
  // The plain-text forms of a capped list's last line and of the plan's total (HTML, Word).
  'report.more': (d: { n: number; noun: NounId }) =>
    `… and ${num(d.n)} more ${nounForm(d.noun, 'en', d.n)}; the JSON report lists them all.`,
  'report.plan-total': (d: { clock: number; actions: number; counted: number }) =>
    `${num(d.clock)} hours, ${d.counted === d.actions ? `the sum of the plan's ${count(d.actions, 'noun.action', 'en')}` : `from ${num(d.counted)} of the plan's ${count(d.actions, 'noun.action', 'en')} (the others' learners a year are not known, or they save teaching time only)`}`,
  'report.markdown.more': (d: { n: number; noun: NounId }) =>
    `_… and ${num(d.n)} more ${nounForm(d.noun, 'en', d.n)}: the JSON report (\`--format json\`) has them all._`,

  // The markdown report's findings by rule.
  'report.markdown.findings.heading': 'Findings by rule',
  'report.markdown.findings.none': 'No findings.',
  'report.markdown.findings.clusters': (_d: undefined, say: Say) =>
    `Each cluster's ${mod(say)} are listed under “Clusters of overlapping ${mod(say)}”.`,
  'report.markdown.findings.more-places': (d: { n: number }) =>
    `… and ${counted(d.n, 'other place')}`,
  /** "2 errors · 40 warnings · 3 notes". */

  // The markdown report's clusters.
  'report.markdown.clusters.heading': (_d: undefined, say: Say) =>
    `Clusters of overlapping ${mod(say)}`,
  'report.markdown.clusters.intro': (d: { unit: NounId }, say: Say) =>
    `Each cluster is a group of ${mod(say)} that teach the same content. "Taught twice" is the ${nounForm(d.unit, 'en')} of the cluster taught more than once, providers' copies aside. In each cluster, ★ is the ${mod(say, 1)} to keep if it is merged: the national original, then the one that teaches most of the others' content, then the longest. The study time saved is in the plan. The overview prints; each cluster's details are in the collapsed sections below it.`,
  'report.markdown.clusters.head.cluster': 'Cluster',
  'report.markdown.clusters.head.kind': 'Kind',
  'report.markdown.clusters.head.modules': (_d: undefined, say: Say) => Mod(say),
  'report.markdown.clusters.head.hours': (d: { unit: NounId }) => unitHeading(d.unit),
  'report.markdown.clusters.head.saves': (d: { unit: NounId }) =>
    `Taught twice (${nounForm(d.unit, 'en')})`,
  'report.markdown.clusters.head.representative': (_d: undefined, say: Say) =>
    `${Mod(say, 1)} to keep`,
  'report.markdown.clusters.details-of': (d: { n: number }) =>
    `The details of the ${num(d.n)} clusters taught twice most follow; the JSON report has every cluster.`,
  'report.markdown.cluster': (d: { n: number }) => `Cluster ${num(d.n)}`,
  'report.markdown.cluster.shared': 'Shared',
  'report.markdown.cluster.where': 'Where',
  'report.markdown.cluster.cohesion': (d: { min: number; mean: number }) =>
    `similarity between members min ${fixed(d.min)}, mean ${fixed(d.mean)}`,
  'report.markdown.cluster.copies': (d: CopiesData, say: Say) =>
    `**Copies:** ${copiesText(d, say)}.`,
  'report.markdown.cluster.copy-count': (d: { copies: number; identical: number }) =>
    `(and ${count(d.copies, 'noun.copy', 'en')}, ${num(d.identical)} identical)`,
  /** The column of module refs (`programme/module`), beside their titles. */
  'report.markdown.cluster.head.module': 'Ref',
  'report.markdown.cluster.head.title': (_d: undefined, say: Say) => `${Mod(say, 1)} title`,
  'report.markdown.cluster.head.programme': 'Programme',
  'report.markdown.cluster.head.level': 'Level',
  'report.markdown.cluster.head.hours': (d: { unit: NounId }) => unitHeading(d.unit),
  'report.markdown.cluster.head.score': 'Score with ★',
  'report.markdown.lone.heading': (_d: undefined, say: Say) =>
    `Other overlapping ${mod(say, 1)} pairs`,
  'report.markdown.lone.intro': (_d: undefined, say: Say) =>
    `Pairs reported but not within one cluster (a broad ${mod(say, 1)} overlapping a narrower one, or two ${mod(say)} of different clusters).`,
  'report.markdown.lone.head.module': (_d: undefined, say: Say) => Mod(say, 1),
  'report.markdown.lone.head.score': 'Score',
  'report.markdown.lone.head.where': 'Where',
  'report.markdown.lone.head.shared': (d: { unit: NounId }) => `Shared (${nounForm(d.unit, 'en')})`,

  // The markdown report's provider drift.
  'report.markdown.drift.heading': "Providers' copies that differ from the national programme",
  'report.markdown.drift.intro': (d: { drifting: number; all: number; unit: NounId }, say: Say) =>
    `${num(d.drifting)} of ${num(d.all)} provider programmes copied from a national one differ from it: ${mod(say)} dropped, added or reworded, or their ${nounForm(d.unit, 'en')} changed. The copies that drop most first.`,
  'report.markdown.drift.head.programme': 'Provider programme',
  'report.markdown.drift.head.provider': 'Provider',
  'report.markdown.drift.head.national': 'Copies',
  'report.markdown.drift.head.dropped': 'Dropped',
  'report.markdown.drift.head.added': 'Added',
  'report.markdown.drift.head.reworded': 'Reworded',
  'report.markdown.drift.head.hours': (d: { unit: NounId }) => `Changed ${nounForm(d.unit, 'en')}`,

  // The markdown report's diagrams of tracks.
  'report.markdown.tracks.heading': 'Levels and programmes by track',
  'report.markdown.tracks.intro':
    'For each track: its levels, lowest first, and the programmes that provide each level (solid line) or whose certificate counts for it (dashed line).',
  /** Said only where `missing-level` is not set to off: the gaps are then drawn. */
  'report.markdown.tracks.gaps': 'A level framed in dashed red is one that no programme provides.',
  'report.markdown.tracks.counts': (d: { levels: number; programmes: number }) =>
    `${count(d.levels, 'noun.level', 'en')} · ${count(d.programmes, 'noun.programme', 'en')}`,
  'report.markdown.tracks.gap': 'no programme',
  'report.markdown.tracks.more': (d: { n: number }) => `and ${num(d.n)} more`,
  'report.markdown.tracks.providers': (d: { n: number }) => counted(d.n, 'provider programme'),

  // The markdown report's diagram of overlaps between programmes.
  'report.markdown.overlap-map.heading': 'Overlaps between programmes',
  'report.markdown.overlap-map.intro': (
    d: { unit: NounId; shown: number; all: number },
    say: Say,
  ) =>
    `Each line joins two programmes that teach the same content, labelled with the ${nounForm(d.unit, 'en')} repeated between them (the listed overlapping ${mod(say, 1)} pairs, summed).` +
    (d.shown < d.all
      ? ` Only the ${num(d.shown)} pairs of programmes that repeat most are drawn, of ${num(d.all)}.`
      : ''),

  // The markdown report's pathways.
  'report.markdown.pathways.heading': 'Study time by position pathway',
  'report.markdown.pathways.intro': (d: { unit: NounId; minutes: number }) => {
    const unit = nounForm(d.unit, 'en');
    return `A pathway is a minimal set of programmes a learner completes to qualify for a position. "Sat twice" counts the ${unit} whose content another programme of the same pathway teaches too. Hours saved a year = learners a year × ${unit} sat twice × ${num(d.minutes)} minutes.`;
  },
  'report.markdown.pathways.national': 'National pathways',
  'report.markdown.pathways.provider': 'Provider pathways',
  'report.markdown.pathways.head.position': 'Position',
  'report.markdown.pathways.head.programmes': 'Programmes',
  'report.markdown.pathways.head.sat': (d: { unit: NounId }) => `Sat (${nounForm(d.unit, 'en')})`,
  'report.markdown.pathways.head.twice': (d: { unit: NounId }) =>
    `Sat twice (${nounForm(d.unit, 'en')})`,
  'report.markdown.pathways.head.learners': 'Learners/year',
  'report.markdown.pathways.head.saved': 'Hours saved/year',
  'report.markdown.pathways.head.provider': 'Provider',
  'report.markdown.pathways.provider-count': (d: {
    variants: number;
    providers: number;
    differ: number;
  }) =>
    `Providers offer ${count(d.variants, 'noun.pathway', 'en')} (${counted(d.providers, 'provider')}); ${count(d.differ, 'noun.pathway', 'en')} of them differ from the national pathways of the same position, listed below.`,
  'report.markdown.pathways.unreached': 'No national pathway leads to: ',

  // The markdown report's exemptions.
  'report.markdown.exemptions.heading': 'Exemptions between levels',
  'report.markdown.exemptions.intro': (d: { unit: NounId }) =>
    `A holder of one programme's certificate who goes on to the programme of the next level of the track (or of a comparable level of another track) has studied part of it already: those ${nounForm(d.unit, 'en')} could be exempted.`,
  'report.markdown.exemptions.head.provider': 'Provider',
  'report.markdown.exemptions.head.held': 'Certificate held',
  'report.markdown.exemptions.head.next': 'Next programme',
  'report.markdown.exemptions.head.next-hours': (d: { unit: NounId }) =>
    `Next programme (${nounForm(d.unit, 'en')})`,
  'report.markdown.exemptions.head.exempt': (d: { unit: NounId }) =>
    `Exempt (${nounForm(d.unit, 'en')})`,
  'report.markdown.exemptions.head.share': 'Share',
  'report.markdown.exemptions.national': 'national',

  // The markdown report's shared hours between programmes.
  'report.markdown.programmes.heading': (d: { unit: NounId }) =>
    `Shared ${nounForm(d.unit, 'en')} between programmes`,
  'report.markdown.programmes.intro': (d: { unit: NounId }, say: Say) =>
    `Each row is a pair of programmes with overlapping ${mod(say)}: the overlapping ${mod(say, 1)} pairs and the ${nounForm(d.unit, 'en')} they share (those a learner taking both would not need to sit twice), the pairs that share most first.`,
  'report.markdown.programmes.head.programme': 'Programme',
  'report.markdown.programmes.head.pairs': (_d: undefined, say: Say) => `${Mod(say, 1)} pairs`,
  'report.markdown.programmes.head.shared': (d: { unit: NounId }) =>
    `Shared (${nounForm(d.unit, 'en')})`,
  'report.markdown.programmes.same': '(within the programme)',
};
