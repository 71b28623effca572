import { describe, expect, it } from 'vitest';
import type { CopyGroups } from '../../src/overlap/copies.js';
import { groupCopies, headedByOriginal, numberByKey } from '../../src/overlap/corpus-groups.js';
import { readDocumentTerms } from '../../src/overlap/corpus-terms.js';
import { type ModuleSpec, makeCatalog } from '../helpers/catalog.js';

const original: ModuleSpec = {
  id: 'qlnn',
  title: 'Quản lý hành chính nhà nước',
  topics: ['Tổ chức bộ máy hành chính', 'Công vụ và công chức', 'Quản lý tài chính công'],
};
const other: ModuleSpec = {
  id: 'lsd',
  title: 'Lịch sử Đảng Cộng sản Việt Nam',
  topics: ['Đảng ra đời', 'Kháng chiến chống Pháp'],
};

/** Modules by ref: a-school/qlnn (a copy), national/qlnn (the original), z-school/lsd. */
function archive(levels: Record<string, string> = {}) {
  const { modules } = makeCatalog([
    { id: 'national', modules: [original] },
    { id: 'a-school', modules: [original] },
    { id: 'z-school', modules: [other] },
  ]);
  return { modules, read: readDocumentTerms(modules), levelOf: (p: string) => levels[p] ?? '' };
}

describe('groupCopies', () => {
  it('heads a copy group by its national module, and counts distinct contents', () => {
    const { modules, read, levelOf } = archive();
    expect(modules.map((m) => m.ref)).toEqual(['a-school/qlnn', 'national/qlnn', 'z-school/lsd']);
    let seen: CopyGroups | undefined;
    const grouped = groupCopies(
      modules,
      read,
      (m) => levelOf(m.programme),
      (groups) => {
        seen = groups;
        return (m) => (m.programme === 'national' ? undefined : m.programme);
      },
    );
    // Found by first document; headed by the original; owners asked with the groups.
    expect([...grouped.groups.copy]).toEqual([0, 0, 2]);
    expect(seen).toBe(grouped.groups);
    expect([...grouped.owner]).toEqual([0, -1, 1]);
    expect([...grouped.national]).toEqual([0, 1, 0]);
    expect([...grouped.copyGroup]).toEqual([1, 1, 2]);
    expect(grouped.distinct).toBe(2);
  });

  it('keeps the same text at another level apart', () => {
    const { modules, read, levelOf } = archive({ national: 'high' });
    const grouped = groupCopies(
      modules,
      read,
      (m) => levelOf(m.programme),
      () => () => undefined,
    );
    expect([...grouped.copyGroup]).toEqual([0, 1, 2]);
    expect(grouped.distinct).toBe(3);
    expect([...grouped.national]).toEqual([1, 1, 1]);
  });
});

describe('numberByKey', () => {
  it('numbers keys in the order they first appear, undefined as -1', () => {
    const keys = ['b', 'a', 'b', undefined, 'c', 'a'];
    expect([...numberByKey(keys, (k) => k)]).toEqual([0, 1, 0, -1, 2, 1]);
  });
});

describe('headedByOriginal', () => {
  it('heads each group by its first national member, else by its first member', () => {
    const copy = Int32Array.from([0, 0, 0, 3, 3, 5]);
    const national = Uint8Array.from([0, 0, 1, 0, 0, 1]);
    expect([...headedByOriginal(copy, national)]).toEqual([2, 2, 2, 3, 3, 5]);
  });

  it('takes the first of several national members', () => {
    const copy = Int32Array.from([0, 0, 0]);
    const national = Uint8Array.from([0, 1, 1]);
    expect([...headedByOriginal(copy, national)]).toEqual([1, 1, 1]);
  });
});
