/**
 * guide-questions-50 (125 citizens' questions, issue #11, over twelve guides, six of them new in guides-50): FIRST-RUN / FINAL
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { TestApp } from '../helpers.js';
import { makeTestApp } from '../helpers.js';
import { askFiles, importFolders, REPORTS_TO_MORE7_AND_GUIDES } from './qa-eval-helpers.js';

describe('held-out phone-worded guide questions over twelve guides (guide-questions-50)', () => {
  let store: TestApp;
  beforeAll(async () => {
    store = makeTestApp();
    await importFolders(store, [
      ...REPORTS_TO_MORE7_AND_GUIDES,
      ['guides-41', /\.txt$/],
      ['guides-42', /\.txt$/],
      ['guides-43', /\.txt$/],
      ['guides-44', /\.txt$/],
      ['guides-45', /\.txt$/],
      ['guides-46', /\.txt$/],
      ['guides-47', /\.txt$/],
      ['guides-48', /\.txt$/],
      ['guides-49', /\.txt$/],
      ['guides-50', /\.txt$/],
    ] as const);
  });
  afterAll(() => store.dispose());
  askFiles(() => store, ['guide-questions-50.jsonl']);
});
