import { describe, expect, it } from 'vitest';
import { threadCount } from '../../src/cli/load-options.js';

describe('threadCount', () => {
  it('is one per core, up to 4, by default', () => {
    expect(threadCount({}, 2)).toBe(2);
    expect(threadCount({}, 16)).toBe(4);
  });

  it('takes CURRICULUM_DEDUP_THREADS, but never more than the cores', () => {
    expect(threadCount({ CURRICULUM_DEDUP_THREADS: '1' }, 8)).toBe(1);
    expect(threadCount({ CURRICULUM_DEDUP_THREADS: '6' }, 8)).toBe(6);
    expect(threadCount({ CURRICULUM_DEDUP_THREADS: '64' }, 2)).toBe(2);
  });

  it('ignores a value that is not a whole number of at least 1', () => {
    for (const value of ['0', '-2', '1.5', 'many', ''])
      expect(threadCount({ CURRICULUM_DEDUP_THREADS: value }, 2)).toBe(2);
  });
});
