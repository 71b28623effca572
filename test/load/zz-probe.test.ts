import { describe, expect, it, vi } from 'vitest';
import { validateSchema } from '../../src/load/validate-schema.js';
import { indexed } from './support.js';
vi.mock('ajv/dist/runtime/ucs2length.js', () =>
  import('./node-interop.js').then((m) => m.nodeDefaultImport('ajv/dist/runtime/ucs2length.js')));
vi.mock('ajv/dist/runtime/equal.js', () =>
  import('./node-interop.js').then((m) => m.nodeDefaultImport('ajv/dist/runtime/equal.js')));
describe('x', () => { it('y', () => {
  const { where, value } = indexed('kind: framework\nid: d\ntitle: ""\ntracks: [{id: a, title: A, levels: [b, b]}]\ncomparable: [[a/b, a/b]]\n');
  expect(validateSchema(value, where, 'framework').map(f => f.message)).toEqual([]);
}); });
