// real-questions-prose35 (119 citizens' questions over every report folder about facts 31 pages of reports-more …22 state
// only in their prose, pages the earlier prose sets did not use: counts per channel (网站, 公众号, 微博, 抖音, 头条, 12360 热线's
// accounts), 政策解读, 新闻发布会 and 在线访谈, 建议提案办理, 留言 and 咨询 received and answered, 公开栏, 培训 (次, 人次),
// 专职人员, 经费, 考核, yes/no, follow-ups (那微信呢, 当天就回复的有几条, 原创的几条), and 13 negatives: a channel or event the
// page never names), written before their first run. First run: 110/119, 3 wrong figures (公众号收到多少条留言 answered with the
// account's posts, 332, not 收到留言2521条; 微博呢 after it the same; 办理并公开了多少件政协提案 answered with 人大建议13件: a noun
// printed after 多少 and its measure word was not the thing counted), 6 refused (当天 against the printed 当日; 问政四川 read as
// the province; 在兴庆区政府网站 read as a second agency; 门户网站呢 after 公开了多少信息; 专门的经费 against 专用经费).
// Final: 118/119, no wrong figure (经开区自己的门户网站呢, the zone's word said for the body remembered, fixed too); one gap
// line: 人大代表建议办理结果公开了几件 (结果公开 against 结果信息公开). Made-up examples: test/unit/qa/prose35.test.ts.
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'prose facts asked in citizens’ words over every report folder (real-questions-prose35)',
  ['real-questions-prose35.jsonl'],
  { guides: false },
);
