// real-questions-prose41 (156 citizens' questions over every report folder about facts reports state only in their prose, on
// 33 pages the earlier prose sets (prose33 … prose40) did not ask of: 公众号 / 微博 / 官网 counts, followers and clicks (订阅数,
// 关注人数, 点击量, 访问量), 新闻发布会, 政府公报 issues, 政策解读 and its forms (图片 / 动漫 / 音视频, 解读材料, 政策问答), 宣讲 and
// 电台直播, 信箱 / 留言 / 热线 / 信访, 建议提案, 依申请 in sentences (受理, 办结, 结转, what was asked), 政府采购, fees (未收取任何
// 费用), who leads the work (组长, 副组长, 分管领导, 谁负责), training, dates of publication, 同比 / 比上年 in words; follow-ups
// (其中…, 公众号呢, 副组长是谁, 地震灾后重建的呢) and 20 negatives (微博粉丝, 发布会, 培训次数, 分管领导的名字 a page does not
// state), written before their first run.
// First run (main's code): 147/156 (1 wrong figure, 4 refused, 4 other).
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'prose facts of channels, followers, interpretations, outreach, applications and who leads the work in citizens’ words (real-questions-prose41)',
  ['real-questions-prose41.jsonl'],
  { guides: false },
);
