/**
 * guide-questions-61: TODO
 */
import { describeOverFolders } from './qa-eval-helpers.js';
import { guidesFolders, REPORTS_TO_MORE7_AND_GUIDES } from './qa-eval-helpers.js';

describeOverFolders(
  'held-out guide questions over ten guides of regions the folders held few of (guide-questions-61)',
  [...REPORTS_TO_MORE7_AND_GUIDES, ['reports-more57', /\.txt$/], ...guidesFolders(41, 61)],
  ['guide-questions-61.jsonl'],
);
