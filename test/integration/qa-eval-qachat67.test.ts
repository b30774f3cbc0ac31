/**
 * citizen-questions-109 (issue #11): phone questions in 28 conversations over reports-more71 … reports-more78 and the guides.
 */
import { describeOverFolders, reportsMore } from './qa-eval-helpers.js';

describeOverFolders(
  'conversations after a miss over reports-more71 … reports-more78 and the guides (citizen-questions-109)',
  [...reportsMore(71, 78), ['guides', /\.txt$/] as const],
  ['citizen-questions-109.jsonl'],
);
