// real-questions-prose39 (92 citizens' questions over every report folder about facts reports state only in their prose, on
// pages the earlier prose sets (prose33 … prose38) did not use: 依申请公开 told in sentences (当面 / 网上 / 信函 / 邮寄 / 电子邮件
// counts, 办结率, 按时答复率, 申请内容主要集中在…, 征地拆迁), 主动公开 of 重点领域 (财政预决算, 重大建设项目, 公共资源配置,
// 社会救助, 教育, 政府常务会议), the disclosure office's set-up (专职 / 兼职 人员, 受理点, 分管领导, 领导小组) and 政务新媒体
// (账号数, 关停); follow-ups (网上申请的呢, 那邮寄的呢, 临时救助呢, 具体说说), yes/no, two comparisons and 12 negatives (列席,
// 经费, 专职人员, 关停, 申请内容 a page does not state)), written before their first run.
// First run: 81/92 (0 wrong figures, 7 refused, 4 other; one wrong yes: 常务会议有没有邀请群众列席 answered 有 from 常务会议议定
// 事项均予以公开). Fixed (made-up tests in test/unit/qa/prose39.test.ts): a yes/no whether the public attended a meeting (列席,
// 旁听, 邀请群众) needs a sentence naming an attending; what applications concerned printed as 信息公开申请主要涉及…, 其内容涉及…
// and 主要集中在… after the outcomes; a way of applying in citizens' words (通过网络提交的, 有几件是当面提交的, 当面去镇里申请的,
// 发邮件申请的; a probe of 82 channel questions had 14 answered with the total, now 80/82); 有没有人申请X方面的信息 from the
// sentence on what applications concerned (a refusal where the report never says). No expectation was changed.
// Final: 87/92; five gap lines: a channel's count in a sentence of its own with no 申请 (当面提交13件), which ways applications
// came in asked as a list, 具体说说 after channel counts, a rate named alone with no 多少 (a quote, no figure), and 分管领导是谁
// read as off-topic.
// gaps93 (session 43): a rate of the applications named alone (申请办结率) is the rate a sentence of the applications prints, as
// a figure (test/unit/qa/gaps93.test.ts): 88/92.
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'prose facts of applications, key areas, the office and new media in citizens’ words (real-questions-prose39)',
  ['real-questions-prose39.jsonl'],
  { guides: false },
);
