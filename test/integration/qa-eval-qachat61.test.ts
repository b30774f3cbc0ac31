/**
 * citizen-questions-103 (issue #11): 130 phone questions in 29 conversations over eight folders (reports-real, reports-more,
 * reports-more3, reports-more8, reports-more9: the Pingtan bureaus with full tables, 上海 and 沐阳县; reports-more20 and
 * reports-more24: county, city and provincial bodies of Gansu, Qinghai, Tianjin, Hubei, Shandong and others cut after a few
 * sentences of prose) and the guides, weighted to what follows a miss.
 * Written before its first run: 114/130 in this runner's store (16 failed: 3 wrong figures, 6 refused, 7 other).
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers.js';
import { askFiles, importFolders } from './qa-eval-helpers.js';

const REPORTS = /\.(txt|md|html)$/;

describe('conversations after a miss over the Gansu, Qinghai and Pingtan reports and the guides (citizen-questions-103)', () => {
  let store: TestApp;
  beforeAll(async () => {
    store = makeTestApp();
    await importFolders(store, [
      ['reports-real', REPORTS],
      ['reports-more', REPORTS],
      ['reports-more3', REPORTS],
      ['reports-more8', REPORTS],
      ['reports-more9', REPORTS],
      ['reports-more20', REPORTS],
      ['reports-more24', REPORTS],
      ['guides', /\.txt$/],
    ] as const);
  }, 300_000);
  afterAll(() => store.dispose());
  askFiles(() => store, ['citizen-questions-103.jsonl']);
});
