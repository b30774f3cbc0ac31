/**
 * citizen-questions-107 (issue #11): 152 phone questions in 28 conversations over reports-more61 … reports-more70 (towns, 街道,
 * county and city bureaus, provincial departments of 2019–2025, all cut after a few paragraphs of prose, two in 繁体) and the
 * guides, weighted to what a citizen types after a miss, a refusal or a partial answer: 不是这个 我是问…, 你搞错了吧 我问的是…,
 * 其中…, 那…呢 switching agency or place (那亳州市教育局呢, 那山西呢 招投标信息多少), 去年呢 / 比2023年呢 / 跟去年比多了几个 where
 * no such report is held, 比去年多多少 stated in the prose (与去年相比增加45条), 为什么…, 占比多少, 哪类最多, 个人的呢 / 企业的呢,
 * kinds several stored bodies fit (卫健局, 木兰县, 交通运输厅, 市场监管局: clarify), places none stored (兰州市卫健委), 繁体
 * (鄱陽縣, 網上申請幾件), pinyin (shenzhen交通运输局), voice filler (那个…就是…) and contacts (传真, 邮箱).
 * Written before its first run; two expectations corrected after it where the writer had misread: 予以公开的呢 where the page
 * prints only 予以公开或部分公开48件 (no figure of its own), and 跟去年比多了几个 after 结转下一年7件 (无法比较 said, the held
 * figure restated).
 * On main's code: 135/152. 个人的呢 after a count broken down by applicant (4件为自然人申请) was 没有找到“个人”; 比2024年呢 after
 * the latest report answered for 2025 repeated its figure, 多了几个 then 没有理解; 交通运输厅 alone was no agency (two stored);
 * 传真多少 missed a fax printed as 0791-85622696(传真) in the phone list; 答复了几个 on a page cut before table 三 refused though
 * a sentence says 全年答复申请4件.
 * Final: 141/152 after qachat65's fixes (test/unit/qa/qachat65.test.ts); the 11 gap lines name their classes.
 */
import { describeOverFolders, reportsMore } from './qa-eval-helpers.js';

describeOverFolders(
  'conversations after a miss over reports-more61 … reports-more70 and the guides (citizen-questions-107)',
  [...reportsMore(61, 70), ['guides', /\.txt$/] as const],
  ['citizen-questions-107.jsonl'],
);
