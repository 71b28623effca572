import { crossLevelRepeat } from '../../src/rules/cross-level-repeat.js';
import { crossTrackOverlap } from '../../src/rules/cross-track-overlap.js';
import { subsumedProgramme } from '../../src/rules/subsumed-programme.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import type { Catalog } from '../../src/model/catalog.js';
import { type ModuleSpec, makeCatalog } from '../helpers/catalog.js';
import { check, english } from './support.js';

const overlapsOf = (catalog: Catalog) => analyze(catalog, []).overlap.overlaps;

const qlhcnn = (hours: number, extraTopics: string[] = []): ModuleSpec => ({
  id: 'qlhcnn',
  title: 'Quản lý hành chính nhà nước',
  hours,
  topics: [
    'Nguyên tắc quản lý hành chính nhà nước',
    'Quyết định quản lý hành chính nhà nước',
    'Thủ tục hành chính và cải cách thủ tục hành chính',
    ...extraTopics,
  ],
});

/** A chuyên viên and a chuyên viên chính programme (one track), with the modules given. */
const ladder = (lower: ModuleSpec, higher: ModuleSpec) =>
  makeCatalog([
    { id: 'chuyen-vien', track: 'qlnn', level: 'chuyen-vien', modules: [lower] },
    { id: 'chuyen-vien-chinh', track: 'qlnn', level: 'chuyen-vien-chinh', modules: [higher] },
  ]);

describe('cross-level-repeat', () => {
  it('reports a higher module that teaches the lower one again, with the evidence', () => {
    const catalog = ladder(qlhcnn(12), qlhcnn(12));
    expect(english(check(crossLevelRepeat, catalog, overlapsOf(catalog)))).toEqual([
      expect.objectContaining({
        rule: 'cross-level-repeat',
        message:
          '"Quản lý hành chính nhà nước" (chuyen-vien-chinh; chuyen-vien-chinh/qlhcnn) repeats "Quản lý hành chính nhà nước" (chuyen-vien; chuyen-vien/qlhcnn) without progression: 3 of its 3 topics taught again, 0 new; 100% of its content found in the lower module; 12 against 12 periods',
        related: [
          expect.objectContaining({ message: 'Quản lý hành chính nhà nước (chuyen-vien/qlhcnn)' }),
        ],
      }),
    ]);
  });

  it('takes twice the hours with topics of its own for deepening, not repetition', () => {
    const catalog = ladder(
      qlhcnn(12),
      qlhcnn(40, ['Quản lý hành chính nhà nước trong chuyển đổi số', 'Đánh giá chính sách công']),
    );
    expect(overlapsOf(catalog)).not.toEqual([]);
    expect(english(check(crossLevelRepeat, catalog, overlapsOf(catalog)))).toEqual([]);
  });

  it('does not compare alternatives at one level', () => {
    const catalog = makeCatalog([
      { id: 'a', track: 'qlnn', level: 'chuyen-vien', modules: [qlhcnn(12)] },
      { id: 'b', track: 'qlnn', level: 'chuyen-vien', modules: [qlhcnn(12)] },
    ]);
    expect(english(check(crossLevelRepeat, catalog, overlapsOf(catalog)))).toEqual([]);
  });
});

describe('cross-track-overlap', () => {
  const tracks = (comparable: string[][]) =>
    makeCatalog(
      [
        { id: 'trung-cap', track: 'llct', level: 'trung-cap', modules: [qlhcnn(30)] },
        {
          id: 'chuyen-vien-chinh',
          track: 'qlnn',
          level: 'chuyen-vien-chinh',
          modules: [qlhcnn(12)],
        },
      ],
      comparable,
    );

  it('reports an overlap between comparable levels of two tracks', () => {
    const catalog = tracks([['llct/trung-cap', 'qlnn/chuyen-vien-chinh']]);
    expect(english(check(crossTrackOverlap, catalog, overlapsOf(catalog)))).toEqual([
      expect.objectContaining({
        rule: 'cross-track-overlap',
        message: expect.stringContaining(
          '"Quản lý hành chính nhà nước" (chuyen-vien-chinh; chuyen-vien-chinh/qlhcnn) and "Quản lý hành chính nhà nước" (trung-cap; trung-cap/qlhcnn), comparable levels of two tracks, teach the same content',
        ) as unknown,
      }),
    ]);
  });

  it('leaves tracks alone where the framework declares no comparable levels', () => {
    const catalog = tracks([]);
    expect(english(check(crossTrackOverlap, catalog, overlapsOf(catalog)))).toEqual([]);
  });
});

describe('subsumed-programme', () => {
  const other: ModuleSpec = {
    id: 'khac',
    title: 'Đạo đức công vụ',
    hours: 4,
    topics: ['Văn hóa công sở'],
  };

  it('reports a programme taught at or above its level, naming where', () => {
    const catalog = makeCatalog([
      { id: 'so-cap', track: 'llct', level: 'so-cap', modules: [qlhcnn(12)] },
      { id: 'trung-cap', track: 'llct', level: 'trung-cap', modules: [qlhcnn(30), other] },
    ]);
    expect(english(check(subsumedProgramme, catalog, overlapsOf(catalog)))).toEqual([
      expect.objectContaining({
        rule: 'subsumed-programme',
        message:
          '100% of programme "so-cap" (so-cap; 12 of 12 periods compared) is taught by programmes at the same or a higher level: trung-cap (12 periods); its certificate is a candidate to cut',
      }),
    ]);
  });

  it('does not count what a lower level teaches, nor a programme mostly its own', () => {
    const catalog = makeCatalog([
      { id: 'so-cap', track: 'llct', level: 'so-cap', modules: [qlhcnn(12)] },
      {
        id: 'trung-cap',
        track: 'llct',
        level: 'trung-cap',
        modules: [qlhcnn(3), { ...other, hours: 10 }],
      },
    ]);
    // trung-cap: 3 of 13 hours taught, and only below its level; so-cap: all of it above.
    const findings = english(check(subsumedProgramme, catalog, overlapsOf(catalog)));
    expect(findings.map((f) => f.message.slice(0, 30))).toEqual(['100% of programme "so-cap" (so']);
  });
});
