import type { Catalog } from '../../src/model/catalog.js';
import { type ModuleSpec, makeCatalog } from './catalog.js';

/** Political-theory syllables, the first `syllables` of which an archive is written in. */
const vocabulary = [
  'quản',
  'lý',
  'nhà',
  'nước',
  'kinh',
  'tế',
  'xã',
  'hội',
  'chính',
  'trị',
  'đảng',
  'dân',
  'phát',
  'triển',
  'văn',
  'hóa',
  'pháp',
  'luật',
  'công',
  'tác',
  'cán',
  'bộ',
  'tư',
  'tưởng',
  'lịch',
  'sử',
  'thực',
  'tiễn',
  'lý',
  'luận',
  'hệ',
  'thống',
];

export interface NarrowArchive {
  readonly catalog: Catalog;
  /** The random modules, programme `a` at level `one`. */
  readonly modules: ModuleSpec[];
  /** Each planted copy (programme `b`, level `two`) with its original: refs. */
  readonly planted: ReadonlyArray<readonly [string, string]>;
}

/**
 * An archive written in a few syllables drawn at random (every word of it common, every pair
 * of syllables a chance one), with `copies` of its modules at another level, each with one
 * topic dropped or one syllable of a topic replaced. Deterministic.
 */
export function narrowArchive(options: {
  modules: number;
  syllables: number;
  copies: number;
}): NarrowArchive {
  const words = vocabulary.slice(0, options.syllables);
  // mulberry32: a linear congruential generator's low bits repeat ("dân dân dân").
  let seed = 11;
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return (x ^ (x >>> 14)) >>> 0;
  };
  const text = (length: number) =>
    Array.from({ length }, () => words[next() % words.length]).join(' ');
  const modules: ModuleSpec[] = Array.from({ length: options.modules }, (_, i) => ({
    id: `m${String(i).padStart(3, '0')}`,
    title: text(4 + (i % 5)),
    topics: Array.from({ length: 3 + (i % 3) }, () => text(3 + (next() % 4))),
  }));
  const copies: ModuleSpec[] = [];
  const planted: Array<readonly [string, string]> = [];
  for (let k = 0; k < options.copies; k++) {
    const original = modules[k * 7]!;
    const topics = [...(original.topics ?? [])];
    if (k % 2 === 0) topics.splice(1, 1);
    else topics[0] = `${topics[0]!.split(' ').slice(1).join(' ')} ${words[0]!}`;
    copies.push({ id: `copy${k}`, title: original.title, topics });
    planted.push([`a/${original.id}`, `b/copy${k}`]);
  }
  const catalog = makeCatalog([
    { id: 'a', level: 'one', modules },
    ...(copies.length > 0 ? [{ id: 'b', level: 'two', modules: copies }] : []),
  ]);
  return { catalog, modules, planted };
}
