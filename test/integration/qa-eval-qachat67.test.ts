/**
 * citizen-questions-109 (issue #11): 162 phone questions in 28 conversations over reports-more71 … reports-more78 (towns, 街道,
 * county and city offices and bureaus, provincial departments of 2019–2025, all cut after a few paragraphs of prose, four in
 * 繁体) and the guides, weighted to what a citizen types after a miss, a refusal or a partial answer: 我是问邢台市政府办公室的
 * after 政府办…(clarify), 不是这个 我问的是…, 你搞错了吧 我问的是书面的, 我是问2025年的 after 今年 (unheld), 那…呢 switching
 * agency or place (那沙河生态环境分局23年…, 那应急厅23年…, 那友谊路街道呢, 那掌政镇23年呢), 其中…, 去年呢 / 前年呢 /
 * 比去年多多少 where no such report is held, 为什么答复的比收到的多 / 为什么回复的比收到的多, 占比多少, 哪个结果最多 then 第二呢,
 * 两个加起来 and 予以公开跟部分公开加起来, 企业的呢 unheld, a place then 有几个单位 / 哪个单位最多 among it (东城区, 西安, 涡阳县,
 * 银川), 繁体 (易縣, 南磯鄉, 新疆), pinyin, voice filler and guide contacts.
 * Written before its first run; no expectation corrected after it.
 * On main's code: 139/162. 为什么答复的比收到的多 quoted the sentence with no figure (东漖街道), and 为什么回复的比收到的多 said
 * 没有写明原因 (东丽发改委: 收到 and 回复 in sentences of their own), neither naming the 上年结转 count; 予以公开跟部分公开加起来
 * was read as 予以予以公开 and answered with the rules on replies; 那应急厅23年办结了几件申请 after 黑龙江省商务厅 was 没有找到
 * “那应急厅”; 那友谊路街道呢 (not stored) after 吴淞街道 answered 吴淞街道's figure again.
 * Final: 144/162 after qachat67's fixes (test/unit/qa/qachat67.test.ts); the 18 gap lines name their classes (two reports the
 * import refuses, a district that is also an agency asked for its 街道, a share after another part, a pinyin sentence).
 */
import { describeOverFolders, reportsMore } from './qa-eval-helpers.js';

describeOverFolders(
  'conversations after a miss over reports-more71 … reports-more78 and the guides (citizen-questions-109)',
  [...reportsMore(71, 78), ['guides', /\.txt$/] as const],
  ['citizen-questions-109.jsonl'],
);
