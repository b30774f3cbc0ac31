/**
 * citizen-questions-107 (issue #11): 152 phone questions in 28 conversations over reports-more61 … reports-more70 and the guides.
 * Written before its first run; baseline and final scores below.
 */
import { describeOverFolders, reportsMore } from './qa-eval-helpers.js';

describeOverFolders(
  'conversations after a miss over reports-more61 … reports-more70 and the guides (citizen-questions-107)',
  [...reportsMore(61, 70), ['guides', /\.txt$/] as const],
  ['citizen-questions-107.jsonl'],
);
