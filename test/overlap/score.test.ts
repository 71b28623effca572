import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/overlap/corpus.js';
import { combineScore, measurePair, scoreAtLeast } from '../../src/overlap/score.js';
import { makeCatalog } from '../helpers/catalog.js';
import { narrowArchive } from '../helpers/narrow-vocabulary.js';

/** Subject agreement of the first two modules of a one-programme catalogue. */
function subject(language: string, ...modules: { title: string; description?: string }[]) {
  const catalog = makeCatalog([
    { id: 'p', language, modules: modules.map((m, i) => ({ id: `m${i}`, ...m })) },
  ]);
  return measurePair(buildCorpus(catalog.modules), 0, 1).subject;
}

describe('subject agreement', () => {
  it('holds a title whose words the other module has apart: "lý kinh" is no word', () => {
    expect(
      subject('vi', { title: 'Quản lý kinh tế' }, { title: 'Quản lý nhà nước về kinh tế' }),
    ).toBe(1);
  });

  it('holds a pair with a function word only as written', () => {
    const apart = subject(
      'en',
      { title: 'Seminar in Geobiology' },
      { title: 'Geobiology field seminar', description: 'Fieldwork in teams.' },
    );
    expect(apart).toBeGreaterThan(0);
    expect(apart).toBeLessThan(1);
  });
});

describe('scoreAtLeast', () => {
  const { catalog } = narrowArchive({ modules: 200, syllables: 24, copies: 10 });
  const corpus = buildCorpus(catalog.modules, (m) => (m.programme === 'a' ? 'one' : 'two'));
  const n = catalog.modules.length;

  it('is the score wherever the score reaches the floor, and below the floor elsewhere', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: n - 1 }),
        fc.integer({ min: 0, max: n - 1 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (a, b, floor) => {
          const exact = combineScore(measurePair(corpus, a, b), corpus, a, b);
          const bounded = scoreAtLeast(corpus, a, b, floor);
          if (exact >= floor) expect(bounded).toBe(exact);
          else expect(bounded).toBeLessThan(floor);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is exact on every planted copy, and on the pairs the engine reports', () => {
    const index = new Map(catalog.modules.map((m, i) => [m.ref, i]));
    for (const [x, y] of narrowArchive({ modules: 200, syllables: 24, copies: 10 }).planted) {
      const [a, b] = [index.get(x)!, index.get(y)!];
      const exact = combineScore(measurePair(corpus, a, b), corpus, a, b);
      expect(exact).toBeGreaterThanOrEqual(0.3);
      expect(scoreAtLeast(corpus, a, b, 0.3)).toBe(exact);
    }
  });
});

describe('a near copy that shares nothing specific', () => {
  // Two different modules, so no exact group decides: the measures below are what is judged.
  const corpus = buildCorpus(
    makeCatalog([
      {
        id: 'p',
        language: 'vi',
        modules: [
          { id: 'a', title: 'Một' },
          { id: 'b', title: 'Hai' },
        ],
      },
    ]).modules,
  );
  // A copy whose title and a fifth of its words were reworded, in a vocabulary where every
  // word is common: it shares nothing specific, only most of its text.
  const reworded = {
    cosine: 0.55,
    title: 0.05,
    subject: 0.4,
    containedAinB: 0.6,
    containedBinA: 0.64,
    resemblance: 0.55,
    copyContainment: 0.65,
    specificShared: 0,
    sharedLocal: 0,
    topics: 0,
  };

  it('scores when one holds most of the other and the other half of the one', () => {
    expect(combineScore(reworded, corpus, 0, 1)).toBeGreaterThan(0);
  });

  it('scores nothing when either holds too little of the other', () => {
    expect(combineScore({ ...reworded, copyContainment: 0.55 }, corpus, 0, 1)).toBe(0);
    expect(combineScore({ ...reworded, resemblance: 0.45 }, corpus, 0, 1)).toBe(0);
  });
});
