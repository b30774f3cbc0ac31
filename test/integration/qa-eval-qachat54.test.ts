/**
 * citizen-questions-90 (issue #11): 158 phone questions in 34 conversations over every report folder and the guides.
 * Written before its first run: 135/158.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers.js';
import { askFiles, everyReportFolder, importFolders } from './qa-eval-helpers.js';

describe('held-out conversations over every report folder and the guides (citizen-questions-90)', () => {
  let store: TestApp;
  beforeAll(async () => {
    store = makeTestApp();
    await importFolders(store, [...everyReportFolder(), ['guides', /\.txt$/] as const]);
    // Every folder: on a loaded machine their import outlasts the default hook timeout.
  }, 300_000);
  afterAll(() => store.dispose());
  askFiles(() => store, ['citizen-questions-90.jsonl']);
});
