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
    'The input has errors, so no overlap could be sought; this report lists the errors and findings only. Fix the errors below and run again.',
  'report.html.search': 'Search (accents optional)',
  'report.html.search.hint': (_d: undefined, say: Say) => `a programme, ${mod(say, 1)} or phrase`,
  'report.html.filter.rule': 'Kind of finding',
  'report.html.filter.programme': 'Programme',
  'report.html.filter.provider': 'Provider',
  'report.html.filter.all': 'All',
  'report.html.filter.national': 'National programmes (no provider)',
  'report.html.filter.applies': (_d: undefined, say: Say) =>
    `Search and filters apply to the plan, the overlapping ${mod(say, 2)}, the findings and the providers' differences; the kind of finding to the overlaps and findings only.`,
  'report.html.filter.nothing': 'Nothing here matches the search and filters.',
  'report.html.summary': 'Summary',

  'report.html.heatmap.heading': (d: { unit: NounId }) =>
    `${unit(d.unit).charAt(0).toUpperCase()}${unit(d.unit).slice(1)} repeated between programmes`,
  'report.html.heatmap.intro': (
    d: { unit: NounId; shown: number; all: number; copies: number; drifting: number },
    say: Say,
  ) =>
    `Each cell is the number of ${unit(d.unit)} the programme of its row and the programme of its column share (summed over the pairs of ${mod(say, 2)} compared below); a cell on the diagonal is shared within one programme. The darker, the more.` +
    (d.shown < d.all
      ? ` Only the ${num(d.shown)} programmes that share most are drawn (of ${num(d.all)}).`
      : '') +
    (d.copies > 0
      ? ` Providers' copies of national programmes (${num(d.copies)}) are left out: what they share is what their national programme shares${d.drifting > 0 ? '; the last section shows how each differs from it' : ''}.`
      : ''),
  'report.html.heatmap.cell': (d: { a: string; b: string; hours: number; unit: NounId }) =>
    `${d.a} × ${d.b}: ${count(d.hours, d.unit, 'en')}`,
  'report.html.heatmap.programme': 'Programme',

  'report.html.hierarchy.heading': 'Levels, programmes and pathways',
  'report.html.hierarchy.intro':
    "Each track's levels from lowest to highest, with the national programmes of each level; a solid line: the programme teaches that level; a dashed line: its certificate is recognised as equivalent to that level.",
  'report.html.hierarchy.gaps': 'A level in a red dashed frame has no programme.',
  'report.html.pathways.heading': 'Pathways by position',
  'report.html.pathways.intro': (d: { unit: NounId }) =>
    `The programmes a learner must complete (lowest level first) to meet a position's requirements; under each, its ${unit(d.unit)}, and in red those it shares with another programme of the pathway.`,
  'report.html.pathways.repeated': (d: { hours: number; unit: NounId }) =>
    `${count(d.hours, d.unit, 'en')} shared`,
  'report.html.pathways.alternative':
    "(an alternative pathway; the position's learners are counted on its shortest)",
  'report.html.pathways.figures': (d: {
    sat: number;
    twice: number;
    unit: NounId;
    learners: number;
    saved: number;
  }) =>
    (d.twice === 0
      ? `${count(d.sat, d.unit, 'en')} in all, none sat twice`
      : `${count(d.sat, d.unit, 'en')} in all, ${count(d.twice, d.unit, 'en')} sat twice`) +
    (d.learners > 0 ? ` · ${num(d.learners)} learners a year` : '') +
    (d.learners > 0 && d.saved > 0 ? ` · up to ${num(d.saved)} hours a year saved` : ''),
  'report.html.overlaps.heading': (_d: undefined, say: Say) =>
    `Overlapping ${mod(say, 2)} compared`,
  'report.html.overlaps.intro': (d: { shown: number; all: number; unit: NounId }, say: Say) =>
    `The two ${mod(say, 2)} of each pair side by side, the phrases they share highlighted; the pairs that share most ${unit(d.unit)} first. Similarity runs from 0 to 1 (1: identical).` +
    (d.shown < d.all
      ? ` The ${num(d.shown)} pairs that share most are shown (of ${num(d.all)}).`
      : ''),
  'report.html.overlaps.pair': (d: {
    kind: string;
    scope: string;
    score: string;
    hours: number;
    unit: NounId;
    copies: boolean;
  }) =>
    `${d.kind.charAt(0).toUpperCase()}${d.kind.slice(1)} · ${d.scope} · similarity ${d.score} · ` +
    (d.hours > 0
      ? `a learner taking both sits ${count(d.hours, d.unit, 'en')} twice`
      : d.copies
        ? "no learner takes both (a provider's copy of a national programme)"
        : `no ${unit(d.unit)} sat twice`),
  'report.html.overlaps.shared': 'Shared phrases',
  'report.html.module.level': 'Level',
  'report.html.module.provider': 'Provider',
  'report.html.module.hours': (d: { hours: number; unit: NounId }) => count(d.hours, d.unit, 'en'),
} as const;
