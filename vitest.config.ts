import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The tests that spawn the built CLI need it: build once, before any test runs.
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One test file per core. Vitest's default leaves a core to itself (cores − 1), which on
    // a two-core machine ran the files one at a time; its own process mostly waits.
    maxWorkers: availableParallelism(),
    // Each worker loads a module once for all its files, not once per file: most files load
    // the same src/ graph (every e2e test runs the CLI in-process), and reloading it cost
    // more than the tests, its code cold each time. No test relies on a fresh module: the
    // module-level state of src/ is caches of pure functions.
    isolate: false,
  },
});
