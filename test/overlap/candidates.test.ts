import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCandidateIndex,
  candidatesAmong,
  findCandidates,
  mergeCandidates,
} from '../../src/overlap/candidates.js';
import { buildCorpus } from '../../src/overlap/corpus.js';
import { makeCatalog } from '../helpers/catalog.js';

const syllables =
  'an bình chính trị dân đảng giáo hành kinh lịch luận nước pháp quản sử tế văn xã'.split(' ');

/** Modules of random titles and topics over a few syllables, so that many pairs share terms. */
function corpusOf(seeds: readonly number[][]) {
  const text = (seed: number[], from: number) =>
    seed
      .slice(from, from + 4)
      .map((x) => syllables[x % syllables.length]!)
      .join(' ');
  const catalog = makeCatalog([
    {
      id: 'p',
      modules: seeds.map((seed, i) => ({
        id: `m${String(i).padStart(3, '0')}`,
        title: text(seed, 0),
        topics: [text(seed, 4), text(seed, 8)],
      })),
    },
  ]);
  return buildCorpus(catalog.modules);
}

const options = {
  maxDf: 50,
  minPartialCosine: 0.1,
  minPartialContainment: 0.2,
  minCopyCosine: 0.3,
};
const seedsArbitrary = fc.array(fc.array(fc.nat(100), { minLength: 12, maxLength: 12 }), {
  minLength: 2,
  maxLength: 60,
});

describe('candidate search', () => {
  it('finds the same pairs in the same order whichever way the documents are shared out', () => {
    fc.assert(
      fc.property(seedsArbitrary, fc.integer({ min: 1, max: 4 }), (seeds, step) => {
        const corpus = corpusOf(seeds);
        const index = buildCandidateIndex(corpus, options);
        const shares = Array.from({ length: step }, (_, first) =>
          candidatesAmong(index, first, step),
        );
        expect([...mergeCandidates(shares)]).toEqual([...findCandidates(corpus, options)]);
      }),
      { numRuns: 60 },
    );
  });

  it('returns pairs i < j, in increasing order of i then j', () => {
    fc.assert(
      fc.property(seedsArbitrary, (seeds) => {
        const pairs = findCandidates(corpusOf(seeds), options);
        for (let k = 0; k < pairs.length; k += 2) {
          expect(pairs[k]!).toBeLessThan(pairs[k + 1]!);
          if (k > 0) {
            const order = pairs[k - 2]! - pairs[k]! || pairs[k - 1]! - pairs[k + 1]!;
            expect(order).toBeLessThan(0);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

// The threaded search needs its worker script, which only the build has (`npm run build`).
const built = new URL('../../dist/overlap/candidates-threads.js', import.meta.url);
describe.runIf(existsSync(built))('candidate search on threads', () => {
  it('gives what one thread gives, with every worker answering', async () => {
    const threaded = (await import(
      built.href
    )) as typeof import('../../src/overlap/candidates-threads.js');
    const seeds = Array.from({ length: 400 }, (_, i) =>
      Array.from({ length: 12 }, (_, k) => (i * 7 + k * k * 13 + (i % 17) * k) % 101),
    );
    const corpus = corpusOf(seeds);
    const stats = { answered: 0 };
    const pairs = threaded.findCandidatesOnThreads(corpus, options, 3, { minDocuments: 0, stats });
    expect(stats.answered).toBe(2);
    expect(pairs.length).toBeGreaterThan(100);
    expect([...pairs]).toEqual([...findCandidates(corpus, options)]);
  });
});
