// real-questions-prose36 (111 citizens' questions over every report folder about facts 30 pages of reports-more …54 and
// reports-real state only in their prose, pages the earlier prose sets did not use: counts per channel (网站, 公众号, 订阅号,
// 微博, 抖音, 快手, 头条, 政务新媒体), 在线访谈, 新闻发布会, 培训 (场, 期), 政府开放日, 人大代表建议 and 政协提案 办理 and 答复公开,
// 领导信箱 / 县长信箱 / 12345热线 / 网民留言, 公开栏, 专职人员, 关注人数, yes/no, follow-ups (那抖音呢, 政协提案呢, 那2019年开了几场),
// two agencies compared (公众号谁发的信息多), and 13 negatives: a channel, event or figure the page never names), written
// before their first run. First run: 108/111, 1 counted as a wrong figure (那微博呢 谁发得多 after 山东省海洋局 and 银川经开区:
// 银川's 129 alone, then 银川's own channels ranked), 2 others (县长信箱和咨询投诉一共收到多少封信 answered with the rules on
// complaints; 申请信息公开要交钱吗 with the rules on fees). Asked of the two agencies, 微博 also gave 山东's website and WeChat
// figures (2392, 1122) as its: 政务微博651篇 after 公众号1122篇 was stored as no channel's count; fixed. Final: 109/111; two gap
// lines (那微博呢 谁发得多, two questions in one message; 要交钱吗, the rules answer it). Made-up examples:
// test/unit/qa/prose36.test.ts.
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'prose facts asked in citizens’ words over every report folder (real-questions-prose36)',
  ['real-questions-prose36.jsonl'],
  { guides: false },
);
