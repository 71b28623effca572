import { render } from '../../src/messages/catalogue.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { makeCatalog } from '../helpers/catalog.js';

const party = {
  id: 'lich-su-dang',
  title: 'Lịch sử Đảng Cộng sản Việt Nam',
  topics: ['Đảng ra đời', 'Lãnh đạo kháng chiến', 'Đổi mới'],
};

describe('module-overlap findings', () => {
  it('name a few modules of a large cluster, count the rest, and point to at most 20', () => {
    const copies = 25;
    const catalog = makeCatalog(
      Array.from({ length: copies }, (_, i) => ({
        id: `tinh-${String(i).padStart(2, '0')}`,
        provider: `truong-${i}`,
        modules: [party],
      })),
    );
    const [finding] = analyze(catalog, []).findings.filter((f) => f.rule === 'module-overlap');
    expect(render(finding!.message, 'vi')).toMatch(
      /^25 mô-đun dạy cùng một nội dung .*: tinh-00\/lich-su-dang, .*, tinh-05\/lich-su-dang và 19 mô-đun khác; /,
    );
    expect(render(finding!.message, 'en')).toContain('tinh-05/lich-su-dang and 19 others;');
    expect(finding?.related).toHaveLength(20);
    // The fingerprint still reads every member.
    expect(finding?.about).toHaveLength(copies);
  });

  it('name every module of a small cluster', () => {
    const catalog = makeCatalog([
      { id: 'a', modules: [party] },
      { id: 'b', modules: [party] },
    ]);
    const [finding] = analyze(catalog, []).findings.filter((f) => f.rule === 'module-overlap');
    expect(render(finding!.message, 'en')).toMatch(
      /: a\/lich-su-dang, b\/lich-su-dang; \d+ periods taught twice/,
    );
    expect(finding?.related).toHaveLength(1);
  });
});
