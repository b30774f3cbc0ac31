/**
 * real-questions-wrongfig65: questions written to tempt a wrong figure or a wrong yes/no, over one store of every report folder,
 * from pages read by hand that no wrongfig file had used (reports-more77, 78, 73, 68, 64, 62, 54, 36, 34, 25, 35, 4).
 * Tempting: items of a list with counts (领导情况12条, 部门决算1条), pairs in one sentence (线上65件 vs 线下9件, 掌上进贤 vs 新媒体账号,
 * 人大 vs 政协 会办意见, 文字 vs 图片 vs 视频解读), counts made with a share published (产生政府文件信息22条,其中主动公开14条), joint
 * channels (微博、微信公众号750条), cut pages, things never stated, sums and shares, 繁体 pages, years and counties not held.
 * First run (the code before this branch, eval CLI over /tmp/all48.db), 109 lines: 98 passed; a wrong figure: 线上线下一共受理 → 9
 * (the last way read as the whole); expectations corrected where I misjudged a correct answer: a year not held answered from the
 * latest report, said so (东四街道2024, 新田县2023, as wrongfig64 did); the joint count quoted in a refusal of one channel (精河县
 * 微信公众号 816, 雅安经开区 微博 1071); a county with only its towns held asked back which (青阳县, 凤庆县, 古蔺县); 粉丝比上一年
 * 增加了多少 refused with the year's count given. Probing the same pages found more wrong answers, added as lines: 主动公开 → 14
 * (长征镇's share of 22 documents made, said as all published), 做了多少条信息 → 160+20=180 (a total and an item under it summed),
 * 一共发了多少条 → "no total stated" (城口县林业局, whose 152条 heads its 其中 list), 收到多少申请 → 线上65 alone. On 117 lines, the
 * code before this branch: 107 passed (4 wrong or partial figures, 6 refused).
 * Fixed (classes): a 主动公开 share of the documents made is said with the count made (engine.ts madeCountOfShare); 做了多少条政府
 * 信息 is the information put out (prose-figures.ts, engine GENERIC_PROACTIVE); items with a breakdown (其中) between them are no
 * peers to sum (retrieve.ts listedParts); a channel's count the others are printed under is the whole (engine.ts headsTheOthers);
 * 线上线下一共 is two ways summed (colloquial.ts); a bare 微信 listed with 微博 is the account (report/prose.ts CHANNELS).
 * Final: 110/117, no wrong figure; seven gaps: two partial answers (one item in two lists; applications counted only by way) and
 * five not understood (深汕网, bare 芷江, 制作 for 产生, a listed item's share, 财政信息 closing a list of its kinds).
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'questions tempting a wrong figure or yes/no: lists, pairs, made counts, joint channels, cut pages, sums (real-questions-wrongfig65)',
  ['real-questions-wrongfig65.jsonl'],
  { guides: false },
);
