import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The tests that spawn the built CLI need it: build once, before any test runs.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One test file per core. Vitest's default leaves a core to itself (cores − 1), which on
    // a two-core machine ran the files one at a time; its own process mostly waits.
    maxWorkers: availableParallelism(),
  },
});
