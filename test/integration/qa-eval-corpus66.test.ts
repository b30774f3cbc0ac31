/**
 * real-questions-corpus66 (lines over reports-more72). Written before the first run.
 */
import { describeOverSet } from './qa-eval-helpers.js';

describeOverSet(
  'reports-more72: 湖北, 甘肃, 湖南, 广东, 重庆, 河南, 黑龙江 and 山东, pages of 2019–2025 (real-questions-corpus66)',
  'reports-more72',
  /\.(txt|md|html)$/,
  'real-questions-corpus66.jsonl',
  'corpus66',
);
