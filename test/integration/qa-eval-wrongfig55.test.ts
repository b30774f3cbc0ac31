/**
 * real-questions-wrongfig55 (91 questions, issue #11): cases a probe found by asking every hand-read report's figures over one
 * store of every report folder (7,527 generated questions, weighted to table 三's applicant columns asked with each row and as
 * follow-ups after a row (其中法人呢, 企业申请了几个, 律所的呢), table 四's 15 cells in citizens' words (被告了几次, 打了几场官司,
 * 输了几次, 复议后又起诉), table 二's rows and columns, 上年结转 / 本年新收 / 结转下年度, names near another stored name, and
 * shares printed beside counts (通过信函申请39件,占83%)), comparing each stated number with the JSON's truth. Found cases, not
 * held out: each line expects the hand-read JSON's figure (or the share printed in the page's sentence), plus guards of the
 * classes that held (a 0 of table 四 stated as 0, table 二 with its unit, the three years' rows of table 三).
 * Classes: 单位的申请 answered by the 总计; 给企业公开了几件 refused or answered with a count of published information;
 * 打了几场官司 refused (场); 复议后又起诉的呢 answered with both kinds of lawsuit; 输了几次 answered with 结果维持 or another
 * year; 占百分之几 after a count computed over another remembered figure (39件占42件的92.9%) or refused.
 * First run (the code before this branch, eval CLI): 48/91, 20 wrong figures, 23 refused.
 * Final: 87/91, 4 gap lines, all refused, none a wrong figure: 平潭自然资源与环保局 (环保局 said for 生态环境局) finds no stored
 * name, though the refusal lists the one agency of that kind.
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'wrong figures a probe over every hand-read report found (real-questions-wrongfig55)',
  ['real-questions-wrongfig55.jsonl'],
  { guides: false },
);
