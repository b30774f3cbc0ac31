/**
 * One directory per test run for the stores that test workers build once and copy (the seeded store of test/helpers.ts, the
 * question sets' templates of test/integration/qa-eval-helpers.ts), removed when the run ends: vitest stops its workers
 * without running their exit handlers, so a worker's own clean-up left its stores in the temp directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run's workers keep the stores they build once and copy. */
    storesDirectory: string;
  }
}

export default function setup(project: TestProject): () => void {
  const directory = mkdtempSync(join(tmpdir(), 'gongkai-stores-'));
  project.provide('storesDirectory', directory);
  return () => rmSync(directory, { recursive: true, force: true });
}
