import { formatNumber } from '../number-format.js';
import type { Say } from '../types.js';
import { type NounId, count, moduleWord, nounForm } from '../words.js';

const num = (n: number, maxDecimals?: number) => formatNumber(n, 'en', maxDecimals);

/** A module or programme as a reader knows it: its title, where it is taught in brackets. */
interface Named {
  readonly title: string;
  readonly where?: string;
}
const named = (n: Named) => (n.where === undefined ? `“${n.title}”` : `“${n.title}” (${n.where})`);
const list = (items: readonly Named[]) => items.map(named).join(', ');

type Reason =
  | 'national-original'
  | 'covers-others'
  | 'longest'
  | 'first'
  | 'holds-certificate'
  | 'taught-elsewhere'
  | 'national-programme';
const reasons: Record<Reason, string> = {
  'national-original': 'the national original',
  'covers-others': 'it teaches more of what the others teach than any of them',
  longest: 'the longest',
  first: 'they are alike; the first by code',
  'holds-certificate': 'studied already in the programme held',
  'taught-elsewhere': 'its content is taught in the programmes kept',
  'national-programme': 'the national programme',
};

interface Term {
  readonly hours: number;
  readonly learners: number;
}

/** The plan (src/plan/plan.ts) as a director reads it. */
export const plan = {
  'plan.heading': 'The plan: what to merge, exempt, retire and align',
  'plan.none': 'Nothing to merge, exempt, retire or align.',
  'plan.total': (d: { hours: number; actions: number; counted: number }) =>
    d.counted === d.actions
      ? `In all: ${num(d.hours)} hours of learners' time a year, the sum of the ${count(d.actions, 'noun.row', 'en')} below.`
      : `In all: ${num(d.hours)} hours of learners' time a year, from ${num(d.counted)} of the ${count(d.actions, 'noun.row', 'en')} below; the other ${num(d.actions - d.counted)} are not in it (their learners a year are not known, or they save teaching time only).`,
  'plan.total.short': (d: { hours: number; actions: number; counted: number; shown: number }) =>
    `In all: ${num(d.hours)} hours of learners' time a year, ${d.counted === d.actions ? `the sum of the plan's ${count(d.actions, 'noun.row', 'en')}` : `from ${num(d.counted)} of the plan's ${count(d.actions, 'noun.row', 'en')} (the others' learners a year are not known, or they save teaching time only)`}; the ${num(d.shown)} that save most are shown, and \`curriculum-dedup plan\` lists them all.`,
  'plan.total.uncounted': (d: { actions: number }) =>
    `${count(d.actions, 'noun.row', 'en')}; no learners' time a year is counted: the framework gives no learners a year for a position whose pathway they shorten.`,
  'plan.action.merge': 'Merge',
  'plan.action.exempt': 'Exempt',
  'plan.action.retire': 'Retire',
  'plan.action.align': 'Align',
  'plan.merge': (d: { keep: Named; others: readonly Named[] }) =>
    `keep ${named(d.keep)}; drop or shorten ${list(d.others)}`,
  'plan.exempt': (d: { held: Named; next: Named; modules: readonly Named[] }, say: Say) =>
    `holders of ${named(d.held)} may be exempted, in ${named(d.next)}, from ${num(d.modules.length)} ${moduleWord(say, d.modules.length)}: ${list(d.modules)}`,
  'plan.retire': (d: {
    programme: Named;
    hours: number;
    total: number;
    elsewhere: readonly Named[];
    unit: NounId;
  }) =>
    `${named(d.programme)}: ${num(d.hours)} of its ${count(d.total, d.unit, 'en')} are taught in ${list(d.elsewhere)}`,
  'plan.align': (d: { copy: Named; national: Named; provider: string }) =>
    `bring ${d.provider}'s ${named(d.copy)} back to ${named(d.national)}`,
  'plan.keep': (d: { reason: Reason }) => `Kept because: ${reasons[d.reason]}`,
  'plan.reason': (d: { reason: Reason }) =>
    reasons[d.reason].charAt(0).toUpperCase() + reasons[d.reason].slice(1),
  'plan.arithmetic': (d: {
    terms: readonly Term[];
    minutes: number;
    total: number;
    unit: NounId;
  }) => {
    const terms = d.terms.map(
      (t) => `${count(t.hours, d.unit, 'en')} × ${num(t.learners, 1)} learners a year`,
    );
    const sum = terms.length > 1 ? `(${terms.join(' + ')})` : (terms[0] ?? '');
    return `${sum} × ${num(d.minutes)} min ÷ 60 = ${num(d.total)} hours`;
  },
  'plan.arithmetic.unknown-learners': (d: { hours: number; unit: NounId }) =>
    `${count(d.hours, d.unit, 'en')} per learner; how many learners a year is not known`,
  'plan.arithmetic.teaching': (d: { hours: number; unit: NounId }) =>
    `no study time; ${count(d.hours, d.unit, 'en')} less to teach`,
  'plan.head.rank': '#',
  'plan.head.action': 'Action',
  'plan.head.what': 'What',
  'plan.head.keep': 'Why',
  'plan.head.per-learner': (d: { unit: NounId }) => `Per learner (${nounForm(d.unit, 'en')})`,
  'plan.head.learners': 'Learners a year',
  'plan.head.person-hours': 'Hours a year',
  'plan.head.arithmetic': 'How it is counted',
  'plan.how': (d: { minutes: number; unit: NounId }, say: Say) =>
    `Each row counts the ${nounForm(d.unit, 'en')} a learner would sit twice on the pathways of the positions it affects: the share of a ${moduleWord(say, 1)} that another ${moduleWord(say, 1)} of the pathway already teaches, times its length, in whole ${nounForm(d.unit, 'en')}. Hours a year = ${nounForm(d.unit, 'en')} per learner × learners a year × ${num(d.minutes)} minutes ÷ 60. Copies of one ${moduleWord(say, 1)} held by different providers count for nothing: no learner takes both. Aligning a copy saves teaching, not study time.`,
};
