/**
 * real-questions-wrongfig65: questions written to tempt a wrong figure or a wrong yes/no, over one store of every report folder,
 * from pages read by hand that no wrongfig file had used (reports-more77, 78, 73, 68, 64, 62, 54, 36, 34, 25, 35, 4).
 * SCORES: filled in at the end of the branch.
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'questions tempting a wrong figure or yes/no: lists, pairs, made counts, joint channels, cut pages, sums (real-questions-wrongfig65)',
  ['real-questions-wrongfig65.jsonl'],
  { guides: false },
);
