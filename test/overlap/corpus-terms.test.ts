import { describe, expect, it } from 'vitest';
import { Arena } from '../../src/overlap/arena.js';
import { TermCounts, fieldWeights, readDocumentTerms } from '../../src/overlap/corpus-terms.js';
import { nameKey } from '../../src/text/names.js';
import { syllableKey } from '../../src/text/normalize.js';
import { type ModuleSpec, makeCatalog } from '../helpers/catalog.js';

function read(...modules: ModuleSpec[]) {
  const { modules: read } = makeCatalog([{ id: 'p', modules }]);
  const terms = readDocumentTerms(read);
  /** The term id of one key or of a bigram of two, by the tokens as written. */
  const term = (first: string, second?: string) => {
    const id = terms.vocabulary.termOf(
      syllableKey(first),
      second === undefined ? undefined : syllableKey(second),
    );
    if (id === undefined) throw new Error(`no term ${first} ${second ?? ''}`);
    return id;
  };
  /** Document d's frequency of a term, 0 when it lacks it. */
  const frequency = (d: number, id: number) => {
    const k = terms.terms[d]!.indexOf(id);
    return k < 0 ? 0 : terms.tf[d]![k]!;
  };
  return { ...terms, term, frequency };
}

const sorted = (ids: readonly number[]) => Int32Array.from(ids).sort();

describe('readDocumentTerms', () => {
  it('sums each term over the fields, weighted by field', () => {
    const r = read({
      id: 'm',
      title: 'Kinh tế',
      topics: ['kinh tế vĩ mô'],
      outcomes: ['tế'],
      description: 'kinh',
    });
    const { title, topics, outcomes, description } = fieldWeights;
    expect(r.frequency(0, r.term('kinh'))).toBe(title + topics + description);
    expect(r.frequency(0, r.term('tế'))).toBe(title + topics + outcomes);
    expect(r.frequency(0, r.term('kinh', 'tế'))).toBe(title + topics);
    expect(r.frequency(0, r.term('vĩ', 'mô'))).toBe(topics);
    expect(r.terms[0]).toHaveLength(7);
    expect([...r.terms[0]!]).toEqual([...sorted([...r.terms[0]!])]);
  });

  it("keeps a title's head as its terms, and weighs the frame as a description", () => {
    const r = read({ id: 'm', title: 'Xây dựng văn hóa trong thời kỳ đổi mới' });
    expect(r.titleTerms[0]).toEqual(
      sorted([
        r.term('xây'),
        r.term('dựng'),
        r.term('văn'),
        r.term('hóa'),
        r.term('xây', 'dựng'),
        r.term('dựng', 'văn'),
        r.term('văn', 'hóa'),
      ]),
    );
    expect(r.frequency(0, r.term('văn', 'hóa'))).toBe(fieldWeights.title);
    expect(r.frequency(0, r.term('đổi', 'mới'))).toBe(fieldWeights.description);
    // Head and frame are read apart: no bigram across the cut.
    expect(() => r.term('hóa', 'trong')).toThrow();
  });

  it("keeps each topic's distinct terms, an empty topic too", () => {
    const r = read({ id: 'm', title: 'T', topics: ['an ninh an ninh', '', 'quốc phòng'] });
    const [first, empty, third] = r.topicTerms[0]!;
    expect(first).toEqual(
      sorted([r.term('an'), r.term('ninh'), r.term('an', 'ninh'), r.term('ninh', 'an')]),
    );
    expect(empty).toHaveLength(0);
    expect(third).toEqual(sorted([r.term('quốc'), r.term('phòng'), r.term('quốc', 'phòng')]));
    expect(r.frequency(0, r.term('an', 'ninh'))).toBe(2 * fieldWeights.topics);
  });

  it('reads a title in capitals after the names other texts write capitalised', () => {
    // The upper-case title comes first; the name it holds is learned from the second module.
    const r = read({ id: 'a', title: 'LỊCH SỬ LÊ LỢI' }, { id: 'b', title: 'Cuộc đời Lê Lợi' });
    const nameKeyOf = nameKey([syllableKey('Lê'), syllableKey('Lợi')]);
    const name = r.vocabulary.termOf(nameKeyOf)!;
    expect(r.terms[0]).toContain(name);
    expect(r.terms[0]).toContain(r.vocabulary.termOf(syllableKey('sử'), nameKeyOf));
    // Read first syllable by syllable, while the name was unknown: that reading was dropped.
    expect(r.terms[0]).not.toContain(r.term('lê'));
    expect(r.terms[0]).not.toContain(r.term('lê', 'lợi'));
    expect(r.titleTerms[0]).toContain(name);
  });

  it('reads the same text alike each time it is met', () => {
    const m = {
      title: 'Quản lý nhà nước',
      topics: ['Tổ chức bộ máy', 'Công vụ'],
      description: 'Những vấn đề cơ bản.',
    };
    const r = read({ id: 'a', ...m }, { id: 'b', ...m }, { id: 'c', ...m });
    for (const d of [1, 2]) {
      expect(r.terms[d]).toEqual(r.terms[0]);
      expect(r.tf[d]).toEqual(r.tf[0]);
      expect(r.titleTerms[d]).toEqual(r.titleTerms[0]);
      expect(r.topicTerms[d]).toEqual(r.topicTerms[0]);
    }
  });
});

describe('TermCounts', () => {
  const arenas = () => ({
    kept: new Arena<Int32Array<ArrayBuffer>>(Int32Array),
    frequencies: new Arena<Float64Array<ArrayBuffer>>(Float64Array),
  });

  it("gives a document's terms sorted, their summed frequencies and its title's terms", () => {
    const counts = new TermCounts();
    const { kept, frequencies } = arenas();
    counts.add(5, 2, true);
    counts.add(3, 1.5, false);
    counts.add(5, 1, false);
    const taken = counts.take(kept, frequencies);
    expect([...taken.terms]).toEqual([3, 5]);
    expect([...taken.tf]).toEqual([1.5, 3]);
    expect([...taken.title]).toEqual([5]);
  });

  it('starts afresh after each document', () => {
    const counts = new TermCounts();
    const { kept, frequencies } = arenas();
    counts.add(5, 2, true);
    counts.take(kept, frequencies);
    counts.add(3, 1, false);
    const taken = counts.take(kept, frequencies);
    expect([...taken.terms]).toEqual([3]);
    expect([...taken.tf]).toEqual([1]);
    expect([...taken.title]).toEqual([]);
  });

  it('counts terms past its first table, and more terms than it first holds', () => {
    const counts = new TermCounts();
    const { kept, frequencies } = arenas();
    const many = Array.from({ length: 3000 }, (_, k) => 100_000 - k * 7);
    for (const t of many) counts.add(t, 1, t === 100_000);
    const taken = counts.take(kept, frequencies);
    expect([...taken.terms]).toEqual([...sorted(many)]);
    expect(taken.tf.every((f) => f === 1)).toBe(true);
    expect([...taken.title]).toEqual([100_000]);
  });
});
