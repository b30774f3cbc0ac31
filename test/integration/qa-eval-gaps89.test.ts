/**
 * citizen-questions-99 (issue #11, gaps89): 63 lines, conversations and single questions, over every report folder and the
 * guides — the classes of the gap lines gaps89 closed, in other agencies and words: a kind said alone (统计局呢, 教育局呢,
 * 应急管理局那年…, 卫健委那年呢, 公安局2024年…) after an agency of one place, resolved inside that place; an agency named by its
 * duty (大冶管自然资源的那个局, 管应急的那个局, 负责水务的部门); 那年 and a year after 哪年最多; the share of one column of
 * applicants (自然人申请占比多少, 企业申请占比是多少, 自然人申请的占比); a yes/no against a bound said in digits or words
 * (超过两千条了吗, 有没有上千条, 有没有上百件, 过百了吗); a rate named alone (办结率); a level and a kind with no place (市审计局…).
 * Written before its first run (made after the kind-in-place fix): 50/63. Fixed after it: the share of an applicant column
 * with 占比 (4 lines); a bound said in words (上百, 过百) weighed. Final: 55/63; eight gap lines (three duties whose words are
 * not the kind's, four bounds whose count is read as text or with its parts, 有一千条吗 read as equality; a rate alone).
 * gaps93 (session 43): a rate of the applications named alone (申请办结率) is the rate a sentence of the applications prints,
 * as a figure (test/unit/qa/gaps93.test.ts): 56/63.
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'a kind or duty inside the conversation’s place, 那年, an applicant column’s share, a bound in words and a rate alone, over every report folder and the guides (citizen-questions-99)',
  ['citizen-questions-99.jsonl'],
);
