import { render } from '../../src/messages/catalogue.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { type ModuleSpec, makeCatalog } from '../helpers/catalog.js';
import { english } from '../hierarchy/support.js';

const modules: ModuleSpec[] = [
  {
    id: 'triet-hoc',
    title: 'Triết học Mác - Lênin',
    hours: 40,
    topics: [
      'Chủ nghĩa duy vật biện chứng',
      'Chủ nghĩa duy vật lịch sử',
      'Phép biện chứng duy vật',
    ],
  },
  {
    id: 'lich-su-dang',
    title: 'Lịch sử Đảng Cộng sản Việt Nam',
    hours: 30,
    topics: ['Đảng ra đời', 'Lãnh đạo kháng chiến chống thực dân Pháp', 'Công cuộc đổi mới'],
  },
  {
    id: 'kinh-te-chinh-tri',
    title: 'Kinh tế chính trị Mác - Lênin',
    hours: 30,
    topics: ['Học thuyết giá trị thặng dư', 'Kinh tế thị trường định hướng xã hội chủ nghĩa'],
  },
];
const local: ModuleSpec = {
  id: 'lich-su-dang-bo',
  title: 'Lịch sử Đảng bộ tỉnh Nghệ An',
  hours: 12,
  topics: ['Phong trào Xô viết Nghệ Tĩnh', 'Quê hương Kim Liên'],
};

describe('provider drift', () => {
  it('names what a provider copy drops, adds and changes, and finds the drop', () => {
    const copy = [{ ...modules[0]!, hours: 36 }, modules[1]!, local]; // drops kinh tế chính trị
    const result = analyze(
      makeCatalog([
        { id: 'trung-cap', modules },
        { id: 'trung-cap-nghe-an', provider: 'truong-chinh-tri-nghe-an', modules: copy },
      ]),
      [],
    );
    expect(result.drift).toEqual([
      {
        provider: 'truong-chinh-tri-nghe-an',
        programme: 'trung-cap-nghe-an',
        national: 'trung-cap',
        dropped: ['trung-cap/kinh-te-chinh-tri'],
        droppedHours: 30,
        added: ['trung-cap-nghe-an/lich-su-dang-bo'],
        addedHours: 12,
        reworded: [],
        hoursChanged: ['trung-cap-nghe-an/triet-hoc'],
        hoursDifference: -4,
      },
    ]);
    expect(english(result.findings.filter((f) => f.rule === 'provider-drift'))).toEqual([
      expect.objectContaining({
        rule: 'provider-drift',
        severity: 'info',
        message:
          'programme "trung-cap-nghe-an" (trung-cap-nghe-an) of truong-chinh-tri-nghe-an copies the national "trung-cap" (trung-cap) but drops 1 module of it (30 periods): trung-cap/kinh-te-chinh-tri',
      }),
    ]);
    expect(render(result.findings.find((f) => f.rule === 'provider-drift')!.message, 'vi')).toBe(
      'chương trình "trung-cap-nghe-an" (trung-cap-nghe-an) của truong-chinh-tri-nghe-an xây dựng theo chương trình chung "trung-cap" (trung-cap) nhưng bỏ 1 mô-đun của nó (30 tiết): trung-cap/kinh-te-chinh-tri',
    );
  });

  it('reports nothing for a verbatim copy, and no copy where a provider teaches its own programme', () => {
    const result = analyze(
      makeCatalog([
        { id: 'trung-cap', modules },
        { id: 'trung-cap-ha-tinh', provider: 'truong-chinh-tri-ha-tinh', modules },
        { id: 'rieng', provider: 'truong-chinh-tri-ha-tinh', modules: [local] },
      ]),
      [],
    );
    expect(result.drift.map((d) => [d.programme, d.dropped, d.added, d.reworded])).toEqual([
      ['trung-cap-ha-tinh', [], [], []],
    ]);
    expect(result.findings.filter((f) => f.rule === 'provider-drift')).toEqual([]);
  });
});
