import { describe, expect, it } from 'vitest';
import { buildCorpus, minAssociation } from '../../src/overlap/corpus.js';
import { syllableKey } from '../../src/text/normalize.js';
import { makeCatalog } from '../helpers/catalog.js';
import { narrowArchive } from '../helpers/narrow-vocabulary.js';

describe('chance bigrams', () => {
  it('flags the pairs of a narrow vocabulary drawn at random: they make no words', () => {
    const { catalog } = narrowArchive({ modules: 300, syllables: 12, copies: 0 });
    const corpus = buildCorpus(catalog.modules);
    const bigram = corpus.termOf(syllableKey('quản'), syllableKey('lý'));
    expect(bigram).toBeDefined();
    expect(corpus.chance[bigram!]).toBe(1);
  });

  it(`keeps a word whose syllables stand together ${minAssociation}× more often than chance`, () => {
    const { modules } = narrowArchive({ modules: 300, syllables: 12, copies: 0 });
    // "phát triển" is written as a word in a tenth of the modules, among random syllables.
    const catalog = makeCatalog([
      {
        id: 'a',
        modules: modules.map((m, i) =>
          i % 10 === 0 ? { ...m, title: `${m.title} phát triển` } : m,
        ),
      },
    ]);
    const corpus = buildCorpus(catalog.modules);
    expect(corpus.chance[corpus.termOf(syllableKey('phát'), syllableKey('triển'))!]).toBe(0);
    expect(corpus.chance[corpus.termOf(syllableKey('quản'), syllableKey('lý'))!]).toBe(1);
  });
});
