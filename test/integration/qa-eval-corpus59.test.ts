/**
 * real-questions-corpus59 (81 lines over reports-more65 alone: 15 real 2020–2021 pages of 新疆, 西藏, 宁夏, 云南, 广西 and 贵州).
 * First run (eval CLI): 58/81.
 */
import { describeOverSet } from './qa-eval-helpers.js';

describeOverSet(
  'reports-more65: 新疆, 西藏, 宁夏, 云南, 广西 and 贵州 pages of 2020 and 2021 (real-questions-corpus59)',
  'reports-more65',
  /\.(txt|md|html)$/,
  'real-questions-corpus59.jsonl',
  'corpus59',
);
