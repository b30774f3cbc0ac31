/**
 * real-questions-wrongfig62 (124 questions): questions written to tempt a wrong figure or a wrong yes/no, over one store of every
 * report folder, from pages read by hand (reports-more44, 63, 64, 69–72 mostly): two counts of one sentence (收到6件 vs 结转上年9件
 * vs 答复共15件; 新增 vs 历年累计; 开发区政务网站 vs 市政府网站; 当面 vs 网络), things the page never states (a 交通运输局 with no
 * count of applications, 政策解读 of a township), pages cut mid-sentence (公开答复8), bounds (140余条, 1200余条) in differences and
 * sums, two years compared (比去年多多少, 百分之多少), shares printed beside their counts (无法提供6件,占33.3%), a measure of reach
 * printed for the whole and each part (点击量), none-statements, a year and an agency not held (鄂州 市政府办公室: refused on import)
 * and 繁体.
 * First run (the code before this branch, eval CLI over /tmp/all45.db): 113/124 once the expectations were written; wrong figures:
 * 底张街道 比去年多多少 → 相差78条 and 两年一共 → 358条 from 140余条 (a bound), 天津发改委 相差612条 from 1200余条, 涡阳县教育局 点击量
 * → 169012 (the last part's), 天津滨海高新区 微博发布 → the 18269 total, 南京东路街道 无法提供的比例 → the count 6 (and 部分公开占比
 * refused though 占5.6% is printed), 黑龙江应急管理厅 公开答复 → 接收留言89条.
 * Fixed (classes): a sum, difference, share, ratio or change worked out from a bound is a bound (approximate.ts: 约, the bound as
 * printed, no exact fact held); a share asked is the one printed right after the count answered (wrong-clause shareAfterCount);
 * a measure of reach asked alone is the whole's (retrieve reachOfWhole).
 * Final: 119/124; five gaps (two wrong figures: a channel's 发布 answered with the total, a cut count with no measure word; a share
 * of two held counts refused; no rate for prose figures; a yes whose evidence is the wrong clause).
 * gaps97 (session 47): a prose figure's rate of change between two years is worked out (连生乡 下降约24.7%): 120/124.
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'questions tempting a wrong figure or yes/no: pairs of counts, bounds, cut pages, shares, reach, years (real-questions-wrongfig62)',
  ['real-questions-wrongfig62.jsonl'],
  { guides: false },
);
