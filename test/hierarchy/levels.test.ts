import { missingLevel } from '../../src/rules/missing-level.js';
import { positionUnmet } from '../../src/rules/position-unmet.js';
import { describe, expect, it } from 'vitest';
import { catalogOf, check, english, everyLevel, programme } from './support.js';

const withoutCapSo = Object.fromEntries(
  Object.entries(everyLevel).filter(([file]) => file !== 'so.yaml'),
);

describe('missing-level', () => {
  it('reports a level that no programme provides or satisfies, at the level', () => {
    const findings = english(check(missingLevel, catalogOf(withoutCapSo)));
    expect(findings).toEqual([
      {
        rule: 'missing-level',
        severity: 'warning',
        message:
          'level "Cấp sở" (lanh-dao/cap-so) of track "Lãnh đạo, quản lý" is taught by no programme: none provides it and none satisfies it',
        file: 'framework.yaml',
        line: 13,
        column: 9,
      },
    ]);
  });

  it('counts a level that another programme satisfies as taught', () => {
    const satisfying = programme('phong', 'lanh-dao/cap-phong', { a: [] }).replace(
      'modules:',
      'satisfies: [lanh-dao/cap-so]\nmodules:',
    );
    expect(
      english(check(missingLevel, catalogOf({ ...withoutCapSo, 'phong.yaml': satisfying }))),
    ).toEqual([]);
  });

  it('finds nothing when every level is taught', () => {
    expect(english(check(missingLevel, catalogOf(everyLevel)))).toEqual([]);
  });
});

describe('position-unmet', () => {
  const positions = [
    'positions:',
    '  - id: giam-doc-so',
    '    title: Giám đốc sở',
    '    requires: [llct/cao-cap, lanh-dao/cap-so]',
    '',
  ].join('\n');

  it('reports a position requiring a level nothing teaches, at the position', () => {
    expect(english(check(positionUnmet, catalogOf(withoutCapSo, positions)))).toEqual([
      expect.objectContaining({
        rule: 'position-unmet',
        message:
          'position "Giám đốc sở" (giam-doc-so) requires level "Cấp sở" (lanh-dao/cap-so), which no programme provides or satisfies: no pathway leads to this position',
        file: 'framework.yaml',
        line: 15,
        related: [expect.objectContaining({ line: 13, message: 'level lanh-dao/cap-so' })],
      }),
    ]);
  });

  it('finds nothing when every level a position requires is taught', () => {
    expect(english(check(positionUnmet, catalogOf(everyLevel, positions)))).toEqual([]);
  });
});
