/**
 * citizen-questions-108 (issue #11): 153 phone questions in 28 conversations over reports-more66 … reports-more76 (towns, 街道,
 * county and city bureaus and offices, provincial departments of 2019–2025, all cut after a few paragraphs of prose, four in
 * 繁体) and the guides, weighted to what a citizen types after a miss, a refusal or a partial answer: 不是教育局 我问的是…,
 * 你搞错了吧 我是问…, 其中…, 那…呢 switching agency or place (那区政府呢, 那六盘水呢, 那审计局呢), 去年呢 / 前年呢 / 比去年多多少 /
 * 跟去年比呢 where no such report is held, 为什么回复的比收到的多, 占比多少, 哪个平台最多 / 哪类最多 then 第二呢, 两个加起来
 * after two ways of applying (信函, 网络) or 自然人的呢 / 法人的呢, 个人的呢 / 企业的呢 unheld, kinds several stored bodies fit
 * (卫健局, 教育局, 涡阳县, 应急管理厅: clarify), 繁体 (山東省機關事務管理局, 掌政鎮, 傳真呢), voice filler and guide contacts.
 * Written before its first run; corrected after it where the writer had misread: 收到几个申请 of 北京市城市管理委员会 (the page
 * prints 全年共收到90件申请), 那区政府呢 after 上年结转几件 (it asks the 区政府's 上年结转9件, not its 809 received),
 * 23年总共主动公开了多少 of 林芝市林业和草原局 (its 11条次 is the total), 那六盘水呢 / 那审计局呢 after
 * 公众号呢 / 其中非本部门掌握的 (they ask that same thing of the other body, which its page does not print: refusal), and the
 * unheld-year lines written as the earlier sets write them (暂无 or 无法比较 said; the held figure may be restated).
 * On main's code: 132/153. 哪个平台最多 left out channels named with an account in brackets (微博(天津高新区THT)6128条) and 繁体
 * counts (政務微博260條), calling a smaller one the most, and after a 繁体 channel ranked every agency's total; 第二呢 after it
 * was 没有写明; 占比多少 after 予以公开17件 took the channel asked before it (网上30件) as the whole; 两个加起来 after 信函 and 网络
 * printed in sentences of their own, or after 自然人的呢 / 法人的呢, was refused; 那区政府呢 after 江宁区城管局 asked which
 * 政府; 哪类最多 after 信息1541条，其中政务动态信息846篇… was 回答不了 (parts in 篇, total in 条).
 * Final: 145/153 after qachat66's fixes (test/unit/qa/qachat66.test.ts); the 8 gap lines name their classes.
 * gaps98 closed citizen-questions-108's 结转下年度几件 and 复议呢 (counts printed with no measure word, read in 件; retrieve.ts).
 */
import { describeOverFolders, reportsMore } from './qa-eval-helpers.js';

describeOverFolders(
  'conversations after a miss over reports-more66 … reports-more76 and the guides (citizen-questions-108)',
  [...reportsMore(66, 76), ['guides', /\.txt$/] as const],
  ['citizen-questions-108.jsonl'],
);
