import { describe, expect, it } from 'vitest';
import { inferProgrammeCopies } from '../../src/overlap/programme-copies.js';

/**
 * Programmes as lists of modules, each module written as `group` or `group.text` (its copy
 * group and, where copies differ, its text): the input `inferProgrammeCopies` reads.
 */
function infer(
  programmes: Record<string, string[]>,
  declared: readonly string[] = [],
): Record<string, string> {
  const ids = Object.keys(programmes);
  const programmeOf: number[] = [];
  const groupIds = new Map<string, number>();
  const textIds = new Map<string, number>();
  const copy: number[] = [];
  const exact: number[] = [];
  ids.forEach((id, p) => {
    for (const module of programmes[id] ?? []) {
      const [group = module] = module.split('.');
      const d = programmeOf.length;
      programmeOf.push(p);
      if (!groupIds.has(group)) groupIds.set(group, d);
      if (!textIds.has(module)) textIds.set(module, d);
      copy.push(groupIds.get(group) ?? d);
      exact.push(textIds.get(module) ?? d);
    }
  });
  const copyOf = inferProgrammeCopies({
    programmeOf: Int32Array.from(programmeOf),
    copy: Int32Array.from(copy),
    exact: Int32Array.from(exact),
    programmes: ids.map((id) => ({ id, declared: declared.includes(id) })),
  });
  const out: Record<string, string> = {};
  copyOf.forEach((original, p) => {
    if (original >= 0) out[ids[p] ?? ''] = ids[original] ?? '';
  });
  return out;
}

describe('inferProgrammeCopies', () => {
  it('finds the schools copies and elects the national programme, whatever the order of ids', () => {
    expect(
      infer({
        // A school's copy that sorts before the original, with a module reworded and a local one.
        'a-school-copy': ['m1', 'm2.reworded', 'm3', 'local-a'],
        national: ['m1', 'm2', 'm3'],
        'national-thanh-hoa': ['m1', 'm2', 'm3', 'local-b'],
        'national-nghe-an': ['m1', 'm2', 'm3'],
      }),
    ).toEqual({
      'a-school-copy': 'national',
      'national-thanh-hoa': 'national',
      'national-nghe-an': 'national',
    });
  });

  it('needs most of a programme’s modules copied from one programme', () => {
    const tc = ['m1', 'm2', 'm3', 'm4'];
    expect(infer({ tc, 'tc-school': tc, other: ['m1', 'm2', 'y', 'z'] })).toEqual({
      'tc-school': 'tc',
    });
    expect(infer({ tc, 'tc-school': tc, other: ['m1', 'm2', 'm3', 'z'] })).toEqual({
      'tc-school': 'tc',
      other: 'tc',
    });
  });

  it('never infers a programme that declares its provider, and prefers an undeclared original', () => {
    expect(
      infer({ 'a-declared': ['m1', 'm2'], national: ['m1', 'm2'], school: ['m1', 'm2.reworded'] }, [
        'a-declared',
      ]),
    ).toEqual({ school: 'national' });
  });

  it('elects, of identical programmes, the one of the shortest id', () => {
    expect(
      infer({
        'tc-an-giang': ['m1', 'm2', 'm3'],
        tc: ['m1', 'm2', 'm3'],
        'tc-ha-noi': ['m1', 'm2', 'm3'],
      }),
    ).toEqual({ 'tc-an-giang': 'tc', 'tc-ha-noi': 'tc' });
  });
});
