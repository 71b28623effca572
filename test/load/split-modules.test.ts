import { describe, expect, it } from 'vitest';
import { findModuleItems } from '../../src/load/split-modules.js';

const starts = (text: string) =>
  findModuleItems(text)?.starts.map((s) => text.slice(s, text.indexOf('\n', s)));

describe('findModuleItems', () => {
  it('finds each item of the top-level modules list, past block scalars, quotes and comments', () => {
    const text = [
      'kind: programme # a comment',
      'modules:',
      '  - id: a',
      '    title: "two',
      '      lines"',
      '    description: |',
      '      - not an item',
      '  # a comment between items',
      '  - id: b',
      '    topics: [one,',
      '      - two]',
      '  - id: c',
      '    description: >-',
      '',
      '      folded',
      'hours: 3',
      '',
    ].join('\n');
    expect(starts(text)).toEqual(['  - id: a', '  - id: b', '  - id: c']);
    const items = findModuleItems(text)!;
    expect(text.slice(items.end)).toBe('hours: 3\n');
  });

  it('takes items written at the indentation of their key', () => {
    expect(starts('id: p\nmodules:\n- id: a\n  hours: 1\n- id: b\n')).toEqual([
      '- id: a',
      '- id: b',
    ]);
  });

  it('leaves files it cannot split safely to the whole parser', () => {
    for (const text of [
      'modules:\n  - &a {id: x}\n  - *a\n', // anchors and aliases span items
      'modules:\n  - id: a\n---\nmodules:\n  - id: b\n', // several documents
      'modules: !!seq\n  - id: a\n', // tags
      'kind: programme\ntitle: no modules\n',
      '- a\n- b\n', // not a mapping
    ]) {
      expect(findModuleItems(text), text).toBeUndefined();
    }
  });
});
