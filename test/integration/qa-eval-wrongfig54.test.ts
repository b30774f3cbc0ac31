/**
 * real-questions-wrongfig54 (110 questions, issue #11): cases a probe found by asking every hand-read report's figures over one
 * store of every report folder (3,691 generated questions, weighted to counts printed beside a percentage or a change
 * (同比增长7%, 比上年增加32件, 占83%), sentences with two years' figures (…2023年结转132件), three- and four-step conversations
 * mixing a prose figure, 那收到的申请呢, 其中法人呢 / 自然人呢 and a row of table 三, names near another stored name, and the cut
 * pages of reports-more50–55), comparing each stated number with the JSON's truth. Found cases, not held out: each line
 * expects the hand-read JSON's figure (那制发政府信息呢, 316, read by hand from its page). Classes: 其中法人呢 after a count
 * of applications (refused, or answered by 收到公民、法人和其他组织…申请6件); 收到的申请呢 after a count in 场 (没有，0场);
 * a noun before a bare 多少 answered by a percentage (78.80%); guards of counts printed beside a percentage or a change.
 * First run (the code before this branch, eval CLI): 76/110, 13 wrong figures, 21 refused.
 * Final: 88/110, 22 gap lines: 8 still state a wrong figure (那公开了的呢 after applications counted from a sentence; a
 * follow-up naming no row answered by the cell before; 安镇街道 under two names; 发布信息…篇; 政策咨询类 by 政策解读;
 * 同比增长多少 answered by a count), 14 are refused (a column of table 三 after applications counted from a sentence;
 * 自然资源与环保局 for 自然资源与生态环境局).
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'wrong figures a probe over every hand-read report found (real-questions-wrongfig54)',
  ['real-questions-wrongfig54.jsonl'],
  { guides: false },
);
