import { describe, expect, it } from 'vitest';
import { nameInferredProviders, withInferredCopies } from '../../src/model/inferred-copies.js';
import { makeCatalog } from '../helpers/catalog.js';

const module = { id: 'm', title: 'Triết học Mác - Lênin' };

describe('nameInferredProviders', () => {
  it('takes the source, else the folder, else the programme, each only where it tells schools apart', () => {
    const catalog = makeCatalog([
      { id: 'tc', file: 'national/tc.yaml', source: 'Học viện', modules: [module] },
      {
        id: 'tc-1',
        file: 'schools/thanh-hoa/tc.yaml',
        source: 'Trường Chính trị tỉnh Thanh Hóa',
        modules: [module],
      },
      { id: 'tc-2', file: 'schools/nghe-an/tc.yaml', modules: [module] },
      // The same source as the original names nobody; so does a folder two copies share.
      { id: 'tc-3', file: 'schools/flat/a.yaml', source: 'Học viện', modules: [module] },
      { id: 'tc-4', file: 'schools/flat/b.yaml', modules: [module] },
    ]);
    const copyOf = new Map(['tc-1', 'tc-2', 'tc-3', 'tc-4'].map((id) => [id, 'tc']));
    expect(nameInferredProviders(catalog, copyOf)).toEqual([
      {
        programme: 'tc-1',
        copyOf: 'tc',
        provider: 'truong-chinh-tri-tinh-thanh-hoa',
        providerFrom: 'source',
      },
      { programme: 'tc-2', copyOf: 'tc', provider: 'nghe-an', providerFrom: 'folder' },
      { programme: 'tc-3', copyOf: 'tc', provider: 'tc-3', providerFrom: 'programme' },
      { programme: 'tc-4', copyOf: 'tc', provider: 'tc-4', providerFrom: 'programme' },
    ]);
  });
});

describe('withInferredCopies', () => {
  it('gives each inferred copy its provider and mark, and leaves the rest as they were', () => {
    const catalog = makeCatalog([
      { id: 'tc', modules: [module] },
      { id: 'tc-1', modules: [module] },
    ]);
    expect(withInferredCopies(catalog, [])).toBe(catalog);
    const marked = withInferredCopies(catalog, [
      { programme: 'tc-1', copyOf: 'tc', provider: 'x', providerFrom: 'folder' },
    ]);
    expect(marked.programmes.map((p) => [p.id, p.provider, p.inferred])).toEqual([
      ['tc', undefined, undefined],
      ['tc-1', 'x', { copyOf: 'tc', providerFrom: 'folder' }],
    ]);
    expect(marked.programmes[0]).toBe(catalog.programmes[0]);
    expect(catalog.programmes[1]?.provider).toBeUndefined();
  });
});
