/**
 * real-questions-corpus64 (over reports-more70 alone): see the header below, filled in at the end of the session.
 */
import { describeOverSet } from './qa-eval-helpers.js';

describeOverSet(
  'reports-more70: 河北, 贵州, 辽宁, 四川, 安徽, 广西, 新疆, 内蒙古 and 江西, pages of 2019–2025 (real-questions-corpus64)',
  'reports-more70',
  /\.(txt|md|html)$/,
  'real-questions-corpus64.jsonl',
  'corpus64',
);
