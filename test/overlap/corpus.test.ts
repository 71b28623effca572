import { describe, expect, it } from 'vitest';
import { buildCorpus, minAssociation } from '../../src/overlap/corpus.js';
import { idf } from '../../src/overlap/weights.js';
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

describe('buildCorpus', () => {
  it('weighs terms over distinct contents: an original and its copies count once', () => {
    const original = {
      id: 'qlnn',
      title: 'Quản lý hành chính nhà nước',
      topics: ['Tổ chức bộ máy hành chính', 'Công vụ và công chức'],
    };
    const catalog = makeCatalog([
      { id: 'trung-uong', modules: [original] },
      ...['a', 'b', 'c'].map((id) => ({ id: `tinh-${id}`, modules: [original] })),
      { id: 'z', modules: [{ id: 'lsd', title: 'Lịch sử Đảng', topics: ['Đảng ra đời'] }] },
    ]);
    const corpus = buildCorpus(
      catalog.modules,
      undefined,
      () => (m) => (m.programme === 'trung-uong' ? undefined : m.programme),
    );
    expect(corpus.distinct).toBe(2);
    // The national module heads its copies' group, though its ref sorts after theirs.
    expect([...corpus.copyGroup]).toEqual([3, 3, 3, 3, 4]);
    const term = corpus.termOf(syllableKey('hành'), syllableKey('chính'))!;
    expect(corpus.df[term]).toBe(1);
    expect(corpus.termWeight[term]).toBeCloseTo(idf(2, 1), 12);
    // Held by the national module: nobody's own, though only copies hold it besides.
    expect(corpus.local[term]).toBe(0);
    expect([...corpus.weights[1]!]).toEqual([...corpus.weights[0]!]);
  });
});
