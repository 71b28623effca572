import { formatNumber } from '../number-format.js';
import { type NounId, count, moduleWord, nounForm } from '../words.js';
import type { Say } from '../types.js';

const num = (n: number) => formatNumber(n, 'en');
const mod = (say: Say, n?: number) => moduleWord(say, n);
const unit = (u: NounId) => nounForm(u, 'en');

/** English: the words of the HTML report (src/report/html.ts) that no other report uses. */
export const html = {
  'report.html.contents': 'Contents',
  'report.html.invalid':
    'The input has errors. This report lists the findings only: finding overlaps needs a valid repository. Fix the errors below and run again.',
  'report.html.search': 'Search',
  'report.html.search.hint': 'a title, a programme, a phrase… (accents optional)',
  'report.html.filter.rule': 'Rule',
  'report.html.filter.programme': 'Programme',
  'report.html.filter.provider': 'Provider',
  'report.html.filter.all': 'All',
  'report.html.filter.national': 'National programmes',
  'report.html.filter.applies':
    'The search and filters apply to the plan, the overlaps, the findings and the providers’ copies; the rule filter to the overlaps and findings.',
  'report.html.filter.nothing': 'Nothing here matches the search and filters.',
  'report.html.more': (d: { n: number; noun: NounId }) =>
    `… and ${num(d.n)} more ${nounForm(d.noun, 'en', d.n)}: the JSON report (--format json) has them all.`,
  'report.html.summary': 'Summary',

  'report.html.heatmap.heading': (d: { unit: NounId }) =>
    `${unit(d.unit).charAt(0).toUpperCase()}${unit(d.unit).slice(1)} repeated between programmes`,
  'report.html.heatmap.intro': (
    d: { unit: NounId; shown: number; all: number; copies: number; drifting: number },
    say: Say,
  ) =>
    `Each cell is the number of ${unit(d.unit)} that the ${mod(say)} of the row's programme and the column's repeat between them (the listed overlapping pairs, summed); a cell on the diagonal is repeated within one programme. The darker, the more.` +
    (d.shown < d.all
      ? ` Only the ${num(d.shown)} programmes that repeat most are drawn (of ${num(d.all)}).`
      : '') +
    (d.copies > 0
      ? ` Providers' copies of national programmes (${num(d.copies)}) are left out: they repeat what their national programme repeats${d.drifting > 0 ? '; the last section shows how each differs from it' : ', and none differs from it'}.`
      : ''),
  'report.html.heatmap.cell': (d: { a: string; b: string; hours: number; unit: NounId }) =>
    `${d.a} × ${d.b}: ${count(d.hours, d.unit, 'en')}`,
  'report.html.heatmap.programme': 'Programme',

  'report.html.hierarchy.heading': 'Levels, programmes and pathways',
  'report.html.hierarchy.intro':
    "Each track's levels from lowest to highest, with the national programmes of each level: a solid line to the level a programme teaches, a dashed one to a level its certificate counts for.",
  'report.html.hierarchy.gaps': 'A level in a red dashed frame has no programme.',
  'report.html.pathways.heading': 'Pathways by position',
  'report.html.pathways.intro': (d: { unit: NounId }) =>
    `The programmes a learner completes, in order, to meet a position's requirements; under each, its ${unit(d.unit)}, and in red those repeated from an earlier programme of the pathway.`,
  'report.html.pathways.figures': (d: {
    sat: number;
    twice: number;
    unit: NounId;
    learners: number;
    saved: number;
  }) =>
    `${count(d.sat, d.unit, 'en')} in all, ${num(d.twice)} repeated` +
    (d.learners > 0
      ? ` · ${num(d.learners)} learners a year · ${num(d.saved)} hours a year saved`
      : ''),

  'report.html.overlaps.heading': (_d: undefined, say: Say) =>
    `Overlapping ${mod(say, 2)} side by side`,
  'report.html.overlaps.intro': (d: { shown: number; all: number }, say: Say) =>
    `Each pair of overlapping ${mod(say, 2)}, the two side by side, with the phrases they share highlighted; the pairs that repeat most first.` +
    (d.shown < d.all
      ? ` The ${num(d.shown)} pairs that repeat most are shown (of ${num(d.all)}).`
      : ''),
  'report.html.overlaps.pair': (d: {
    kind: string;
    scope: string;
    score: string;
    hours: number;
    unit: NounId;
  }) =>
    `${d.kind.charAt(0).toUpperCase()}${d.kind.slice(1)}, ${d.scope} · similarity ${d.score} · ${count(d.hours, d.unit, 'en')} repeated`,
  'report.html.overlaps.shared': 'Shared phrases',
  'report.html.overlaps.topics': 'Topics',
  'report.html.module.level': 'Level',
  'report.html.module.provider': 'Provider',
  'report.html.module.hours': (d: { hours: number; unit: NounId }) => count(d.hours, d.unit, 'en'),
} as const;
