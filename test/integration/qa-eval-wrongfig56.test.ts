/**
 * real-questions-wrongfig56 (113 questions, issue #11): cases a probe found by asking every hand-read report's figures over one
 * store of every report folder (3,954 generated questions, weighted to arithmetic the bot does (sums and differences of two
 * figures, 两个加起来呢 after two rows, shares, two years' difference), a year other than the report's, 万 and 中文数字 in
 * sentences, table 三's rows in everyday words (没公开的, 找不到的信息, 要求加工的, 信访类的, 说不清楚要什么的, 不处理的) and
 * their groups' sums, blank cells, and 官司输了吗 / 复议赢了吗 read from table 四), comparing each stated number with the
 * hand-read JSON's truth. Found cases, not held out: each line expects the JSON's figure (table 三's rows the JSON leaves out:
 * the store's cell, whose report's 本年新收 matches the JSON), plus guards of the classes that held (two years' difference,
 * 予以公开 + 部分公开 in one question, 4.14万条 stated as printed, a blank 总计 said to be blank, a year not held refused).
 * Classes: 官司输了吗 / 复议输了没有 answered 有。 from the count of cases (12 lawsuits all 结果维持), 复议赢了吗 有 with
 * 结果维持 0; 没公开的有几件 answered 主动公开政府信息125条; table 三's rows in everyday words refused; 两个加起来呢 after
 * 予以公开 and 部分公开 refused.
 * First run (the code before this branch, eval CLI): 51/113, 4 wrong figures, 35 refused, 23 other.
 * Final: 106/113, 7 gap lines: 新收的和上年结转的一共几件申请 answers one row (3, a wrong figure: the sum is not stated);
 * 自然人申请占比多少 refused (3); 被纠正的有吗 after 被告了几次 adds the 复议 row to the lawsuits (1).
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'wrong figures a probe over every hand-read report found (real-questions-wrongfig56)',
  ['real-questions-wrongfig56.jsonl'],
  { guides: false },
);
