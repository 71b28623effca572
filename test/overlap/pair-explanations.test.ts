import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/overlap/corpus.js';
import { alignTopics, sharedPhrases } from '../../src/overlap/explain.js';
import { PairExplanations, round2, writtenTexts } from '../../src/overlap/pair-explanations.js';
import { measurePair } from '../../src/overlap/score.js';
import { type ModuleSpec, makeCatalog } from '../helpers/catalog.js';

const qlnn: ModuleSpec = {
  id: 'qlnn',
  title: 'Quản lý hành chính nhà nước',
  topics: [
    'Tổ chức bộ máy hành chính nhà nước',
    'Thủ tục hành chính và cải cách thủ tục',
    'Công vụ và công chức',
    'Quản lý tài chính công',
  ],
  description: 'Những vấn đề cơ bản về quản lý hành chính nhà nước trong giai đoạn hiện nay.',
};

// Documents: 0 a/qlnn, 1 b/qlnn (written alike), 2 c/qlnn (a topic dropped, one added).
const { modules } = makeCatalog([
  { id: 'a', modules: [qlnn] },
  { id: 'b', modules: [qlnn] },
  {
    id: 'c',
    modules: [
      { ...qlnn, topics: [...qlnn.topics!.slice(1), 'Chính phủ điện tử và chuyển đổi số'] },
    ],
  },
]);
const corpus = buildCorpus(modules);

describe('PairExplanations', () => {
  it('gives what two documents share as sharedPhrases does, at most `limit`', () => {
    const explanations = new PairExplanations(corpus);
    const five = sharedPhrases(corpus, 0, 2, 5);
    expect(five.length).toBeGreaterThan(2);
    expect(explanations.shared(0, 2, 2)).toEqual(five.slice(0, 2));
    expect(explanations.shared(0, 2)).toEqual(five);
    // Asked for fewer first, it still answers more later.
    const fresh = new PairExplanations(corpus);
    fresh.shared(2, 0, 1);
    expect(fresh.shared(2, 0)).toEqual(sharedPhrases(corpus, 2, 0, 5));
  });

  it('explains a pair with its phrases, topics and measures, rounded', () => {
    const explanations = new PairExplanations(corpus);
    const m = measurePair(corpus, 0, 2);
    expect(explanations.explain(0, 2)).toEqual({
      shared: sharedPhrases(corpus, 0, 2, 5),
      topics: alignTopics(corpus, 0, 2),
      measures: {
        cosine: round2(m.cosine),
        title: round2(m.title),
        subject: round2(m.subject),
        containment: [round2(m.containedAinB), round2(m.containedBinA)],
      },
    });
  });

  it('explains a document written alike as the first one written so', () => {
    const explanations = new PairExplanations(corpus);
    const first = explanations.explain(0, 2);
    expect(explanations.explain(1, 2)).toBe(first);
    expect(explanations.explain(2, 1)).toBe(explanations.explain(2, 0));
    expect(explanations.explain(2, 0)).not.toBe(first);
  });
});

describe('writtenTexts', () => {
  it('numbers texts as first asked, the same for documents written alike', () => {
    const { modules: written } = makeCatalog([
      {
        id: 'p',
        modules: [
          { id: 'a', title: 'T', topics: ['x'] },
          { id: 'b', title: 'T', outcomes: ['x'] },
          { id: 'c', title: 'T', topics: ['x'] },
          { id: 'd', title: 'T', description: 'x' },
        ],
      },
    ]);
    const id = writtenTexts(written);
    // A topic, an outcome and a description of the same words are three texts.
    expect([3, 0, 1, 2].map(id)).toEqual([0, 1, 2, 1]);
  });
});

describe('round2', () => {
  it('rounds to two decimals', () => {
    expect([round2(0.125), round2(0.994), round2(1), round2(0.3049)]).toEqual([0.13, 0.99, 1, 0.3]);
  });
});
