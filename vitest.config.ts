import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // The question sets' stores import up to a few hundred real pages in beforeAll: about 25 s for the largest on a
    // quiet 2-core machine, so 30 s left no margin on a slower CI runner.
    hookTimeout: 120_000,
    pool: 'forks',
    setupFiles: ['test/setup/fast-check-seed.ts'],
  },
});
