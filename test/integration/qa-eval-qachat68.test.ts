/**
 * citizen-questions-110 (issue #11): TODO
 */
import { describeOverFolders, reportsMore } from './qa-eval-helpers.js';

describeOverFolders(
  'conversations after a miss over reports-more74 … reports-more80 and the guides (citizen-questions-110)',
  [...reportsMore(74, 80), ['guides', /\.txt$/] as const],
  ['citizen-questions-110.jsonl'],
);
