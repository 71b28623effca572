// npm run bench:titles — the overlap engine on labelled Vietnamese title pairs
// (bench/data/vn-titles.json): titles only, the hardest case, where a phrase that frames many
// titles ("… trong thời kỳ quá độ lên chủ nghĩa xã hội", "… ở cơ sở") is the subject of
// others, and place names share syllables. Every background title is a module of its own
// programme, all at one level; each labelled pair is scored as the engine scores it. Reports
// precision, recall and F1 by split (rules are chosen on "tune", reported on "report") and the
// recall or false-positive rate of each kind. Prints one JSON document.
//
//   npx tsx bench/titles.ts [--threshold 0.3] [--misses]

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Catalog, Module, Programme } from '../src/model/catalog.js';
import { analyzeOverlaps } from '../src/overlap/analyze-overlaps.js';

interface TitlePair {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  readonly overlap: boolean;
  readonly kind: string;
  readonly split: 'tune' | 'report';
}
interface TitleSet {
  readonly background: ReadonlyArray<{ readonly title: string }>;
  readonly pairs: readonly TitlePair[];
}

const dataPath = fileURLToPath(new URL('./data/vn-titles.json', import.meta.url));
const round = (x: number) => Number(x.toFixed(3));

/** Every title a module of its own programme, at one level; the ref of each title. */
function catalogOf(titles: readonly string[]): { catalog: Catalog; refOf: Map<string, string> } {
  const location = { file: 'vn-titles.json', line: 1, column: 1 };
  const refOf = new Map<string, string>();
  const programmes: Programme[] = titles.map((title, i) => {
    const id = `t${String(i).padStart(4, '0')}`;
    const module: Module = {
      ref: `${id}/m`,
      id: 'm',
      programme: id,
      title,
      hours: 10,
      part: undefined,
      activity: 'lesson',
      description: undefined,
      topics: [],
      outcomes: [],
      requires: [],
      requireLocations: [],
      language: 'vi',
      intendedOverlaps: [],
      location,
    };
    refOf.set(title, module.ref);
    return {
      id,
      title: id,
      track: 't',
      level: 'one',
      levelRef: 't/one',
      satisfies: [],
      provider: undefined,
      credential: undefined,
      audience: undefined,
      language: 'vi',
      source: undefined,
      hours: 10,
      modules: [module],
      file: 'vn-titles.json',
      location,
    };
  });
  const level = { ref: 't/one', track: 't', id: 'one', title: 'one', rank: 0, location };
  const modules = programmes.flatMap((p) => p.modules);
  return {
    refOf,
    catalog: {
      framework: {
        id: 'f',
        title: 'f',
        language: 'vi',
        periodMinutes: 45,
        moduleTerm: undefined,
        providers: [],
        location,
      },
      tracks: [{ id: 't', title: 't', levels: [level], location }],
      levels: new Map([['t/one', level]]),
      comparable: [],
      positions: [],
      programmes,
      modules,
      moduleByRef: new Map(modules.map((m) => [m.ref, m])),
      files: ['vn-titles.json'],
    },
  };
}

function measure(threshold: number, showMisses: boolean) {
  const data = JSON.parse(readFileSync(dataPath, 'utf8')) as TitleSet;
  const titles = [
    ...new Set([...data.background.map((b) => b.title), ...data.pairs.flatMap((p) => [p.a, p.b])]),
  ];
  const { catalog, refOf } = catalogOf(titles);
  const result = analyzeOverlaps(catalog, { thresholds: { overlap: threshold } });
  const scored = data.pairs.map((p) => {
    const score = result.score(refOf.get(p.a) ?? '', refOf.get(p.b) ?? '');
    return { ...p, score: round(score), reported: score >= threshold };
  });
  const summary = (pairs: typeof scored) => {
    const tp = pairs.filter((p) => p.overlap && p.reported).length;
    const fp = pairs.filter((p) => !p.overlap && p.reported).length;
    const fn = pairs.filter((p) => p.overlap && !p.reported).length;
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    return {
      pairs: pairs.length,
      precision: round(precision),
      recall: round(recall),
      f1: round((2 * precision * recall) / (precision + recall || 1)),
    };
  };
  const byKind = (pairs: typeof scored) => {
    const kinds = [
      ...new Set(pairs.map((p) => `${p.kind} ${p.overlap ? 'overlap' : 'not'}`)),
    ].sort();
    return Object.fromEntries(
      kinds.map((k) => {
        const mine = pairs.filter((p) => `${p.kind} ${p.overlap ? 'overlap' : 'not'}` === k);
        return [k, `${mine.filter((p) => p.reported).length} of ${mine.length} reported`];
      }),
    );
  };
  const splits = (['tune', 'report'] as const).map((split) => {
    const mine = scored.filter((p) => p.split === split);
    return {
      split,
      ...summary(mine),
      byKind: byKind(mine),
      ...(showMisses
        ? {
            wrong: mine
              .filter((p) => p.overlap !== p.reported)
              .map(
                (p) => `${p.id} ${p.overlap ? 'missed' : 'reported'} ${p.score}: ${p.a} ~ ${p.b}`,
              ),
          }
        : {}),
    };
  });
  return { titles: titles.length, threshold, splits };
}

const { values } = parseArgs({
  options: { threshold: { type: 'string', default: '0.3' }, misses: { type: 'boolean' } },
});
console.log(JSON.stringify(measure(Number(values.threshold), values.misses === true), null, 2));
