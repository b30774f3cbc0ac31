/**
 * real-questions-wrongfig57 (107 questions, issue #11): cases a probe found by asking every hand-read report's figures over one
 * store of every report folder (2,776 generated questions, weighted to the same word in two tables or budgets (决算 / 预算,
 * 规章 / 规范性文件, 复议 / 诉讼, 本年新收 / 上年结转, 制发 / 废止 / 现行有效), a place's level (全市 / 市本级 / 区县, 全区 /
 * 区本级, 全县 / 县本级), another agency of the same place, rankings of two agencies whose reports are of different years,
 * follow-ups of the year before, and 余 / 万 / ranges stated back), comparing each stated number with the hand-read JSON's truth
 * (table 二's and prose qualifiers': the store's cell or the sentence's own figure). Found cases, not held out: each line expects
 * the JSON's figure, or a refusal where the report states only the other kind; plus guards of the classes that held (the
 * qualifier asked as printed, table 四's kinds, a ranking of two years said to be of different years).
 * Classes: a sentence's figure of the other kind stated for the kind asked (部门决算总收入 answered 部门预算总收入16321.67万元,
 * 区县公开多少条 answered 全市…160万余条, 区本级收到几件 answered 全区共收到27件, 现行有效规章 answered 规范性文件7个, 行政诉讼
 * answered 行政复议23件, 废止…文件 answered 制发的文件53件); 上一年呢 after a table-三 row answered the year before's 上年结转;
 * 新收加上年结转一共几件 answered one row.
 * First run (the code before this branch, eval CLI): 31/107, 76 wrong figures.
 * Final: 107/107, no gap lines.
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'wrong figures of another kind a probe over every hand-read report found (real-questions-wrongfig57)',
  ['real-questions-wrongfig57.jsonl'],
  { guides: false },
);
