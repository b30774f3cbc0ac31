import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Calls that change what a process shares with the test files run after it in the same worker. */
const SHARED_STATE = /\bvi\.(mock|doMock|useFakeTimers|stubEnv|stubGlobal|spyOn)\b/;

/**
 * The test files that mock modules, fake timers, stub environment variables or globals, or spy on shared objects: each runs in
 * a fresh worker of its own. Every other file shares its worker's loaded modules with the files before it (isolate: false),
 * which saves importing and warming the engine (agency index, segmenter, character tables) once per file: the whole suite
 * took about half the time on a loaded 2-core machine (8.9 min against 18.9 min), and 144 s in a quiet fresh-clone CI run
 * (against 450–569 s before). Found by reading the files, so a new test
 * that mocks is isolated without anyone listing it.
 */
function isolatedFiles(directory: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...isolatedFiles(path));
    else if (entry.name.endsWith('.test.ts') && SHARED_STATE.test(readFileSync(path, 'utf8'))) found.push(path);
  }
  return found.sort();
}

const ISOLATED = isolatedFiles('test');

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // The question sets' stores import up to a few hundred real pages in beforeAll: about 25 s for the largest on a
    // quiet 2-core machine, so 30 s left no margin on a slower CI runner.
    hookTimeout: 120_000,
    pool: 'forks',
    // Every core: vitest's default leaves one to its main process (one worker on a 2-core CI runner), which waits on the
    // workers nearly all the run.
    maxWorkers: availableParallelism(),
    setupFiles: ['test/setup/fast-check-seed.ts'],
    // The run's directory for the stores workers build once and copy, removed at the end (test/setup/stores-directory.ts).
    globalSetup: ['test/setup/stores-directory.ts'],
    projects: [
      {
        extends: true,
        // (seededCopies: test/helpers.ts's makeTestApp copies a seeded store built once per worker.)
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false, provide: { seededCopies: true } },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true, provide: { seededCopies: false } } },
    ],
  },
});
