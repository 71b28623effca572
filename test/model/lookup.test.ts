import { describe, expect, it } from 'vitest';
import { providerName } from '../../src/model/lookup.js';
import { makeCatalog } from '../helpers/catalog.js';

const m = [{ id: 'm', title: 'M' }];

describe('providerName', () => {
  const base = makeCatalog([
    { id: 'a1', provider: 'school-a', source: 'Trường A', modules: m },
    { id: 'a2', provider: 'school-a', source: 'Trường A (bản 2)', modules: m },
    { id: 'a3', provider: 'school-a', source: 'Trường A (bản 2)', modules: m },
    { id: 'b1', provider: 'school-b', modules: m },
    { id: 'c1', provider: 'school-c', source: 'Trường C', modules: m },
  ]);
  const here = { file: 'f.yaml', line: 1, column: 1 };
  const catalog = {
    ...base,
    framework: {
      ...base.framework,
      providers: [{ id: 'school-c', title: 'Trường Chính trị C', location: here }],
    },
  };

  it('takes the framework title first', () => {
    expect(providerName(catalog, 'school-c')).toBe('Trường Chính trị C');
  });

  it("else the source most of the provider's programmes give", () => {
    expect(providerName(catalog, 'school-a')).toBe('Trường A (bản 2)');
  });

  it('else the id, for a provider without source and for one unknown', () => {
    expect(providerName(catalog, 'school-b')).toBe('school-b');
    expect(providerName(catalog, 'nobody')).toBe('nobody');
  });
});
