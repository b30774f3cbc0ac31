// real-questions-prose37 (97 citizens' questions over every report folder about facts that pages of reports-more2 …55 and
// reports-real state only in their prose, pages the earlier prose sets (prose33 … prose36, prosemiss39) did not use: counts per
// channel (网站, 公众号, 微博, 抖音, 视频号, 快手), 新闻发布会, 政务公开培训 (次, 人次), 政府开放日, 县长/区长/领导信箱, 12345热线,
// 人大代表建议 and 政协提案, 公开栏 / 公示栏 / 电子屏, 政策解读, 回应关切, 在线访谈, 工作经费, 专职人员, 信息处理费; follow-ups
// (那微博呢, 直播了几场, 办结了多少件, 多少人参加了), yes/no and yes/no asked of a negation (是不是没开过新闻发布会, 没收信息
// 处理费吧), two agencies compared (谁的政务微博发得多), a ranking with a bar (哪些单位政务公开培训超过3次), and 12 negatives (a
// channel, event or fee the page never names)), written before their first run. A probe over every JSON's prose facts
// (2,025 facts of pages no earlier prose set used, two phrasings each) missed 125, most of them its own phrasings (an agency
// name cut to an ambiguous kind, 4.14万条 against 41400); the classes it and the brief found are fixed in
// test/unit/qa/prose37.test.ts (a crawled run-on sentence cut inside a count, a bar ignored by prose rankings, a yes/no asked
// of a negation). First run: 92/97 (2 wrong figures: 微信公众号呢 after 微博 gave the 151次 of 发送151次307条信息, 那视频号呢
// after 抖音's 条 gave the 108条 of the next item over the channel's 73期; 3 refused: two agencies compared on a prose count
// (微博, 新闻发布会) and 多少人参加了 after a training count). The bar's line passed on its first run only because it asks for
// values present: the answer listed every report's count, 2次 and 1期 under 超过3次 included (fixed). Final: 93/97 (那视频号呢
// fixed: the 专栏's 108条 is no longer the 视频号's, whose 73期 answers); four gap lines: 微信公众号呢 (a follow-up after a
// prose figure's answer keeps an older question's measure word), two comparisons of named agencies on counts only sentences
// state (政务微博, 新闻发布会), 多少人参加了 after a training count. (prose40 closed the 政务微博 comparison: each agency named
// with its own year is asked of that year; 94/97, three gap lines.)
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'prose facts asked in citizens’ words over every report folder (real-questions-prose37)',
  ['real-questions-prose37.jsonl'],
  { guides: false },
);
