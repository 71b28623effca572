import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/overlap/corpus.js';
import { measurePair } from '../../src/overlap/score.js';
import { makeCatalog } from '../helpers/catalog.js';

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
